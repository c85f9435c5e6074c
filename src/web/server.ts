/**
 * The web server (Fastify 5): security headers, health and readiness, Prometheus metrics, the Telegram webhook and
 * the LPMK dashboard (src/web/dashboard), whose pages inherit the headers.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "../core/logger.js";
import type { OpsMetrics } from "../ops/metrics.js";
import type { Readiness } from "../ops/readiness.js";
import { registerHealthRoutes } from "./health-routes.js";
import { registerMetricsRoute } from "./metrics-route.js";
import { registerSecurityHeaders } from "./security-headers.js";
import { registerTelegramWebhookRoute, type TelegramWebhookRoute } from "./telegram-webhook-route.js";
import type { DashboardDeps } from "./dashboard/deps.js";
import { registerDashboard } from "./dashboard/register-dashboard.js";

export interface WebServerOptions {
  log: Logger;
  readiness: () => Promise<Readiness>;
  /** Served at /metrics when `metricsToken` is set too. */
  metrics?: OpsMetrics;
  metricsToken?: string;
  telegramWebhook?: TelegramWebhookRoute;
  /** The LPMK dashboard (/dasbor); absent = not mounted. */
  dashboard?: DashboardDeps;
}

/**
 * Build the server (not listening yet; tests call `inject`).
 *
 * @example
 * const web = await createWebServer({ log, readiness: () => checkReadiness({ store, channels }) });
 * await web.listen({ host: config.WEB_HOST, port: config.WEB_PORT });
 */
export async function createWebServer(o: WebServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Fastify logs every request at info; only its warnings and errors are wanted there (debug shows all).
    loggerInstance: o.log.child({ component: "web" }, o.log.level === "info" ? { level: "warn" } : {}) as FastifyBaseLogger,
    // Telegram updates are small; nothing else posts large bodies yet.
    bodyLimit: 1_048_576,
    trustProxy: "127.0.0.1",
  });
  await registerSecurityHeaders(app);
  registerHealthRoutes(app, o.readiness);
  if (o.metrics && o.metricsToken) registerMetricsRoute(app, o.metrics, o.metricsToken);
  if (o.telegramWebhook) registerTelegramWebhookRoute(app, o.telegramWebhook);
  if (o.dashboard) await registerDashboard(app, o.dashboard);
  return app;
}
