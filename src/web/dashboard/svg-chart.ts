/**
 * Horizontal bar charts drawn on the server as inline SVG (no chart library, no script; the CSP allows it since
 * only presentation attributes and classes are used). Readable on a phone (it scales) and on paper.
 */
import { html, type SafeHtml } from "./html.js";

export interface Bar {
  label: string;
  value: number;
}

export function barChart(o: { title: string; bars: Bar[]; width?: number; valueText?: (v: number) => string }): SafeHtml {
  const width = o.width ?? 640;
  const rowH = 24;
  const labelW = Math.min(220, Math.max(60, Math.max(0, ...o.bars.map((b) => b.label.length)) * 7 + 10));
  const valueW = 56;
  const barW = width - labelW - valueW;
  const max = Math.max(1, ...o.bars.map((b) => b.value));
  const height = Math.max(1, o.bars.length) * rowH + 8;
  const text = o.valueText ?? ((v: number) => v.toLocaleString("id-ID"));
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${o.title}" xmlns="http://www.w3.org/2000/svg">
<title>${o.title}</title>
${o.bars.map((b, i) => {
  const y = 4 + i * rowH;
  const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * barW)) : 0;
  return html`<g><text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${b.label}</text><rect class="bar" x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="2"></rect><text x="${labelW + w + 6}" y="${y + 16}">${text(b.value)}</text></g>`;
})}
</svg>`;
}
