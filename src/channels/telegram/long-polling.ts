/**
 * The getUpdates loop. Each update is handed to `handle` (or the whole batch to `handleBatch`) and the
 * offset moves past it only after that resolves, so the next getUpdates confirms exactly what was
 * journaled; an update fetched but not handled when the process dies is redelivered by Telegram.
 */
import { GrammyError, HttpError, type Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../core/logger.js";
import type { ChannelHealth } from "../../core/ports.js";

/** grammY types its signal with the abort-controller shim; the platform AbortSignal is what it uses at runtime. */
type GrammySignal = Parameters<Api["getUpdates"]>[1];

export interface LongPollingOptions {
  api: Api;
  log: Logger;
  /** Seconds Telegram holds a getUpdates open when nothing is waiting. */
  timeoutSec: number;
  /** Handle one update. Rejecting leaves the offset where it is (the update comes again). */
  handle(update: Update): Promise<void>;
  /**
   * Handle a whole getUpdates batch at once (e.g. journal it in one transaction). When given, it is used
   * instead of `handle`; rejecting leaves the offset before the batch (the whole batch comes again).
   */
  handleBatch?(updates: Update[]): Promise<void>;
  /** First and largest pause after a failed getUpdates (ms). */
  backoffMs?: { initial: number; max: number };
  allowedUpdates?: ReadonlyArray<"message" | "edited_message" | "callback_query">;
}

export class LongPolling {
  private offset: number | undefined;
  /** The offset Telegram has been told about (by a getUpdates call carrying it). */
  private confirmed: number | undefined;
  private readonly abort = new AbortController();
  private loop?: Promise<void>;
  private stopping = false;
  private webhookDeleted = false;
  /** Why the last getUpdates failed; cleared by the next one that succeeds. */
  private failure: string | undefined;

  constructor(private readonly o: LongPollingOptions) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Ready while getUpdates answers; a failing one (bad token, conflict, network) is the reason. */
  health(): ChannelHealth {
    if (this.stopping) return { state: "stopped", ready: false, reason: "telegram polling stopped" };
    return this.failure ? { state: "polling", ready: false, reason: this.failure } : { state: "polling", ready: true };
  }

  /** Abort the long poll, finish the update in hand, and confirm the handled ones to Telegram. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.abort.abort();
    await this.loop;
    if (this.offset !== undefined && this.offset !== this.confirmed) {
      try {
        // A zero-timeout call only confirms; anything it returns stays unconfirmed and comes again.
        await this.o.api.getUpdates({ offset: this.offset, limit: 1, timeout: 0 }, AbortSignal.timeout(2000) as GrammySignal);
        this.confirmed = this.offset;
      } catch (err) {
        this.o.log.debug({ err }, "final offset confirmation failed; Telegram will redeliver, the journal deduplicates");
      }
    }
  }

  private async run(): Promise<void> {
    const { initial, max } = this.o.backoffMs ?? { initial: 1000, max: 30_000 };
    let backoff = 0;
    while (!this.stopping) {
      let updates: Update[];
      try {
        const offset = this.offset;
        updates = await this.o.api.getUpdates(
          {
            ...(offset !== undefined ? { offset } : {}),
            limit: 100,
            timeout: this.o.timeoutSec,
            allowed_updates: [...(this.o.allowedUpdates ?? ["message", "edited_message", "callback_query"])],
          },
          this.abort.signal as GrammySignal,
        );
        this.confirmed = offset;
        this.failure = undefined;
        backoff = 0;
      } catch (err) {
        if (this.stopping) break;
        this.failure = `telegram getUpdates failed: ${describe(err).message}`;
        if (err instanceof GrammyError && err.error_code === 409 && /webhook/i.test(err.description) && !this.webhookDeleted) {
          // A webhook set earlier (another deployment) blocks polling; remove it once, as grammY's bot.start() does
          // (once it succeeded: a failed attempt, e.g. a network blip, is tried again on the next 409).
          this.o.log.warn("a Telegram webhook is set; deleting it to use long polling");
          try {
            await this.o.api.deleteWebhook({ drop_pending_updates: false }, this.abort.signal as GrammySignal);
            this.webhookDeleted = true;
            continue;
          } catch (e) {
            this.o.log.warn({ err: describe(e) }, "deleteWebhook failed");
          }
        }
        backoff = backoff === 0 ? initial : Math.min(max, backoff * 2);
        this.o.log[err instanceof GrammyError && (err.error_code === 401 || err.error_code === 409) ? "error" : "warn"](
          { err: describe(err), backoffMs: backoff },
          hint(err),
        );
        await this.sleep(backoff);
        continue;
      }
      const batches = this.o.handleBatch && updates.length ? [updates] : updates.map((u) => [u]);
      for (const batch of batches) {
        try {
          await (this.o.handleBatch ? this.o.handleBatch(batch) : this.o.handle(batch[0]!));
        } catch (err) {
          // Not journaled: leave the offset so Telegram delivers it again.
          this.o.log.error({ err, updateIds: batch.map((u) => u.update_id) }, "telegram updates not accepted; they will be fetched again");
          if (!this.stopping) {
            backoff = backoff === 0 ? initial : Math.min(max, backoff * 2);
            await this.sleep(backoff);
          }
          break;
        }
        this.offset = batch[batch.length - 1]!.update_id + 1;
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    const signal = this.abort.signal;
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      }
      signal.addEventListener("abort", done);
    });
  }
}

/** A log line that says what to do about a failed getUpdates. */
function hint(err: unknown): string {
  if (err instanceof GrammyError && err.error_code === 401) {
    return "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token from @BotFather; retrying";
  }
  if (err instanceof GrammyError && err.error_code === 409) {
    return "Telegram reports a conflict (409): another process is polling with this token; stop it; retrying";
  }
  return "telegram getUpdates failed; retrying";
}

/**
 * What to log about a failed call. Only the error code of a network failure is kept: the underlying
 * message of a failed request contains the request URL, and with it the bot token.
 */
function describe(err: unknown): { name?: string; message: string; code?: string } {
  if (err instanceof HttpError) {
    const code = (err.error as { code?: unknown } | undefined)?.code;
    return { name: err.name, message: err.message, ...(typeof code === "string" ? { code } : {}) };
  }
  return err instanceof Error ? { name: err.name, message: err.message } : { message: String(err) };
}
