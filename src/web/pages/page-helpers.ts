/** Small helpers shared by the dashboard pages of clusters, downloads, broadcasts and roles: form fields, paging. */
import { html, type SafeHtml } from "../dashboard/html.js";
import type { PageCtx } from "../dashboard/page-ctx.js";

export const pad2 = (n: number): string => String(n).padStart(2, "0");

/** One text field of a parsed form body (the first value of a repeated one), trimmed; "" when absent. */
export function field(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === "string" ? one.trim().slice(0, 2000) : "";
}

/** The 1-based page number of `?hal=`, 1 when absent or bad. */
export function pageOf(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** Previous / next links keeping the other query parameters. */
export function pager(c: PageCtx, page: number, size: number, total: number): SafeHtml {
  const pages = Math.max(1, Math.ceil(total / size));
  return html`<nav class="pager" aria-label="${c.t("dasbor-halaman-label")}">
${page > 1 ? html`<a href="${c.withQuery({ hal: page - 1 })}">${c.t("dasbor-halaman-prev")}</a>` : ""}
<span>${c.t("dasbor-halaman-status", { page, pages, total })}</span>
${page < pages ? html`<a href="${c.withQuery({ hal: page + 1 })}">${c.t("dasbor-halaman-next")}</a>` : ""}
</nav>`;
}

/** `<option>`s of RWs, with `selected` on one. */
export function rwOptions(c: PageCtx, rws: readonly number[], selected: number | undefined): SafeHtml[] {
  return rws.map((rw) => html`<option value="${rw}"${rw === selected ? html` selected` : ""}>${c.t("dasbor-rw", { rw: pad2(rw) })}</option>`);
}

/** A date and time in the kelurahan's zone, as the tables show it. */
export function when(c: PageCtx, at: number): string {
  return new Intl.DateTimeFormat(c.lang === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: c.deps.app.config.TZ_KELURAHAN }).format(new Date(at));
}

/**
 * An audit actor as people read it: for admins the resident's name with the id (`Siti Aminah (resident:12)`);
 * for everyone else as stored, since an actor may be the reporter of a rahasia aspiration (names are for admins).
 */
export function actorName(c: PageCtx, actor: string): string {
  const id = c.user.isAdmin ? /^resident:(\d+)$/.exec(actor)?.[1] : undefined;
  const name = id ? c.deps.app.store.residents.get(Number(id))?.name : undefined;
  return name ? `${name} (${actor})` : actor;
}
