/**
 * Page 1, Ringkasan: per RW the aspirations, clusters, supporters, rembug RT confirmed out of the RTs, and the
 * proposals per status; two bar charts drawn as SVG on the server; the open cycle and its progress.
 */
import type { FastifyInstance } from "fastify";
import { ASPIRATION_STATUSES } from "../../core/domain.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { html, type SafeHtml } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { barChart } from "../dashboard/svg-chart.js";
import { ringkasanData, type OpenCycle } from "./ringkasan-data.js";
import { dateText, pad } from "./usulan-labels.js";

const percent = (a: number, b: number): number => (b > 0 ? Math.round((a / b) * 100) : 0);

function progress(c: PageCtx, label: string, done: number, total: number): SafeHtml {
  const p = percent(done, total);
  // A <progress> element: no inline style needed for its width.
  return html`<p>${label}: <strong>${c.t("dasbor-of", { done, total })}</strong> (${p}%)<br><progress max="${Math.max(total, 1)}" value="${done}">${p}%</progress></p>`;
}

function cycleCard(c: PageCtx, y: OpenCycle | null): SafeHtml {
  if (!y) return html`<section class="card"><h2>${c.t("dasbor-cycle-title")}</h2><p>${c.t("dasbor-cycle-none-open")}</p></section>`;
  return html`<section class="card"><h2>${c.t("dasbor-cycle-title")}: ${y.name}</h2>
<p class="muted">${c.t("dasbor-cycle-opened", { date: dateText(c, y.openedAt) })} · ${c.t("dasbor-cycle-aspirations", { count: y.aspirations })}</p>
${progress(c, c.t("dasbor-cycle-rt"), y.rtConfirmed, y.rtTotal)}
${progress(c, c.t("dasbor-cycle-rw"), y.rwConfirmed, y.rwTotal)}
</section>`;
}

export function registerRingkasanRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  app.get("/dasbor", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const d = ringkasanData(deps.app.store.db, deps.app.wilayah, c.user);
    const statuses = ASPIRATION_STATUSES;
    const num = (n: number) => n.toLocaleString(c.lang === "en" ? "en-GB" : "id-ID");
    const body = html`<div class="cards">
<div class="card"><span class="stat">${num(d.total.aspirations)}</span>${c.t("dasbor-col-aspirations")}</div>
<div class="card"><span class="stat">${num(d.total.proposals)}</span>${c.t("dasbor-col-proposals")}</div>
<div class="card"><span class="stat">${num(d.total.clusters)}</span>${c.t("dasbor-col-clusters")}</div>
<div class="card"><span class="stat">${num(d.total.supporters)}</span>${c.t("dasbor-col-supporters")}</div>
</div>
${cycleCard(c, d.cycle)}
<section class="charts">
<div class="card"><h2>${c.t("dasbor-chart-rw")}</h2>${barChart({ title: c.t("dasbor-chart-rw"), bars: d.rws.map((r) => ({ label: c.t("dasbor-rw", { rw: pad(r.rw) }), value: r.aspirations })), valueText: num })}</div>
<div class="card"><h2>${c.t("dasbor-chart-status")}</h2>${barChart({ title: c.t("dasbor-chart-status"), bars: ASPIRATION_STATUSES.map((s) => ({ label: c.t(`status-${s}`), value: d.total.byStatus[s] })), valueText: num })}</div>
</section>
<h2>${c.t("dasbor-ringkasan-per-rw")}</h2>
<div class="table-wrap"><table>
<thead><tr><th>${c.t("dasbor-col-rw")}</th><th class="num">${c.t("dasbor-col-aspirations")}</th><th class="num">${c.t("dasbor-col-clusters")}</th><th class="num">${c.t("dasbor-col-supporters")}</th><th class="num">${c.t("dasbor-col-rembug-rt")}</th><th class="num">${c.t("dasbor-col-proposals")}</th>
${statuses.map((s) => html`<th class="num">${c.t(`status-${s}`)}</th>`)}</tr></thead>
<tbody>${d.rws.map(
      (r) => html`<tr><td><a href="/dasbor/usulan?rw=${r.rw}">${c.t("dasbor-rw", { rw: pad(r.rw) })}</a></td><td class="num">${num(r.aspirations)}</td><td class="num">${num(r.clusters)}</td><td class="num">${num(r.supporters)}</td>
<td class="num">${c.t("dasbor-of", { done: r.rtConfirmed, total: r.rtTotal })}</td><td class="num">${num(r.proposals)}</td>${statuses.map((s) => html`<td class="num">${r.byStatus[s] ? html`<a href="/dasbor/usulan?rw=${r.rw}&amp;status=${s}">${num(r.byStatus[s])}</a>` : "0"}</td>`)}</tr>`,
    )}</tbody>
<tfoot><tr><th>${c.t("dasbor-total")}</th><td class="num">${num(d.total.aspirations)}</td><td class="num">${num(d.total.clusters)}</td><td class="num">${num(d.total.supporters)}</td><td class="num">${c.t("dasbor-of", { done: d.total.rtConfirmed, total: d.total.rtTotal })}</td><td class="num">${num(d.total.proposals)}</td>${statuses.map((s) => html`<td class="num">${num(d.total.byStatus[s])}</td>`)}</tr></tfoot>
</table></div>`;
    return sendPage(c, { title: c.t("dasbor-ringkasan-title"), active: "ringkasan", body });
  });
}
