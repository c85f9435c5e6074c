/** GET /healthz (the process is alive) and GET /readyz (SQLite, Redis, channels: 503 naming what is down). */
import type { FastifyInstance } from "fastify";
import type { Readiness } from "../ops/readiness.js";

export function registerHealthRoutes(app: FastifyInstance, readiness: () => Promise<Readiness>): void {
  app.get("/healthz", async (_req, reply) => reply.header("cache-control", "no-store").send({ status: "ok" }));
  app.get("/readyz", async (_req, reply) => {
    const r = await readiness();
    const down = r.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.reason ?? "down"}`);
    return reply
      .code(r.ready ? 200 : 503)
      .header("cache-control", "no-store")
      .send({ status: r.ready ? "ready" : "not ready", ...(down.length ? { reason: down.join("; ") } : {}), checks: r.checks });
  });
}
