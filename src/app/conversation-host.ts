/**
 * The conversation host: journals inbound messages, runs the engine for each one exactly once
 * (per sender in order, different senders concurrently), commits session + effects + replies in one
 * transaction, and hands the replies to the delivery loop.
 */
import type { Logger } from "../core/logger.js";
import type { ChannelAdapter, InboundSink } from "../core/ports.js";
import type { ChannelName, InboundMessage, OutboundMessage } from "../core/messages.js";
import type { Lang, Wilayah } from "../core/domain.js";
import type { Engine } from "../engine/engine.js";
import type { EngineEnv, EngineReads } from "../engine/types.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { KeyedSerial } from "./keyed-serial.js";
import { storeMedia } from "./media.js";
import { messageRef } from "./message-ref.js";
import { afterEffect, applyEffect, coreEffectHandlers, type EffectCtx, type EffectHandlers } from "./effects.js";
import { Delivery, type PendingRead } from "./delivery.js";
import { queueForResident } from "./notify.js";
import type { OutboundKind } from "../store/outbound.js";

export interface HostOptions {
  store: Store;
  engine: Engine;
  t: Translate;
  wilayah: Wilayah;
  kelurahan: string;
  dataDir: string;
  sessionTtlMs: number;
  defaultLang: Lang;
  log: Logger;
  /** Roles of a sender (e.g. "lpmk" for LPMK_ADMINS). */
  rolesOf?: (channel: ChannelName, address: string) => ReadonlySet<string>;
  now?: () => number;
  random?: () => number;
}

type AfterCommit = { effect: Parameters<typeof afterEffect>[1]; ctx: EffectCtx };
type Handled = { after: AfterCommit[]; pending?: PendingRead };

export class ConversationHost implements InboundSink {
  private readonly serial = new KeyedSerial();
  private readonly channels = new Map<ChannelName, ChannelAdapter>();
  private readonly effects: EffectHandlers = { ...coreEffectHandlers };
  private readonly reads: EngineReads;
  readonly delivery: Delivery;
  private stopping = false;
  private readonly now: () => number;

  constructor(private readonly o: HostOptions) {
    this.now = o.now ?? Date.now;
    const a = o.store.aspirations;
    this.reads = {
      aspirationsOf: (id) => a.listByResident(id),
      aspirationByTicket: (tk) => a.byTicket(tk),
      ticketExists: (tk) => a.ticketExists(tk),
    };
    this.delivery = new Delivery({ store: o.store, log: o.log, channels: this.channels, now: this.now });
  }

  /** Register a channel so replies can be sent through it. */
  addChannel(ch: ChannelAdapter): void {
    this.channels.set(ch.name, ch);
  }

  /** Add or replace effect handlers (later modules: outbox, recap, broadcast). */
  registerEffects(handlers: EffectHandlers): void {
    Object.assign(this.effects, handlers);
  }

  /** Add read-only lookups for the flows (later modules: the aggregator's `clusters`). */
  registerReads(reads: Partial<EngineReads>): void {
    Object.assign(this.reads, reads);
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
    const isNew = store.tx(() => {
      const fresh = store.inbound.addAll(msgs);
      const seen = new Set<string>();
      msgs.forEach((msg, i) => {
        const key = `${msg.channel}:${msg.address}`;
        if (!fresh[i] || seen.has(key)) return;
        seen.add(key);
        if (this.serial.has(key) || (msg.content.kind === "photo" && !msg.content.path)) return;
        try {
          inline.set(msg, this.handleOnce(msg, msg.content));
        } catch (err) {
          // Rolled back to its savepoint; handled again below with the usual retry. If SQLite dropped the whole
          // transaction, nothing is journaled and the batch comes again.
          if (!store.db.inTransaction) throw err;
          this.o.log.warn({ err, channel: msg.channel, ref: messageRef(msg) }, "handling with the batch failed; handling it on its own");
        }
      });
      return fresh;
    });
    msgs.forEach((msg, i) => {
      const handled = inline.get(msg);
      if (!isNew[i]) this.o.log.debug({ channel: msg.channel, ref: messageRef(msg) }, "duplicate inbound ignored");
      else if (handled === undefined) this.schedule(msg);
      else if (handled) this.schedule(msg, () => this.finish(msg, handled));
    });
  }

