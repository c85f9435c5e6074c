/**
 * The conversation host: journals inbound messages, runs the engine for each one exactly once
 * (per sender in order, different senders concurrently), commits session + effects + replies in one
 * transaction, and hands the replies to the delivery loop.
 */
import type { OpsObserver } from "../core/ops-observer.js";
import { createHash } from "node:crypto";
import type { Logger } from "../core/logger.js";
import type { ChannelAdapter, InboundSink } from "../core/ports.js";
import type { ChannelName, InboundMessage, OutboundMessage } from "../core/messages.js";
import type { Lang, Wilayah } from "../core/domain.js";
import type { Engine } from "../engine/engine.js";
import type { EngineEnv, EngineReads } from "../engine/types.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { roleWords } from "../core/roles.js";
import { grantsOf, type ConfigGrantsOf } from "./roles.js";
import { KeyedSerial } from "./keyed-serial.js";
import { pdfProblem, storeDocument, storeMedia } from "./media.js";
import { documentProblem } from "../core/media-limits.js";
import { messageRef } from "./message-ref.js";
import { afterEffect, applyEffect, coreEffectHandlers, residentDeleteHandler, type EffectCtx, type EffectHandlers } from "./effects.js";
import { Delivery, type PendingRead } from "./delivery.js";
import { queueForResident } from "./notify.js";
import type { OutboundKind } from "../store/outbound.js";
import { isBusy, type BusyRetryOptions } from "../store/busy.js";
import type { DeliveryOptions } from "./delivery.js";

export interface HostOptions {
  store: Store;
  engine: Engine;
  t: Translate;
  wilayah: Wilayah;
  kelurahan: string;
  /** TZ_KELURAHAN: the zone of residents' dates and times. */
  timeZone?: string;
  dataDir: string;
  sessionTtlMs: number;
  defaultLang: Lang;
  log: Logger;
  /** Roles of a sender (e.g. "lpmk" for LPMK_ADMINS). */
  /** Roles given by configuration (LPMK_ADMINS); stored grants are read per message. */
  configGrants?: ConfigGrantsOf;
  now?: () => number;
  random?: () => number;
  /** Whether a stored session waits for a photo (see photoStepPredicate); photos are downloaded only then. */
  wantsPhoto?: (session: unknown, now: number) => boolean;
  /** Whether a stored session takes a document (see documentStepPredicate); documents are downloaded only then. */
  wantsDocument?: (session: unknown, now: number) => boolean;
  /** Delivery policy (give-up window, backoff cap). */
  delivery?: Pick<DeliveryOptions, "giveUpMs" | "maxBackoffMs" | "markDelayMs">;
  /** How a SQLite write lock held by another process is waited for (tests shorten it). */
  busy?: BusyRetryOptions;
}

type AfterCommit = { effect: Parameters<typeof afterEffect>[1]; ctx: EffectCtx };
/** What a handled message left for after the commit; `tookMs` = handling time, for the metrics. */
type Handled = { after: AfterCommit[]; pending?: PendingRead; tookMs?: number };

export class ConversationHost implements InboundSink {
  private readonly serial = new KeyedSerial();
  private readonly channels = new Map<ChannelName, ChannelAdapter>();
  private readonly effects: EffectHandlers = { ...coreEffectHandlers };
  /** Effect types given a handler through registerEffects (the core defaults above may be replaced once). */
  private readonly registered = new Set<string>();
  private readonly reads: EngineReads;
  readonly delivery: Delivery;
  private stopping = false;
  private readonly now: () => number;
  /** Busy waits end early when the host stops (the message stays journaled for the next start). */
  private readonly busy: BusyRetryOptions;

  constructor(private readonly o: HostOptions) {
    this.now = o.now ?? Date.now;
    this.effects["resident.delete"] = residentDeleteHandler(o.dataDir);
    this.busy = { ...o.busy, shouldStop: () => this.stopping };
    const a = o.store.aspirations;
    this.reads = {
      aspirationsOf: (id) => a.listByResident(id),
      aspirationByTicket: (tk) => a.byTicket(tk),
      ticketExists: (tk) => a.ticketExists(tk),
    };
    this.delivery = new Delivery({ store: o.store, log: o.log, channels: this.channels, now: this.now, ...o.delivery, ...(o.busy ? { busy: o.busy } : {}) });
  }

