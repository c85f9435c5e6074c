/** Page 1, Ringkasan: the overview per RW. */
import type { FastifyInstance } from "fastify";
import type { DashboardDeps } from "../dashboard/deps.js";
import { html } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx } from "../dashboard/page-ctx.js";
import { scopeWhere } from "../dashboard/user.js";

export function registerRingkasanRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  app.get("/dasbor", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const s = scopeWhere(c.user, "a");
    const rows = deps.app.store.db.prepare(`SELECT a.rw, COUNT(*) AS n FROM aspirations a WHERE ${s.sql} GROUP BY a.rw ORDER BY a.rw`).all(...s.params) as Array<{ rw: number; n: number }>;
    return sendPage(c, {
      title: c.t("dasbor-ringkasan-title"),
      active: "ringkasan",
      body: html`<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-col-rw")}</th><th class="num">${c.t("dasbor-col-aspirations")}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${c.t("dasbor-rw", { rw: String(r.rw).padStart(2, "0") })}</td><td class="num">${r.n}</td></tr>`)}</tbody></table></div>`,
    });
  });
}