  private scheduleNew(msgs: InboundMessage[], isNew: boolean[]): void {
    msgs.forEach((msg, i) => {
      if (isNew[i]) this.schedule(msg);
      else this.o.log.debug({ channel: msg.channel, ref: messageRef(msg) }, "duplicate inbound ignored");
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
    let content = msg.content;
    if (content.kind === "photo" && !content.path) {
      // Skip the download for a redelivered photo; the transaction below is the real exactly-once guard.
      if (store.inbound.isProcessed(msg)) return;
      content = await this.fetchPhoto(msg, content.ref, content.caption);
    }
    let handled: Handled | false;
    try {
      handled = this.handleOnce(msg, content);
    } catch (err) {
      // A transient fault (or a rare ticket collision) usually passes on a second try.
      log.warn({ err, channel: msg.channel, ref: messageRef(msg) }, "handling failed; trying once more");
      try {
        handled = this.handleOnce(msg, content);
      } catch (err2) {
        log.error({ err: err2, channel: msg.channel, ref: messageRef(msg) }, "handling failed twice; apologising and resetting the session");
        handled = this.apologise(msg);
      }
    }
    if (handled) await this.finish(msg, handled);
  }

  /** After the commit: the after-commit effects, then the replies. */
  private async finish(msg: InboundMessage, handled: Handled): Promise<void> {
    const { log } = this.o;
    if (log.isLevelEnabled("debug")) log.debug({ channel: msg.channel, ref: messageRef(msg) }, "inbound handled");
    for (const { effect, ctx } of handled.after) await afterEffect(this.effects, effect, ctx);
    // An after-commit effect may have added rows (a recap file): then the delivery reads them itself.
    const ranAfter = handled.after.some(({ effect }) => this.effects[effect.type]?.after);
    this.delivery.flush(msg.channel, msg.address, ranAfter ? undefined : handled.pending);
  }

  /** Run the engine for one message and commit everything it decided in one transaction. */
  private handleOnce(msg: InboundMessage, content: InboundMessage["content"]): Handled | false {
    const { store, log } = this.o;
    const now = this.now();
    const after: AfterCommit[] = [];
    return store.tx(() => {
      if (!store.inbound.markProcessed(msg, now)) return false;
      const resident = store.residents.resolve(msg.channel, msg.address, {
        displayName: msg.displayName,
        altAddresses: msg.altAddresses,
        lang: this.o.defaultLang,
        now,
      });
      const env: EngineEnv = {
        t: this.o.t,
        wilayah: this.o.wilayah,
        kelurahan: this.o.kelurahan,
        sessionTtlMs: this.o.sessionTtlMs,
        reads: this.reads,
        now,
        random: this.o.random ?? Math.random,
        actor: { channel: msg.channel, address: msg.address, roles: this.o.rolesOf?.(msg.channel, msg.address) ?? new Set() },
      };
      const result = this.o.engine.handle({ session: store.sessions.get(resident.id), resident, content }, env);
      const ctx: EffectCtx = { store, residentId: resident.id, channel: msg.channel, address: msg.address, now, log };
      for (const effect of result.effects) {
        applyEffect(this.effects, effect, ctx);
        after.push({ effect, ctx });
      }
      const deleted = result.effects.some((e) => e.type === "resident.delete");
      if (!deleted) store.sessions.put(resident.id, result.session, now);
      for (const reply of result.replies) store.outbound.add(msg.channel, msg.address, reply, "reply", now);
      // Read back in this transaction, so the delivery does not query again for what was just written.
      return { after, pending: this.delivery.readPending(msg.channel, msg.address) };
    });
  }

  /** Last resort after a bug: the message is marked handled, the resident gets an apology and starts again at the menu. */
  private apologise(msg: InboundMessage): Handled | false {
    const { store } = this.o;
    const now = this.now();
    return store.tx(() => {
      if (!store.inbound.markProcessed(msg, now)) return false;
      const resident = store.residents.resolve(msg.channel, msg.address, { lang: this.o.defaultLang, now });
      store.sessions.clear(resident.id);
      store.outbound.add(msg.channel, msg.address, { text: this.o.t(resident.lang, "error-internal"), lang: resident.lang }, "reply", now);
      return { after: [] };
    });
  }

  private async fetchPhoto(msg: InboundMessage, ref: string, caption?: string): Promise<InboundMessage["content"]> {
    const ch = this.channels.get(msg.channel);
    try {
      if (!ch?.downloadMedia) throw new Error(`channel ${msg.channel} cannot download media`);
      const file = await ch.downloadMedia(ref);
      const path = storeMedia(this.o.dataDir, msg.channel, messageRef(msg), file, this.now());
      return { kind: "photo", ref, caption, path };
    } catch (err) {
      this.o.log.warn({ err, channel: msg.channel, ref: messageRef(msg) }, "photo download failed");
      // The engine sees a photo without a stored file and asks to send it again.
      return { kind: "photo", ref, caption };
    }
  }
}