  /** Register a channel so replies can be sent through it. */
  addChannel(ch: ChannelAdapter): void {
    this.channels.set(ch.name, ch);
  }

  /** The channel's link that opens a chat with the bot carrying `payload`, when it has one (invite deep links). */
  startLink(channel: ChannelName, payload: string): string | undefined {
    return this.channels.get(channel)?.startLink?.(payload);
  }

  /** Add effect handlers (identity links, the aggregator, the outbox wrapper); replacing one needs `{ replace: true }`. */
  registerEffects(handlers: EffectHandlers, opts: { replace?: boolean } = {}): void {
    // Explicit: a second handler for one effect type (which would silently undo the first) must say so.
    for (const type of Object.keys(handlers)) {
      if (this.registered.has(type) && !opts.replace) {
        throw new Error(`effect "${type}" already has a registered handler; pass { replace: true } to override it on purpose`);
      }
      this.registered.add(type);
    }
    Object.assign(this.effects, handlers);
  }

  /** Add read-only lookups for the flows (later modules: the aggregator's `clusters`). */
  registerReads(reads: Partial<EngineReads>): void {
    Object.assign(this.reads, reads);
  }

  /** Metrics hooks for inbound and handling, and the delivery loop's (see {@link ConversationHost.observe}). */
  private observer: OpsObserver = {};

  /** Install metrics hooks (the composition root does, when the web server serves /metrics). */
  observe(observer: OpsObserver): void {
    this.observer = observer;
    this.delivery.observer = observer;
  }

  /** Journal the message, then schedule it. Resolves once it is durably journaled (safe to confirm upstream). */
  async accept(msg: InboundMessage): Promise<void> {
    if (this.stopping) throw new Error("host is stopping; message not accepted");
    this.scheduleNew([msg], [this.o.store.inbound.add(msg)]);
  }

  /**
   * Journal several messages in one transaction (all or none), then schedule the new ones in order. The first message
   * of each sender with nothing in hand is handled in that same transaction (one commit for the batch instead of one
   * per message); a photo (it needs a download), a sender's later messages and a message whose handling failed there
   * are handled afterwards, one at a time, as `accept` does.
   */
  async acceptAll(msgs: InboundMessage[]): Promise<void> {
    if (this.stopping) throw new Error("host is stopping; messages not accepted");
    if (!msgs.length) return;
    const { store } = this.o;
    const inline = new Map<InboundMessage, Handled | false>();
    let marksCommitted: (() => void) | undefined;
    const isNew = store.tx(() => {
      marksCommitted = this.delivery.writeMarks();
      const seen = new Set<string>();
      return msgs.map((msg) => {
        const key = `${msg.channel}:${msg.address}`;
        const inlineable =
          !seen.has(key) && !this.serial.has(key) && !msg.edited && !(msg.content.kind === "photo" && !msg.content.path) && msg.content.kind !== "document";
        if (inlineable) {
          try {
            const began = performance.now();
            // Journaled as handled, in the savepoint of its handling: one write for the journal instead of two.
            const handled = this.handleInTx(msg, msg.content);
            if (!handled) return false; // journaled before: a redelivery
            handled.tookMs = performance.now() - began;
            inline.set(msg, handled);
            seen.add(key);
            return true;
          } catch (err) {
            // Rolled back to its savepoint (its journal row too): journaled below and handled on its own, with the
            // usual retry. If SQLite dropped the whole transaction, nothing is journaled and the batch comes again.
            if (!store.db.inTransaction) throw err;
            this.o.log.warn({ err, channel: msg.channel, ref: messageRef(msg) }, "handling with the batch failed; handling it on its own");
          }
        }
        const fresh = store.inbound.add(msg);
        if (fresh) seen.add(key);
        return fresh;
      });
    });
    marksCommitted?.();
    msgs.forEach((msg, i) => {
      const handled = inline.get(msg);
      if (!isNew[i]) this.o.log.debug({ channel: msg.channel, ref: messageRef(msg) }, "duplicate inbound ignored");
      else this.observer.inbound?.(msg.channel);
      if (!isNew[i]) return;
      if (handled === undefined) this.schedule(msg);
      else if (handled) this.schedule(msg, () => this.finish(msg, handled));
    });
  }

