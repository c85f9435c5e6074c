/**
 * Page 2, Usulan: the proposals table with filters, full-text search, sorting and paging; for LPMK members each row
 * has a checkbox and the bulk form (page 5, bulk.ts) moves the selection.
 */
import type { FastifyInstance } from "fastify";
import { ASPIRATION_STATUSES, CATEGORY_IDS, TRIDAYA } from "../../core/domain.js";
import { FOLLOWUP_STATUSES, FUNDING_CHANNELS, REJECT_REASONS } from "../../followup/transitions.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { html, type SafeHtml } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { denyAccess } from "../dashboard/auth.js";
import { mayViewRw } from "../dashboard/user.js";
import { areaLabel, dateText, excerpt, pad, sourceOf, statusBadge } from "./usulan-labels.js";
import { parseFilter, queryUsulan, SOURCES, type SortKey, type UsulanFilter, type UsulanResult } from "./usulan-query.js";

function option(value: string | number, label: string, selected: boolean): SafeHtml {
  return html`<option value="${value}"${selected ? html` selected` : ""}>${label}</option>`;
}

function filterForm(c: PageCtx, f: UsulanFilter): SafeHtml {
  const { wilayah, store } = c.deps.app;
  const rws = c.user.allRws ? wilayah.rws : c.user.rws;
  const cycles = store.db.prepare(`SELECT id, name FROM cycles ORDER BY id DESC LIMIT 20`).all() as Array<{ id: number; name: string }>;
  const any = c.t("dasbor-filter-any");
  return html`<form method="get" action="/dasbor/usulan" class="filters" role="search">
<label>${c.t("dasbor-filter-q")}<input type="search" name="q" value="${f.q ?? ""}" placeholder="${c.t("dasbor-filter-q-hint")}"></label>
<label>${c.t("dasbor-col-rw")}<select name="rw">${option("", any, f.rw === undefined)}${rws.map((rw) => option(rw, pad(rw), f.rw === rw))}</select></label>
<label>${c.t("dasbor-col-rt")}<input type="number" name="rt" min="1" max="999" value="${f.rt ?? ""}" class="narrow"></label>
<label>${c.t("dasbor-col-category")}<select name="kategori">${option("", any, !f.category)}${CATEGORY_IDS.map((k) => option(k, c.t(`category-${k}`), f.category === k))}</select></label>
<label>${c.t("dasbor-col-tridaya")}<select name="tridaya">${option("", any, !f.tridaya)}${TRIDAYA.map((k) => option(k, c.t(`tridaya-${k}`), f.tridaya === k))}</select></label>
<label>${c.t("dasbor-col-status")}<select name="status">${option("", any, !f.status)}${ASPIRATION_STATUSES.map((k) => option(k, c.t(`status-${k}`), f.status === k))}</select></label>
<label>${c.t("dasbor-col-cycle")}<select name="siklus">${option("", any, f.cycle === undefined)}${cycles.map((y) => option(y.id, y.name, f.cycle === y.id))}${option(0, c.t("dasbor-cycle-none"), f.cycle === 0)}</select></label>
<label>${c.t("dasbor-col-source")}<select name="sumber">${option("", any, !f.source)}${SOURCES.map((k) => option(k, c.t(`dasbor-source-${k}`), f.source === k))}</select></label>
<label class="check"><span><input type="checkbox" name="semua" value="1"${f.all ? html` checked` : ""}> ${c.t("dasbor-filter-all")}</span></label>
${f.sort !== "baru" ? html`<input type="hidden" name="urut" value="${f.sort}">` : ""}${f.dir === "asc" ? html`<input type="hidden" name="arah" value="naik">` : ""}
<button type="submit" class="primary">${c.t("dasbor-filter-apply")}</button>
<a href="/dasbor/usulan">${c.t("dasbor-filter-reset")}</a>
</form>`;
}

function sortHeader(c: PageCtx, f: UsulanFilter, key: SortKey, label: string, cls = ""): SafeHtml {
  const active = f.sort === key;
  const nextDir = active && f.dir === "desc" ? "naik" : undefined;
  const mark = active ? (f.dir === "asc" ? " ▲" : " ▼") : "";
  return html`<th${cls ? html` class="${cls}"` : ""}${active ? html` aria-sort="${f.dir === "asc" ? "ascending" : "descending"}"` : ""}><a href="${c.withQuery({ urut: key === "baru" ? undefined : key, arah: nextDir, hal: undefined, lang: undefined })}">${label}${mark}</a></th>`;
}

function pager(c: PageCtx, f: UsulanFilter, r: UsulanResult): SafeHtml {
  const page = Math.min(f.page, r.pages);
  return html`<nav class="pager" aria-label="${c.t("dasbor-pager-label")}">
${page > 1 ? html`<a href="${c.withQuery({ hal: page - 1 === 1 ? undefined : page - 1, lang: undefined })}" rel="prev">${c.t("dasbor-pager-prev")}</a>` : ""}
<span>${c.t("dasbor-pager-status", { page, pages: r.pages, total: r.total })}</span>
${page < r.pages ? html`<a href="${c.withQuery({ hal: page + 1, lang: undefined })}" rel="next">${c.t("dasbor-pager-next")}</a>` : ""}
</nav>`;
}

