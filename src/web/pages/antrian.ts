/**
 * Page 9, Antrian: Bull Board (@bull-board/fastify with BullMQAdapter) over the app's BullMQ queues, mounted under
 * /dasbor/antrian for admins only, and only when Redis is used (REDIS_URL, the BullMQ driver). Without Redis the
 * page says the in-process queue has nothing to show and points to `npm run admin -- antrian`.
 * Bull Board's own routes sit inside the dashboard scope, so the sign-in check and CSRF apply to them too; its
 * script and stylesheet are served from this origin, so the strict Content-Security-Policy stays, except that its
 * pages may use a same-origin <base> (Bull Board resolves its assets against it). Its Google Fonts link is blocked
 * by that policy on purpose (no external fonts): the board falls back to the system font.
 */
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import type { FastifyInstance } from "fastify";
import { BullmqQueue } from "../../queue/bullmq.js";
import { QUEUES } from "../../queue/payloads.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { denyAccess } from "../dashboard/auth.js";
import { html } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx } from "../dashboard/page-ctx.js";

export const ANTRIAN_PATH = "/dasbor/antrian";

export async function registerAntrianRoutes(app: FastifyInstance, deps: DashboardDeps): Promise<void> {
  const queue = deps.queue;
  if (!(queue instanceof BullmqQueue)) {
    app.get(ANTRIAN_PATH, async (req, reply) => {
      const c = pageCtx(req, reply, deps);
      if (!c.user.isAdmin) return denyAccess(c, "page:antrian");
      return sendPage(c, { title: c.t("dasbor-antrian-title"), active: "antrian", body: html`<p>${c.t("dasbor-antrian-no-redis")}</p>` });
    });
    return;
  }
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(ANTRIAN_PATH);
  createBullBoard({
    queues: queue.bullQueues(Object.values(QUEUES)).map((q) => new BullMQAdapter(q)),
    serverAdapter,
    options: { uiConfig: { boardTitle: deps.app.config.KELURAHAN_NAME } },
  });
  await app.register(async (scope) => {
    // Admins only: every Bull Board route (page, API, static files) is checked after the dashboard's sign-in check.
    scope.addHook("preHandler", async (req, reply) => {
      const c = pageCtx(req, reply, deps);
      if (!c.user.isAdmin) return denyAccess(c, "page:antrian");
    });
    // Bull Board's page resolves its scripts against <base href="/dasbor/antrian/">: allow a same-origin base here only.
    scope.addHook("onSend", async (_req, reply, payload) => {
      const csp = reply.getHeader("content-security-policy");
      if (typeof csp === "string") reply.header("content-security-policy", csp.replace("base-uri 'none'", "base-uri 'self'"));
      return payload;
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: ANTRIAN_PATH });
  });
}