  private scheduleNew(msgs: InboundMessage[], isNew: boolean[]): void {
    msgs.forEach((msg, i) => {
      if (isNew[i]) {
        this.observer.inbound?.(msg.channel);
        this.schedule(msg);
      } else this.o.log.debug({ channel: msg.channel, ref: messageRef(msg) }, "duplicate inbound ignored");
    });
  }

  /**
   * Send a message to a resident on the bot's own initiative (status change, duplicate hint), through the
   * identity they last spoke from. Returns false when they cannot be reached.
   */
  notify(residentId: number, msg: OutboundMessage, kind: OutboundKind = "notification"): boolean {
    const to = queueForResident(this.o.store, residentId, msg, kind, this.now());
    if (to) this.delivery.flush(to.channel, to.address);
    return to !== undefined;
  }

  /** Handle everything journaled but unhandled, and send every reply still pending (after a restart). */
  recover(): void {
    const pending = this.o.store.inbound.pending();
    if (pending.length) this.o.log.info({ count: pending.length }, "resuming journaled inbound messages");
    for (const msg of pending) this.schedule(msg);
    this.delivery.flushAll();
  }

  /** Resolves when all scheduled messages are handled and their replies sent (or parked for retry). */
  async idle(): Promise<void> {
    await this.serial.idle();
    await this.delivery.idle();
  }

  /** Stop intake and let the messages in hand finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.serial.idle();
    await this.delivery.stop();
  }

  private schedule(msg: InboundMessage, task = () => this.process(msg)): void {
    const key = `${msg.channel}:${msg.address}`;
    void this.serial.run(key, task).catch((err) => {
      this.o.log.error({ err, channel: msg.channel, ref: messageRef(msg) }, "inbound message failed; it stays journaled");
    });
  }

  private async process(msg: InboundMessage): Promise<void> {
    const { store, log } = this.o;
    const began = performance.now();
    let content = msg.content;
    if (content.kind === "photo" && !content.path) {
      // Skip the download for a redelivered photo; the transaction below is the real exactly-once guard.
      if (store.inbound.isProcessed(msg)) return;
      if (this.photoWanted(msg)) content = await this.fetchPhoto(msg, content.ref, content.caption);
    }
    if (content.kind === "document" && !content.path && !documentProblem(content)) {
      if (store.inbound.isProcessed(msg)) return;
      if (this.stepWants(msg, this.o.wantsDocument)) content = await this.fetchDocument(msg, content);
    }
    if (msg.edited) {
      await this.untilCommitted(msg, () => this.answerEdit(msg));
      this.delivery.flush(msg.channel, msg.address);
      return;
    }
    let handled: Handled | false | undefined;
    try {
      handled = await this.untilCommitted(msg, () => this.handleOnce(msg, content));
    } catch (err) {
      // A transient fault (or a rare ticket collision) usually passes on a second try.
      log.warn({ err, channel: msg.channel, ref: messageRef(msg) }, "handling failed; trying once more");
      try {
        handled = await this.untilCommitted(msg, () => this.handleOnce(msg, content));
      } catch (err2) {
        // A bug in a flow (not a busy database): the session is reset, the resident gets an apology.
        log.error({ err: err2, channel: msg.channel, ref: messageRef(msg) }, "handling failed twice; apologising and resetting the session");
        handled = await this.untilCommitted(msg, () => this.apologise(msg));
      }
    }
    if (!handled) return;
    handled.tookMs = performance.now() - began;
    await this.finish(msg, handled);
  }

  /** After the commit: the after-commit effects, then the replies. */
  private async finish(msg: InboundMessage, handled: Handled): Promise<void> {
    const { log } = this.o;
    if (handled.tookMs !== undefined) this.observer.handled?.(msg.channel, handled.tookMs);
    if (log.isLevelEnabled("debug")) log.debug({ channel: msg.channel, ref: messageRef(msg) }, "inbound handled");
    for (const { effect, ctx } of handled.after) await afterEffect(this.effects, effect, ctx);
    // An after-commit effect may have added rows (a recap file): then the delivery reads them itself.
    const ranAfter = handled.after.some(({ effect }) => this.effects[effect.type]?.after);
    this.delivery.flush(msg.channel, msg.address, ranAfter ? undefined : handled.pending);
  }

