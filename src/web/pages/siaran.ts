/**
 * Page 7, Siaran: the broadcasts the signed-in person may see (the LPMK and admins all; an RW head those whose whole
 * audience lies in their RW, as /laporan decides in src/broadcast/report-scope.ts), newest first, and each one's
 * delivery report from broadcastReport: totals, a table per RW (terkirim / gagal / diblokir / dilewati / menunggu
 * and, for an undangan, hadir / tidak / mungkin / belum), the numbers per channel, the inclusion counts among those
 * who said Hadir (totals only) and links to the daftar hadir (Unduh page). Read-only.
 */
import type { FastifyInstance } from "fastify";
import { broadcastTitle } from "../../broadcast/report-text.js";
import { DELIVERY_STATUSES, type DeliveryReport, type RsvpCounts, type StatusCounts } from "../../broadcast/report.js";
import { INCLUSION_TAGS } from "../../broadcast/inclusion.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { denyAccess } from "../dashboard/auth.js";
import { html, type SafeHtml } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { broadcastFor, broadcastList, reportOf } from "../queries/siaran.js";
import { pad2, pager, pageOf, when } from "./page-helpers.js";

const PAGE_SIZE = 25;
const RSVP_KEYS = ["hadir", "tidak", "mungkin", "none"] as const;

const statusCells = (s: StatusCounts): SafeHtml[] => DELIVERY_STATUSES.map((k) => html`<td class="num">${s[k]}</td>`);
const rsvpCells = (r: RsvpCounts): SafeHtml[] => RSVP_KEYS.map((k, i) => html`<td class="num${i === 0 ? " rsvp" : ""}">${r[k]}</td>`);

/** The table per RW: recipients, the five delivery statuses and, for an undangan, the four RSVP answers. */
function rwTable(c: PageCtx, r: DeliveryReport): SafeHtml {
  const undangan = r.broadcast.kind === "undangan";
  const group = undangan
    ? html`<tr><th colspan="2"></th><th class="group" colspan="${DELIVERY_STATUSES.length}">${c.t("dasbor-siaran-delivery-title")}</th><th class="group rsvp" colspan="${RSVP_KEYS.length}">${c.t("dasbor-siaran-rsvp-title")}</th></tr>`
    : "";
  const head = html`${group}<tr><th>${c.t("dasbor-col-rw")}</th><th class="num">${c.t("dasbor-siaran-total")}</th>${DELIVERY_STATUSES.map((k) => html`<th class="num">${c.t(`dasbor-siaran-status-${k}`)}</th>`)}${
    undangan ? RSVP_KEYS.map((k, i) => html`<th class="num${i === 0 ? " rsvp" : ""}">${c.t(`dasbor-siaran-rsvp-${k}`)}</th>`) : ""
  }</tr>`;
  const row = (label: string, total: number, s: StatusCounts, rsvp: RsvpCounts, cls = "") =>
    html`<tr${cls ? html` class="${cls}"` : ""}><td>${label}</td><td class="num">${total}</td>${statusCells(s)}${undangan ? rsvpCells(rsvp) : ""}</tr>`;
  return html`<div class="table-wrap"><table class="report"><thead>${head}</thead>
<tbody>${r.byRw.map((l) => row(l.rw === null ? c.t("dasbor-siaran-rw-none") : pad2(l.rw), l.total, l.status, l.rsvp))}${row(c.t("dasbor-siaran-col-sum"), r.total, r.byStatus, r.rsvp, "sum")}</tbody></table></div>`;
}

function channelTable(c: PageCtx, r: DeliveryReport): SafeHtml {
  const entries = Object.entries(r.byChannel) as Array<[string, StatusCounts]>;
  return html`<div class="table-wrap"><table class="report"><thead><tr><th>${c.t("dasbor-siaran-col-channel")}</th>${DELIVERY_STATUSES.map((k) => html`<th class="num">${c.t(`dasbor-siaran-status-${k}`)}</th>`)}</tr></thead>
<tbody>${entries.map(([ch, s]) => html`<tr><td>${ch === "none" ? c.t("dasbor-siaran-channel-none") : ch}</td>${statusCells(s)}</tr>`)}</tbody></table></div>`;
}

