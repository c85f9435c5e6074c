/**
 * The Telegram channel: long-polls the Bot API with grammY, hands every update to the sink before
 * confirming it, and renders replies natively (inline keyboards, split long texts, documents).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { Api, HttpError, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { autoRetry, type AutoRetryOptions } from "@grammyjs/auto-retry";
import type { Lang } from "../../core/domain.js";
import type { Logger } from "../../core/logger.js";
import type { InboundMessage, OutboundMessage } from "../../core/messages.js";
import type { ChannelAdapter, InboundSink, MediaFile, SendMeta, SendResult } from "../../core/ports.js";
import { DEFAULT_LOCALES_DIR, loadI18n, type Translate } from "../../i18n/fluent.js";
import { botApiFetch, botApiPool } from "./bot-api-fetch.js";
import { LongPolling } from "./long-polling.js";
import { renderText, TELEGRAM_TEXT_LIMIT, toTelegramHtml } from "./render.js";
import { sendFailure } from "./send-failure.js";
import { SendPacer, type SendPacerOptions } from "./send-pacer.js";
import { TelegramMediaError } from "./telegram-media-error.js";
import { MAX_PHOTO_BYTES } from "../../core/media-limits.js";
import { mapUpdate, type CallbackAck, type MappedUpdate } from "./update-mapping.js";
import { TelegramWebhook, type TelegramWebhookSettings } from "./webhook-intake.js";
import type { ChannelHealth } from "../../core/ports.js";

/** Telegram's limit for document captions. */
const CAPTION_LIMIT = 1024;

export interface TelegramChannelOptions {
  token: string;
  /** Bot API root without trailing slash (TELEGRAM_API_ROOT). */
  apiRoot?: string;
  log: Logger;
  /** Long-poll timeout in seconds (default 30). */
  pollTimeoutSec?: number;
  /** Translations for the few texts the adapter adds itself (group notice, chosen label, number hint); default: load locales/. */
  t?: Translate;
  /** Language of those texts (the adapter does not know the resident's language). */
  lang?: Lang;
  /** Base directory for relative document paths (DATA_DIR). */
  dataDir?: string;
  /**
   * Retry policy for 429 and 5xx inside one call. A retry_after above `maxDelaySeconds` is not waited
   * for here but returned as SendResult.retryAfterMs, so the delivery loop schedules it.
   */
  retry?: Partial<AutoRetryOptions>;
  /** Pause after a failed getUpdates, doubling up to max (ms). */
  pollBackoffMs?: { initial: number; max: number };
  /** Flood limits the sends are paced to (default 25/s in total, 1/s per chat with a burst of 3). */
  pacing?: Partial<SendPacerOptions>;
  /**
   * Webhook mode instead of long polling: start() calls setWebhook with this URL and secret, and updates arrive
   * through {@link TelegramChannel.receiveWebhook} (the web server's route). Without it, polling removes a webhook.
   */
  webhook?: TelegramWebhookSettings;
}

/** Methods that deliver an outbox message: their rate limits and failures go back to the delivery loop. */
const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto"]);

/**
 * A ChannelAdapter for Telegram.
 *
 * @example
 * const telegram = createTelegramChannel({ token, apiRoot: config.TELEGRAM_API_ROOT, log, t: i18n.t });
 * host.addChannel(telegram);
 * await telegram.start(host);
 */
export class TelegramChannel implements ChannelAdapter {
  readonly name = "telegram" as const;
  readonly api: Api;
  private readonly apiRoot: string;
  private readonly log: Logger;
  private readonly t: Translate;
  private polling?: LongPolling;
  private webhook?: TelegramWebhook;
  /** Acknowledgements and notices still in flight; awaited on stop. */
  private readonly sideCalls = new Set<Promise<void>>();
  /** Group chats already told that the bot works in private chats (once per process). */
  private readonly toldGroups = new Set<number>();
  /** The latest message with a keyboard per chat: a press on it is the current answer, so its label is shown. */
  private readonly lastKeyboard = new Map<string, { messageId: number; lang: Lang }>();
  private readonly pacer: SendPacer;
  /** The keep-alive connections to the Bot API (see botApiFetch); closed on stop. */
  private connections = botApiPool();

