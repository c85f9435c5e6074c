/** GET /metrics in the Prometheus text format, only with `Authorization: Bearer <METRICS_TOKEN>`. */
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { OpsMetrics } from "../ops/metrics.js";

/** True when the Authorization header carries the token; compared in constant time. */
export function bearerMatches(token: string, header: string | undefined): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m) return false;
  const a = Buffer.from(token);
  const b = Buffer.from(m[1]!);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function registerMetricsRoute(app: FastifyInstance, metrics: OpsMetrics, token: string): void {
  app.get("/metrics", async (req, reply) => {
    if (!bearerMatches(token, req.headers.authorization)) {
      return reply.code(401).header("www-authenticate", 'Bearer realm="metrics"').send({ error: "a valid bearer token is required" });
    }
    const body = await metrics.render();
    return reply.header("content-type", metrics.registry.contentType).header("cache-control", "no-store").send(body);
  });
}
