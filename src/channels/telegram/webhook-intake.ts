/**
 * Telegram webhook intake, beside the long-polling loop: registers the webhook (setWebhook with secret_token and
 * allowed_updates) and takes the updates the web server's route receives. An update is answered once it is
 * journaled, exactly as a polled update is confirmed: the journal's update_id key makes a redelivery change nothing.
 */
import { timingSafeEqual } from "node:crypto";
import type { Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../core/logger.js";
import type { ChannelHealth } from "../../core/ports.js";

/** The update kinds the bot reads, for polling and webhook alike. */
export const TELEGRAM_ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

/** The header Telegram repeats the webhook's secret_token in. */
export const TELEGRAM_SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface TelegramWebhookSettings {
  /** Public URL Telegram POSTs to (TELEGRAM_WEBHOOK_URL). */
  url: string;
  /** TELEGRAM_WEBHOOK_SECRET. */
  secret: string;
  /**
   * Longest wait for the journal before the request is answered 503 so that Telegram delivers it again (default 10 s,
   * well under Telegram's own timeout). The update still being journaled is then recognised on redelivery.
   */
  answerWithinMs?: number;
  /** Pause before setWebhook is tried again after a failure, doubling up to max (ms). */
  retryMs?: { initial: number; max: number };
}

/** True when `given` (the request header) is the configured secret; compared in constant time. */
export function webhookSecretMatches(secret: string, given: string | string[] | undefined): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The path part of the webhook URL: the route the web server serves. */
export function webhookPath(url: string): string {
  return new URL(url).pathname || "/";
}

export class WebhookUnavailableError extends Error {
  override name = "WebhookUnavailableError";
}

export interface TelegramWebhookOptions {
  api: Api;
  log: Logger;
  settings: TelegramWebhookSettings;
  /** Journal one update (the channel's handler); resolves once it is durable. */
  handle(update: Update): Promise<void>;
}

export class TelegramWebhook {
  private registered = false;
  private failure: string | undefined = "setWebhook not called yet";
  private stopping = false;
  private retryTimer?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly o: TelegramWebhookOptions) {}

  /** Register the webhook; a failure is logged and retried in the background (readiness says why meanwhile). */
  async start(): Promise<void> {
    await this.register(this.o.settings.retryMs?.initial ?? 1000);
  }

  private async register(nextDelay: number): Promise<void> {
    if (this.stopping) return;
    const { url, secret } = this.o.settings;
    try {
      await this.o.api.setWebhook(url, { secret_token: secret, allowed_updates: [...TELEGRAM_ALLOWED_UPDATES], drop_pending_updates: false });
      this.registered = true;
      this.failure = undefined;
      this.o.log.info({ url: new URL(url).origin + webhookPath(url) }, "telegram webhook set");
    } catch (err) {
      this.failure = `telegram setWebhook failed: ${(err as Error).message}`;
      this.o.log.error({ err: (err as Error).message, retryMs: nextDelay }, "telegram setWebhook failed; retrying");
      const max = this.o.settings.retryMs?.max ?? 60_000;
      this.retryTimer = setTimeout(() => void this.register(Math.min(max, nextDelay * 2)), nextDelay);
      this.retryTimer.unref?.();
    }
  }

  /** Journal one update; rejects with WebhookUnavailableError while stopping or when the journal is slower than allowed. */
  async receive(update: Update): Promise<void> {
    if (this.stopping) throw new WebhookUnavailableError("telegram webhook intake is stopping");
    const work = this.o.handle(update);
    this.inFlight.add(work);
    const forget = (): void => void this.inFlight.delete(work);
    work.then(forget, forget);
    let timer: NodeJS.Timeout | undefined;
    const within = this.o.settings.answerWithinMs ?? 10_000;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new WebhookUnavailableError(`update ${update.update_id} not journaled within ${within} ms`)), within);
    });
    try {
      await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  health(): ChannelHealth {
    if (this.stopping) return { state: "stopped", ready: false, reason: "telegram webhook intake stopped" };
    return this.registered ? { state: "webhook", ready: true } : { state: "webhook", ready: false, reason: this.failure ?? "webhook not set" };
  }

  /** Refuse new updates and wait for the ones being journaled. The webhook stays set: Telegram keeps updates meanwhile. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retryTimer);
    await Promise.allSettled([...this.inFlight]);
  }
}