  constructor(private readonly o: TelegramChannelOptions) {
    this.apiRoot = o.apiRoot ?? "https://api.telegram.org";
    this.log = o.log.child({ channel: "telegram" });
    this.t = o.t ?? loadI18n(DEFAULT_LOCALES_DIR).t;
    const pollTimeoutSec = o.pollTimeoutSec ?? 30;
    this.api = new Api(o.token, { apiRoot: this.apiRoot, timeoutSeconds: Math.max(60, pollTimeoutSec + 15), fetch: botApiFetch(() => this.connections) });
    this.pacer = new SendPacer({ perSecond: 25, perChatPerSecond: 1, ...o.pacing });
    // Side calls (answerCallbackQuery, edits, getFile) retry 429 and 5xx briefly here. Sends do not: a 429 or a 5xx
    // goes back to the delivery loop at once, which waits (429) or backs off (5xx) on its own clock.
    const retry = autoRetry({
      maxRetryAttempts: 2,
      maxDelaySeconds: 10,
      // Network errors are returned as transient failures instead: auto-retry would retry them forever.
      rethrowHttpErrors: true,
      ...o.retry,
    });
    // getUpdates has its own backoff in the polling loop (and must stop promptly), so it bypasses auto-retry.
    this.api.config.use(async (prev, method, payload, signal) => {
      try {
        const direct = method === "getUpdates" || SEND_METHODS.has(method);
        return await (direct ? prev(method, payload, signal) : retry(prev, method, payload, signal));
      } catch (err) {
        throw redactHttpError(err);
      }
    });
  }

  /** The bot's username from getMe (for `t.me` links), once known. */
  private username?: string;

  /** `https://t.me/<bot>?start=<payload>` (payload: A-Z, a-z, 0-9, _ and -), once getMe has answered. */
  startLink(payload: string): string | undefined {
    return this.username ? `https://t.me/${this.username}?start=${encodeURIComponent(payload)}` : undefined;
  }

  /** Ask getMe for the bot's username (invite links need it); a failure is logged and tried again on the next start. */
  async fetchUsername(): Promise<string | undefined> {
    try {
      this.username = (await this.api.getMe()).username;
    } catch (err) {
      this.log.warn({ err }, "getMe failed; invite links are shown without the Telegram link");
    }
    return this.username;
  }

  async start(sink: InboundSink): Promise<void> {
    if (this.polling || this.webhook) return;
    // Not awaited: a slow getMe must not hold up polling; links appear once it has answered.
    this.track(this.fetchUsername().then(() => undefined));
    if (this.o.webhook) {
      this.webhook = new TelegramWebhook({ api: this.api, log: this.log, settings: this.o.webhook, handle: (u) => this.handleUpdate(u, sink) });
      await this.webhook.start();
      return;
    }
    this.polling = new LongPolling({
      api: this.api,
      log: this.log,
      timeoutSec: this.o.pollTimeoutSec ?? 30,
      handle: (u) => this.handleUpdate(u, sink),
      ...(sink.acceptAll ? { handleBatch: (us: Update[]) => this.handleUpdates(us, (msgs) => sink.acceptAll!(msgs)) } : {}),
      ...(this.o.pollBackoffMs ? { backoffMs: this.o.pollBackoffMs } : {}),
    });
    this.polling.start();
    this.log.info("telegram long polling started");
  }

  async stop(): Promise<void> {
    await this.polling?.stop();
    await this.webhook?.stop();
    while (this.sideCalls.size) await Promise.all([...this.sideCalls]);
    // A channel started again after stop() opens new connections.
    const closing = this.connections;
    this.connections = botApiPool();
    await closing.close();
    this.log.info(this.webhook ? "telegram webhook intake stopped" : "telegram long polling stopped");
  }

  /**
   * One update POSTed by Telegram in webhook mode (the secret already checked by the route). Resolves once it is
   * journaled (a redelivered update is recognised by its update_id and changes nothing); rejects when this channel
   * does not take webhook updates now (polling, not started, stopping), so Telegram delivers it again later.
   */
  receiveWebhook(update: Update): Promise<void> {
    if (!this.webhook) return Promise.reject(new Error("telegram channel is not in webhook mode"));
    return this.webhook.receive(update);
  }

  /** The intake's state for /readyz: polling or webhook, and whether Telegram is reachable for it. */
  health(): ChannelHealth {
    if (this.webhook) return this.webhook.health();
    if (!this.polling) return { state: "stopped", ready: false, reason: "telegram intake not started" };
    return this.polling.health();
  }