function bulkControls(c: PageCtx): SafeHtml {
  return html`<fieldset class="bulk">
<legend>${c.t("dasbor-bulk-legend")}</legend>
<label>${c.t("dasbor-bulk-to")}<select name="ke" required>${option("", c.t("dasbor-bulk-pick"), true)}${FOLLOWUP_STATUSES.map((s) => option(s, c.t(`status-${s}`), false))}</select></label>
<label>${c.t("dasbor-bulk-channel")}<select name="saluran">${option("", "-", true)}${FUNDING_CHANNELS.map((s) => option(s, c.t(`usulan-channel-${s}`), false))}</select></label>
<label>${c.t("dasbor-bulk-reason")}<select name="alasan">${option("", "-", true)}${REJECT_REASONS.map((s) => option(s, c.t(`usulan-reason-${s}`), false))}</select></label>
<label>${c.t("dasbor-bulk-reason-text")}<input type="text" name="alasan_teks" maxlength="300"></label>
${c.user.isAdmin ? html`<label class="check"><span><input type="checkbox" name="paksa" value="1"> ${c.t("dasbor-bulk-force")}</span></label>` : ""}
<button type="submit" class="primary">${c.t("dasbor-bulk-next")}</button>
<p class="hint">${c.t("dasbor-bulk-hint")}</p>
</fieldset>`;
}

function table(c: PageCtx, f: UsulanFilter, r: UsulanResult, selectable: boolean): SafeHtml {
  if (!r.rows.length) return html`<p class="card">${c.t("dasbor-usulan-empty")}</p>`;
  return html`<div class="table-wrap"><table class="usulan">
<caption class="muted">${c.t("dasbor-usulan-caption", { total: r.total })}</caption>
<thead><tr>${selectable ? html`<th><span class="sr">${c.t("dasbor-bulk-select")}</span></th>` : ""}
${sortHeader(c, f, "tiket", c.t("dasbor-col-ticket"))}${sortHeader(c, f, "wilayah", c.t("dasbor-col-area"))}${sortHeader(c, f, "kategori", c.t("dasbor-col-category"))}
<th>${c.t("dasbor-col-description")}</th>${sortHeader(c, f, "status", c.t("dasbor-col-status"))}${sortHeader(c, f, "dukungan", c.t("dasbor-col-supporters"), "num")}
<th>${c.t("dasbor-col-source")}</th>${sortHeader(c, f, "baru", c.t("dasbor-col-date"))}</tr></thead>
<tbody>${r.rows.map(
    (row) => html`<tr>${selectable ? html`<td><input type="checkbox" name="tiket" value="${row.ticket}" aria-label="${row.ticket}"></td>` : ""}
<td class="nowrap"><a href="/dasbor/usulan/${row.ticket}">${row.ticket}</a>${row.confidential ? html` <span class="badge rahasia">${c.t("dasbor-rahasia")}</span>` : ""}</td>
<td class="nowrap">${areaLabel(c, row.rw, row.rt)}</td><td>${c.t(`category-${row.category}`)}<br><span class="muted">${c.t(`tridaya-${row.tridaya}`)}</span></td>
<td class="desc">${excerpt(row.description)}${row.members > 1 ? html` <span class="muted">${c.t("dasbor-usulan-members", { count: row.members })}</span>` : ""}</td>
<td>${statusBadge(c, row.status)}</td><td class="num">${row.supporters}</td><td>${c.t(`dasbor-source-${sourceOf(row)}`)}</td><td>${dateText(c, row.createdAt)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** The message after a bulk move (303 back here with ?pindah=N&ke=status). */
function flash(c: PageCtx): SafeHtml | "" {
  const q = c.req.query as Record<string, unknown>;
  const n = typeof q.pindah === "string" && /^\d{1,5}$/.test(q.pindah) ? Number(q.pindah) : undefined;
  const to = typeof q.ke === "string" && (FOLLOWUP_STATUSES as readonly string[]).includes(q.ke) ? q.ke : undefined;
  return n !== undefined && to ? html`<p class="card ok" role="status">${c.t("dasbor-bulk-done", { count: n, status: c.t(`status-${to}`) })}</p>` : "";
}

export function registerUsulanRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  app.get("/dasbor/usulan", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const { filter, ignored } = parseFilter(req.query as Record<string, unknown>);
    // An RW head asking for another RW is refused (and audited), as /rekap refuses it in the chat.
    if (filter.rw !== undefined && !mayViewRw(c.user, filter.rw)) return denyAccess(c, `usulan:rw:${pad(filter.rw)}`);
    const result = queryUsulan(deps.app.store.db, deps.app.wilayah, c.user, filter);
    const selectable = c.user.isLpmk;
    const body = html`${flash(c)}
${ignored.length ? html`<p class="card error" role="alert">${c.t("dasbor-filter-ignored", { fields: ignored.join(", ") })}</p>` : ""}
${filterForm(c, filter)}
${result.unsearchable ? html`<p class="card error" role="alert">${c.t("dasbor-search-unsearchable")}</p>` : ""}
${
  selectable
    ? html`<form method="post" action="/dasbor/usulan/aksi">${c.csrfField()}${pager(c, filter, result)}${table(c, filter, result, true)}${result.rows.length ? bulkControls(c) : ""}</form>`
    : html`${pager(c, filter, result)}${table(c, filter, result, false)}`
}
${pager(c, filter, result)}`;
    return sendPage(c, { title: c.t("dasbor-usulan-title"), active: "usulan", body });
  });
}