  /**
   * Run `attempt` until it commits. While another process holds the SQLite write lock (SQLITE_BUSY), it is tried
   * again (async pauses, the session untouched) for as long as this process runs; undefined = stopping, the
   * message stays journaled for the next start. Other errors are thrown.
   */
  private async untilCommitted<T>(msg: InboundMessage, attempt: () => Promise<T>): Promise<T | undefined> {
    for (;;) {
      try {
        return await attempt();
      } catch (err) {
        if (!isBusy(err)) throw err;
        if (this.stopping) return undefined;
        this.o.log.warn({ channel: msg.channel, ref: messageRef(msg) }, "database busy for long; the message stays journaled and is tried again");
      }
    }
  }

  /** Run the engine for one message and commit everything it decided in one transaction. */
  private async handleOnce(msg: InboundMessage, content: InboundMessage["content"]): Promise<Handled | false> {
    // busyTx is the transaction: the body needs no savepoint of its own here (two statements fewer per message).
    // The delivery's waiting "sent" marks ride along, first: an answer to a delivered prompt finds its session.
    const [handled, marksCommitted] = await this.o.store.busyTx(() => {
      const committed = this.delivery.writeMarks();
      return [this.handleBody(msg, content), committed] as const;
    }, this.busy);
    marksCommitted?.();
    return handled;
  }

  /**
   * Journal a message as handled and handle it, in a savepoint of the caller's transaction (a batch, see `acceptAll`).
   * False: it was journaled before.
   */
  private handleInTx(msg: InboundMessage, content: InboundMessage["content"]): Handled | false {
    return this.o.store.tx(() => this.handleBody(msg, content, true));
  }

  /**
   * Handle one message in the transaction in progress: the engine's decisions are written, not yet committed.
   * `journal`: the message is not journaled yet and is journaled here, as handled; otherwise its journal row is marked.
   */
  private handleBody(msg: InboundMessage, content: InboundMessage["content"], journal = false): Handled | false {
    const { store, log } = this.o;
    const now = this.now();
    const after: AfterCommit[] = [];
    if (!(journal ? store.inbound.addHandled(msg, now) : store.inbound.markProcessed(msg, now))) return false;
    const resident = store.residents.resolve(msg.channel, msg.address, {
      displayName: msg.displayName,
      altAddresses: msg.altAddresses,
      lang: this.o.defaultLang,
      now,
    });
    const grants = grantsOf(store, this.o.configGrants, resident.id, msg.channel, msg.address);
    const env: EngineEnv = {
      t: this.o.t,
      wilayah: this.o.wilayah,
      kelurahan: this.o.kelurahan,
      ...(this.o.timeZone ? { timeZone: this.o.timeZone } : {}),
      sessionTtlMs: this.o.sessionTtlMs,
      reads: this.reads,
      now,
      random: this.o.random ?? Math.random,
      actor: { channel: msg.channel, address: msg.address, roles: roleWords(grants), grants },
    };
    const stored = store.sessions.read(resident.id);
    const result = this.o.engine.handle({ session: stored?.state, sessionChecked: stored?.checked === true, resident, content }, env);
    // A stored PDF is tracked like a draft photo, so `hapus data` finds it while it is not sent.
    if ((content.kind === "photo" || content.kind === "document") && content.path) store.residents.recordDraftPhoto(resident.id, content.path, now);
    const ctx: EffectCtx = { store, residentId: resident.id, channel: msg.channel, address: msg.address, now, log };
    for (const effect of result.effects) {
      applyEffect(this.effects, effect, ctx);
      after.push({ effect, ctx });
    }
    const deleted = result.effects.some((e) => e.type === "resident.delete");
    if (!deleted) store.sessions.put(resident.id, result.session, now, { checked: true });
    const written = result.replies.map((reply) => store.outbound.addPending(msg.channel, msg.address, reply, "reply", now));
    // Known in this transaction, so the delivery does not query again for what was just written.
    return { after, pending: this.delivery.readPending(msg.channel, msg.address, written) };
  }

