/**
 * Page 7, Siaran (LPMK members and admins): the broadcasts, newest first, and each one's delivery report: totals,
 * the numbers per RW and channel, and the RSVP tally of an undangan. Read-only; the numbers come from the same
 * report as /siaran <nomor> in the chat (see src/web/queries/siaran.ts).
 */
import type { FastifyInstance } from "fastify";
import { broadcastTitle } from "../../broadcast/report-text.js";
import type { BroadcastReport } from "../../broadcast/broadcast-repo.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { denyAccess } from "../dashboard/auth.js";
import { html, type SafeHtml } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { broadcastList, reportOf } from "../queries/siaran.js";
import { pad2, pager, pageOf, when } from "./page-helpers.js";

const PAGE_SIZE = 25;

function reportTables(c: PageCtx, r: BroadcastReport): SafeHtml {
  const s = r.byStatus;
  const rsvp =
    r.broadcast.kind === "undangan"
      ? html`<h2>${c.t("dasbor-siaran-rsvp-title")}</h2><div class="cards">${(["hadir", "tidak", "mungkin", "none"] as const).map(
          (k) => html`<div class="card"><span class="stat">${r.rsvp[k]}</span>${c.t(`dasbor-siaran-rsvp-${k}`)}</div>`,
        )}</div>`
      : "";
  return html`<div class="cards">${(["sent", "failed", "skipped", "queued"] as const).map(
    (k) => html`<div class="card"><span class="stat">${s[k]}</span>${c.t(`dasbor-siaran-status-${k}`)}</div>`,
  )}<div class="card"><span class="stat">${r.total}</span>${c.t("dasbor-siaran-total")}</div></div>
${rsvp}
<h2>${c.t("dasbor-siaran-per-rw")}</h2>
<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-col-rw")}</th><th>${c.t("dasbor-siaran-col-channel")}</th>${(["sent", "failed", "skipped", "queued"] as const).map((k) => html`<th class="num">${c.t(`dasbor-siaran-status-${k}`)}</th>`)}</tr></thead>
<tbody>${r.lines.map(
    (l) => html`<tr><td>${l.rw === null ? "-" : pad2(l.rw)}</td><td>${l.channel ?? "-"}</td><td class="num">${l.sent}</td><td class="num">${l.failed}</td><td class="num">${l.skipped}</td><td class="num">${l.queued}</td></tr>`,
  )}</tbody></table></div>`;
}

export function registerSiaranRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  app.get("/dasbor/siaran", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    if (!c.user.isLpmk) return denyAccess(c, "page:siaran");
    const page = pageOf((req.query as Record<string, string | undefined>).hal);
    const { rows, total } = broadcastList(deps.app.store, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const t = (k: string, a?: Parameters<PageCtx["t"]>[1]) => c.t(k, a);
    const body = rows.length
      ? html`<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-siaran-col-title")}</th><th>${c.t("dasbor-siaran-col-when")}</th><th class="num">${c.t("dasbor-siaran-status-sent")}</th><th class="num">${c.t("dasbor-siaran-total")}</th><th class="num">${c.t("dasbor-siaran-rsvp-hadir")}</th></tr></thead>
<tbody>${rows.map(
          (r) => html`<tr><td><a href="/dasbor/siaran/${r.broadcast.id}">${broadcastTitle(t, r.broadcast)}</a></td><td>${when(c, r.broadcast.createdAt)}</td><td class="num">${r.report?.byStatus.sent ?? 0}</td><td class="num">${r.report?.total ?? 0}</td><td class="num">${r.broadcast.kind === "undangan" ? (r.report?.rsvp.hadir ?? 0) : "-"}</td></tr>`,
        )}</tbody></table></div>${pager(c, page, PAGE_SIZE, total)}`
      : html`<p>${c.t("dasbor-siaran-none")}</p>`;
    return sendPage(c, { title: c.t("dasbor-siaran-title"), active: "siaran", body });
  });

  app.get("/dasbor/siaran/:id", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    if (!c.user.isLpmk) return denyAccess(c, "page:siaran");
    const id = Number((req.params as { id: string }).id);
    const report = Number.isInteger(id) && id > 0 ? reportOf(deps.app.store, id) : undefined;
    if (!report) return sendPage(c, { title: c.t("dasbor-siaran-title"), active: "siaran", body: html`<p>${c.t("dasbor-siaran-not-found")}</p><p><a href="/dasbor/siaran">${c.t("dasbor-siaran-back")}</a></p>` }, 404);
    const t = (k: string, a?: Parameters<PageCtx["t"]>[1]) => c.t(k, a);
    const b = report.broadcast;
    const text = b.content.kind === "undangan" ? b.content.title : b.content.text;
    return sendPage(c, {
      title: broadcastTitle(t, b),
      active: "siaran",
      body: html`<p class="card">${text}</p><p class="hint">${c.t("dasbor-siaran-sent-at", { when: when(c, b.createdAt) })}</p>${reportTables(c, report)}<p><a href="/dasbor/siaran">${c.t("dasbor-siaran-back")}</a></p>`,
    });
  });
}
