/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is already `SafeHtml` (the result
 * of another `html` template, or `raw()` for markup the code itself wrote). Arrays are joined, null/undefined/false
 * render as nothing.
 *
 * @example
 * html`<td>${row.description}</td>`            // escaped
 * html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup the code wrote itself (never user input). */
export function raw(s: string): SafeHtml {
  return new SafeHtml(s);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}
