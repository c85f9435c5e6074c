/** Labels and small pieces the Usulan, detail and bulk pages share. */
import { html, type SafeHtml } from "../dashboard/html.js";
import type { PageCtx } from "../dashboard/page-ctx.js";

export const pad = (n: number): string => String(n).padStart(2, "0");

export const areaLabel = (c: PageCtx, rw: number, rt?: number): string =>
  rt === undefined ? c.t("dasbor-rw", { rw: pad(rw) }) : `${c.t("dasbor-rw", { rw: pad(rw) })} / ${c.t("dasbor-rt", { rt: pad(rt) })}`;

export function statusBadge(c: PageCtx, status: string): SafeHtml {
  return html`<span class="badge status-${status}">${c.t(`status-${status}`)}</span>`;
}

export function sourceOf(row: { origin: string; carriedFrom: number | null }): "warga" | "rembug" | "lanjutan" {
  return row.carriedFrom !== null ? "lanjutan" : row.origin === "rembug" ? "rembug" : "warga";
}

/** A date in the kelurahan's time zone, in the user's language. */
export function dateText(c: PageCtx, at: number, withTime = false): string {
  return new Intl.DateTimeFormat(c.lang === "en" ? "en-GB" : "id-ID", {
    timeZone: c.deps.app.config.TZ_KELURAHAN,
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(new Date(at));
}

/** The first `n` characters of a text, on a word boundary. */
export function excerpt(s: string, n = 110): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), n - 20))}…`;
}

/** A ticket as the dashboard accepts it in a URL or a form (ASP- and letters or digits). */
export const TICKET_PATTERN = /^ASP-[A-Z0-9]{1,12}$/i;
