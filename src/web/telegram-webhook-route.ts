/**
 * POST <path of TELEGRAM_WEBHOOK_URL>: Telegram's webhook requests. Without the right secret header the request is
 * refused (401) and nothing is read; a journaled update is answered 200, one that could not be journaled in time
 * (stopping, a slow database) 503, so that Telegram sends it again.
 */
import type { FastifyInstance } from "fastify";
import type { Update } from "grammy/types";
import { TELEGRAM_SECRET_HEADER, webhookSecretMatches } from "../channels/telegram/webhook-intake.js";

export interface TelegramWebhookRoute {
  path: string;
  secret: string;
  /** The Telegram channel's receiveWebhook. */
  receive(update: Update): Promise<void>;
}

export function registerTelegramWebhookRoute(app: FastifyInstance, o: TelegramWebhookRoute): void {
  app.post(o.path, async (req, reply) => {
    if (!webhookSecretMatches(o.secret, req.headers[TELEGRAM_SECRET_HEADER])) return reply.code(401).send({ ok: false });
    const body = req.body as { update_id?: unknown } | undefined;
    if (!body || typeof body !== "object" || !Number.isSafeInteger(body.update_id)) return reply.code(400).send({ ok: false });
    try {
      await o.receive(body as Update);
    } catch (err) {
      req.log.warn({ err: (err as Error).message, updateId: body.update_id }, "telegram webhook update not journaled; Telegram will send it again");
      return reply.code(503).send({ ok: false });
    }
    return reply.code(200).send({ ok: true });
  });
}