  /**
   * Send one outbox message as its parts, in order: the document (if any), then the text split under Telegram's
   * limit with the keyboard on the last chunk. `meta.skipParts` parts are taken as delivered by an earlier attempt
   * and not sent again; a failure reports `partsSent` so the next attempt resumes after them.
   */
  async send(address: string, msg: OutboundMessage, meta?: SendMeta): Promise<SendResult> {
    const chatId = Number(address);
    if (!Number.isSafeInteger(chatId)) return { ok: false, permanent: true, reason: `not a Telegram chat id: ${address}` };
    const skip = Math.max(0, meta?.skipParts ?? 0);
    // Parts the recipient has: the skipped ones, then each one sent here.
    let delivered = skip;
    let index = 0;
    try {
      let last: number | undefined;
      let text = msg.text;
      if (msg.document) {
        const caption = msg.document.caption?.trim() ? msg.document.caption : undefined;
        const fits = caption !== undefined && caption.length <= CAPTION_LIMIT;
        if (index++ >= skip) {
          const slot = this.pacer.take(address, meta?.kind === "reply");
          if (slot) await slot;
          const file = path.resolve(this.o.dataDir ?? ".", msg.document.path);
          if (!existsSync(file)) return { ok: false, permanent: false, reason: `document not found: ${msg.document.path}` };
          const sent = await this.api.sendDocument(
            chatId,
            new InputFile(file, msg.document.filename),
            fits ? { caption: toTelegramHtml(caption), parse_mode: "HTML" } : {},
          );
          last = sent.message_id;
          delivered = index;
          meta?.onPartDelivered?.(delivered);
        }
        // A caption over Telegram's limit goes out as a text message after the file.
        if (caption && !fits) text = [caption, text].filter((x) => x.trim()).join("\n\n");
      }
      const lang = msg.lang ?? this.o.lang ?? "id";
      const hint = msg.options?.length ? this.t(lang, "telegram-reply-with-number") : "";
      const parts = renderText({ ...msg, text }, hint);
      for (const part of parts) {
        if (index++ < skip) continue;
        const slot = this.pacer.take(address, meta?.kind === "reply");
        if (slot) await slot;
        const sent = await this.api.sendMessage(chatId, part.text, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(part.reply_markup ? { reply_markup: part.reply_markup } : {}),
        });
        last = sent.message_id;
        delivered = index;
        if (index < parts.length + (msg.document ? 1 : 0)) meta?.onPartDelivered?.(delivered);
        if (part.reply_markup) this.lastKeyboard.set(address, { messageId: sent.message_id, lang });
      }
      return { ok: true, ...(last !== undefined ? { platformMessageId: String(last) } : {}) };
    } catch (err) {
      const failure = sendFailure(err);
      this.log.debug({ reason: failure.reason, partsSent: delivered }, "telegram send failed");
      return delivered > 0 ? { ...failure, partsSent: delivered } : failure;
    }
  }

  async downloadMedia(ref: string): Promise<MediaFile> {
    let filePath: string | undefined;
    let size: number | undefined;
    try {
      ({ file_path: filePath, file_size: size } = await this.api.getFile(ref));
    } catch (err) {
      throw new TelegramMediaError(`getFile failed for ${ref}`, ref, { cause: err });
    }
    // Not even downloaded when Telegram already says it is too large.
    if (size !== undefined && size > MAX_PHOTO_BYTES) throw new TelegramMediaError(`file ${ref} has ${size} bytes, over the cap`, ref);
    if (!filePath) throw new TelegramMediaError(`Telegram gave no file_path for ${ref}`, ref);
    const url = `${this.apiRoot}/file/bot${this.o.token}/${filePath}`;
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    } catch (err) {
      throw new TelegramMediaError(`download failed for ${ref}`, ref, { cause: err });
    }
    if (!res.ok) {
      // An unread body keeps its connection checked out until garbage collection.
      await res.body?.cancel().catch(() => undefined);
      throw new TelegramMediaError(`download of ${ref} answered HTTP ${res.status}`, ref);
    }
    const data = Buffer.from(await res.arrayBuffer());
    const ext = path.extname(filePath).slice(1).toLowerCase() || "jpg";
    return { data, ext, mime: MIME[ext] ?? "application/octet-stream" };
  }

  private async handleUpdate(update: Update, sink: InboundSink): Promise<void> {
    const mapped = this.readUpdate(update);
    if (!mapped) return;
    if (mapped.kind === "inbound") await sink.accept(mapped.msg);
    this.afterJournal(update, mapped);
  }

  /** A whole getUpdates batch: its messages go to the sink in one call (one transaction), then the presses are answered. */
  private async handleUpdates(updates: Update[], acceptAll: (msgs: InboundMessage[]) => Promise<void>): Promise<void> {
    const mapped = updates.map((u) => this.readUpdate(u));
    await acceptAll(mapped.flatMap((m) => (m?.kind === "inbound" ? [m.msg] : [])));
    updates.forEach((u, i) => {
      const m = mapped[i];
      if (m) this.afterJournal(u, m);
    });
  }

  private readUpdate(update: Update): MappedUpdate | undefined {
    try {
      return mapUpdate(update, Date.now());
    } catch (err) {
      // A shape we did not expect must not block the queue: log and skip it.
      this.log.error({ err, updateId: update.update_id }, "telegram update could not be read; skipped");
      return undefined;
    }
  }

  /** What follows once the update's message (if any) is journaled. */
  private afterJournal(update: Update, mapped: MappedUpdate): void {
    switch (mapped.kind) {
      case "inbound":
        if (mapped.callback) this.track(this.acknowledge(mapped.callback));
        return;
      case "not-private":
        if (mapped.callbackQueryId) this.track(this.answerQuery(mapped.callbackQueryId));
        if (!this.toldGroups.has(mapped.chatId)) {
          this.toldGroups.add(mapped.chatId);
          this.track(this.tellGroup(mapped.chatId));
        }
        return;
      case "answer-only":
        this.track(this.answerQuery(mapped.callbackQueryId));
        return;
      case "ignore":
        this.log.debug({ updateId: update.update_id, reason: mapped.reason }, "telegram update ignored");
        return;
    }
  }

  /** Stop the spinner on the button, then remove the keyboard from the pressed message (showing the choice if current). */
  private async acknowledge(cb: CallbackAck): Promise<void> {
    // Read before any await: the host may send the next question (a newer keyboard) while the press is answered.
    const last = this.lastKeyboard.get(String(cb.chatId));
    const current = cb.messageId !== undefined && last?.messageId === cb.messageId;
    if (current) this.lastKeyboard.delete(String(cb.chatId));
    await this.answerQuery(cb.queryId);
    if (cb.messageId === undefined) return;
    try {
      if (cb.text !== undefined) {
        // Plain text plus the original entities keeps the formatting; the label is appended after them.
        const chosen = current && cb.label ? `\n\n${this.t(last.lang, "telegram-chosen", { label: cb.label })}` : "";
        const text = (cb.text + chosen).length <= TELEGRAM_TEXT_LIMIT ? cb.text + chosen : cb.text;
        await this.api.editMessageText(cb.chatId, cb.messageId, text, cb.entities ? { entities: cb.entities } : {});
      } else {
        await this.api.editMessageReplyMarkup(cb.chatId, cb.messageId);
      }
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, "could not remove the keyboard of a pressed message");
    }
  }

  private async answerQuery(id: string): Promise<void> {
    try {
      await this.api.answerCallbackQuery(id);
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, "answerCallbackQuery failed");
    }
  }

  private async tellGroup(chatId: number): Promise<void> {
    const res = await this.send(String(chatId), { text: this.t(this.o.lang ?? "id", "telegram-private-only") });
    if (!res.ok) this.log.debug({ reason: res.reason }, "could not tell a group that the bot works in private chats");
  }

  private track(p: Promise<void>): void {
    const tracked = p.catch(() => undefined).finally(() => this.sideCalls.delete(tracked));
    this.sideCalls.add(tracked);
  }
}

/**
 * grammY's HttpError keeps the underlying fetch error, whose message holds the request URL with the bot token;
 * logging the error object (pino serialises its properties) would leak it. Keep only the error code.
 */
function redactHttpError(err: unknown): unknown {
  if (!(err instanceof HttpError)) return err;
  const inner = err.error as { code?: unknown; name?: unknown } | undefined;
  const safe = new HttpError(err.message, { name: typeof inner?.name === "string" ? inner.name : "Error", code: inner?.code });
  if (err.stack) safe.stack = err.stack;
  return safe;
}

const MIME: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  pdf: "application/pdf",
};

/** Build the Telegram channel. See {@link TelegramChannelOptions}. */
export function createTelegramChannel(o: TelegramChannelOptions): TelegramChannel {
  return new TelegramChannel(o);
}