  /** Last resort after a bug: the message is marked handled, the resident gets an apology and starts again at the menu. */
  private apologise(msg: InboundMessage): Promise<Handled | false> {
    const { store } = this.o;
    const now = this.now();
    return store.busyTx(() => {
      if (!store.inbound.markProcessed(msg, now)) return false;
      const resident = store.residents.resolve(msg.channel, msg.address, { lang: this.o.defaultLang, now });
      store.sessions.clear(resident.id);
      store.outbound.add(msg.channel, msg.address, { text: this.o.t(resident.lang, "error-internal"), lang: resident.lang }, "reply", now);
      return { after: [] };
    }, this.busy);
  }

  /** An edited message is not processed; the first one in a chat gets a note asking to send it again. */
  private answerEdit(msg: InboundMessage): Promise<void> {
    const { store } = this.o;
    const now = this.now();
    return store.busyTx(() => {
      if (!store.inbound.markProcessed(msg, now)) return;
      const chat = createHash("sha256").update(`edit-notice\u0000${msg.channel}\u0000${msg.address}`).digest("hex");
      const first = store.db.prepare(`INSERT OR IGNORE INTO edit_notices (chat_hash, told_at) VALUES (?, ?)`).run(chat, now);
      if (first.changes === 0) return;
      const lang = store.residents.findByIdentity(msg.channel, msg.address)?.lang ?? this.o.defaultLang;
      store.outbound.add(msg.channel, msg.address, { text: this.o.t(lang, "message-edited-not-processed"), lang }, "reply", now);
    }, this.busy);
  }

  /** Download a photo only when the sender's current step asks for one. */
  private photoWanted(msg: InboundMessage): boolean {
    return this.stepWants(msg, this.o.wantsPhoto);
  }

  /** Whether the sender's current step takes the media `wants` is about (everything, when no predicate is given). */
  private stepWants(msg: InboundMessage, wants: ((session: unknown, now: number) => boolean) | undefined): boolean {
    const { store } = this.o;
    if (!wants) return true;
    let r = store.residents.findByIdentity(msg.channel, msg.address);
    for (const alt of msg.altAddresses ?? []) r ??= store.residents.findByIdentity(msg.channel, alt);
    if (!r?.registered) return false;
    return wants(store.sessions.get(r.id), this.now());
  }

  /** Download a PDF and check its bytes; the engine is told when it failed (no path) or was refused. */
  private async fetchDocument(msg: InboundMessage, doc: Extract<InboundMessage["content"], { kind: "document" }>): Promise<InboundMessage["content"]> {
    const ch = this.channels.get(msg.channel);
    try {
      if (!ch?.downloadMedia) throw new Error(`channel ${msg.channel} cannot download media`);
      const file = await ch.downloadMedia(doc.ref);
      const refused = pdfProblem(file.data);
      if (refused) return { ...doc, refused };
      return { ...doc, path: storeDocument(this.o.dataDir, msg.channel, messageRef(msg), file.data, this.now()) };
    } catch (err) {
      this.o.log.warn({ err, channel: msg.channel, ref: messageRef(msg) }, "document download failed");
      return doc;
    }
  }

  private async fetchPhoto(msg: InboundMessage, ref: string, caption?: string): Promise<InboundMessage["content"]> {
    const ch = this.channels.get(msg.channel);
    try {
      if (!ch?.downloadMedia) throw new Error(`channel ${msg.channel} cannot download media`);
      const file = await ch.downloadMedia(ref);
      const path = await storeMedia(this.o.dataDir, msg.channel, messageRef(msg), file, this.now());
      return { kind: "photo", ref, caption, path };
    } catch (err) {
      this.o.log.warn({ err, channel: msg.channel, ref: messageRef(msg) }, "photo download failed");
      // The engine sees a photo without a stored file and asks to send it again.
      return { kind: "photo", ref, caption };
    }
  }
}