/** For an undangan: the RSVP totals, the inclusion counts among Hadir (never per person) and the daftar hadir. */
function undanganPart(c: PageCtx, r: DeliveryReport): SafeHtml | "" {
  if (r.broadcast.kind !== "undangan") return "";
  const inc = r.inclusion;
  const id = r.broadcast.id;
  return html`<h2>${c.t("dasbor-siaran-rsvp-title")}</h2><div class="cards">${RSVP_KEYS.map(
    (k) => html`<div class="card"><span class="stat">${r.rsvp[k]}</span>${c.t(`dasbor-siaran-rsvp-${k}`)}</div>`,
  )}</div>
${inc ? html`<h2>${c.t("dasbor-siaran-inclusion-title")}</h2><div class="cards">${INCLUSION_TAGS.map((k) => html`<div class="card"><span class="stat">${inc[k]}</span>${c.t(`dasbor-siaran-inc-${k}`)}</div>`)}</div>
<p class="hint">${c.t("dasbor-siaran-inclusion-hint", { answered: inc.answered, unanswered: inc.unanswered })}</p>` : ""}
<h2>${c.t("dasbor-siaran-hadir-title")}</h2><p>${c.t("dasbor-siaran-hadir-hint")} <a href="/dasbor/unduh/daftar-hadir-undangan/${id}?format=pdf">PDF</a> · <a href="/dasbor/unduh/daftar-hadir-undangan/${id}?format=xlsx">XLSX</a></p>`;
}

function reportBody(c: PageCtx, r: DeliveryReport): SafeHtml {
  return html`<div class="cards"><div class="card"><span class="stat">${r.total}</span>${c.t("dasbor-siaran-total")}</div>${DELIVERY_STATUSES.map(
    (k) => html`<div class="card"><span class="stat">${r.byStatus[k]}</span>${c.t(`dasbor-siaran-status-${k}`)}</div>`,
  )}</div>
<h2>${c.t("dasbor-siaran-per-rw")}</h2>${rwTable(c, r)}
${undanganPart(c, r)}
<h2>${c.t("dasbor-siaran-per-channel")}</h2>${channelTable(c, r)}`;
}

export function registerSiaranRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const db = () => deps.app.store.db;

  app.get("/dasbor/siaran", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const page = pageOf((req.query as Record<string, string | undefined>).hal);
    const { rows, total } = broadcastList(db(), c.user, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const t = (k: string, a?: Parameters<PageCtx["t"]>[1]) => c.t(k, a);
    const hint = c.user.isLpmk ? "" : html`<p class="hint">${c.t("dasbor-siaran-scope-hint")}</p>`;
    const body = rows.length
      ? html`${hint}<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-siaran-col-title")}</th><th>${c.t("dasbor-siaran-col-when")}</th><th class="num">${c.t("dasbor-siaran-status-sent")}</th><th class="num">${c.t("dasbor-siaran-total")}</th><th class="num">${c.t("dasbor-siaran-rsvp-hadir")}</th></tr></thead>
<tbody>${rows.map(
          (r) => html`<tr><td><a href="/dasbor/siaran/${r.broadcast.id}">${broadcastTitle(t, r.broadcast)}</a></td><td>${when(c, r.broadcast.createdAt)}</td><td class="num">${r.report?.byStatus.sent ?? 0}</td><td class="num">${r.report?.total ?? 0}</td><td class="num">${r.broadcast.kind === "undangan" ? (r.report?.rsvp.hadir ?? 0) : "-"}</td></tr>`,
        )}</tbody></table></div>${pager(c, page, PAGE_SIZE, total)}`
      : html`${hint}<p>${c.t("dasbor-siaran-none")}</p>`;
    return sendPage(c, { title: c.t("dasbor-siaran-title"), active: "siaran", body });
  });

  app.get("/dasbor/siaran/:id", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const raw = (req.params as { id: string }).id;
    const { broadcast, allowed } = broadcastFor(db(), c.user, Number(raw));
    const report = allowed ? reportOf(db(), broadcast!.id) : undefined;
    if (!broadcast || !report) {
      if (broadcast) return denyAccess(c, `siaran:${broadcast.id}`);
      return sendPage(c, { title: c.t("dasbor-siaran-title"), active: "siaran", body: html`<p>${c.t("dasbor-siaran-not-found")}</p><p><a href="/dasbor/siaran">${c.t("dasbor-siaran-back")}</a></p>` }, 404);
    }
    const t = (k: string, a?: Parameters<PageCtx["t"]>[1]) => c.t(k, a);
    const b = report.broadcast;
    // An undangan's title is the page's heading: its card shows the agenda.
    const text = b.content.kind === "undangan" ? c.t("dasbor-siaran-agenda", { agenda: b.content.agenda }) : b.content.text;
    const meeting = b.content.kind === "undangan" ? html`<p class="hint">${c.t("dasbor-siaran-meeting", { when: when(c, b.content.at), place: b.content.place })}</p>` : "";
    return sendPage(c, {
      title: broadcastTitle(t, b),
      active: "siaran",
      body: html`<p class="card">${text}</p>${meeting}<p class="hint">${c.t("dasbor-siaran-sent-at", { when: when(c, b.createdAt) })}</p>${reportBody(c, report)}<p><a href="/dasbor/siaran">${c.t("dasbor-siaran-back")}</a></p>`,
    });
  });
}
