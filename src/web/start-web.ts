/**
 * Wires the web server to a built app (called by main.ts): metrics hooks on the host, readiness over the store,
 * Redis and the channels, and the Telegram webhook route when the Telegram channel runs in webhook mode.
 */
import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import type { App } from "../app/build.js";
import { TelegramChannel } from "../channels/telegram/telegram-channel.js";
import { webhookPath } from "../channels/telegram/webhook-intake.js";
import { createOpsMetrics } from "../ops/metrics.js";
import { checkReadiness } from "../ops/readiness.js";
import type { QueuePort } from "../queue/port.js";
import { createWebServer } from "./server.js";
import { dashboardBaseUrl } from "./dashboard/base-url.js";

export interface WebServer {
  server: FastifyInstance;
  /** Where it listens (host:port), once listening. */
  address?: string;
  stop(): Promise<void>;
}

/** Build the server for `app`; `listen` false leaves it for `inject` (tests). */
export async function startWebServer(app: App, o: { queue?: QueuePort; listen?: boolean; now?: () => number } = {}): Promise<WebServer> {
  const { config, log } = app;
  const metrics = createOpsMetrics({ store: app.store, ...(o.queue ? { queue: o.queue } : {}) });
  app.host.observe(metrics.observer);
  const redis = config.REDIS_URL
    ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false })
    : undefined;
  redis?.on("error", (err: Error) => log.debug({ err: err.message }, "readiness redis connection error"));
  const telegram = app.channels.find((c): c is TelegramChannel => c instanceof TelegramChannel);
  const server = await createWebServer({
    log,
    readiness: () => checkReadiness({ store: app.store, channels: app.channels, ...(redis ? { redis } : {}) }),
    metrics,
    ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
    ...(telegram && config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
      ? { telegramWebhook: { path: webhookPath(config.TELEGRAM_WEBHOOK_URL), secret: config.TELEGRAM_WEBHOOK_SECRET, receive: (u) => telegram.receiveWebhook(u) } }
      : {}),
    dashboard: { app, now: o.now ?? Date.now, baseUrl: dashboardBaseUrl(config), ...(o.queue ? { queue: o.queue } : {}) },
  });
  const web: WebServer = {
    server,
    async stop() {
      await server.close();
      redis?.disconnect();
    },
  };
  if (o.listen !== false) {
    web.address = await server.listen({ host: config.WEB_HOST, port: config.WEB_PORT });
    log.info({ address: web.address }, "web server listening");
  }
  return web;
}
