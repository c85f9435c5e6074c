/**
 * The WhatsApp channel adapter (Baileys): turns upserted messages into InboundMessages, renders replies as
 * numbered-list text, sends documents as documents, and paces messages the bot sends on its own initiative.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { IMAGE_FILE_MIME, MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES } from "../../core/media-limits.js";
import { downloadMediaMessage, isLidUser, toNumber, type BaileysEventMap, type WAMessage } from "@whiskeysockets/baileys";
import type { Lang } from "../../core/domain.js";
import type { Logger } from "../../core/logger.js";
import type { InboundMessage, OutboundMessage } from "../../core/messages.js";
import type { ChannelAdapter, ChannelHealth, InboundSink, MediaFile, SendMeta, SendResult } from "../../core/ports.js";
import type { Translate } from "../../i18n/fluent.js";
import type { Store } from "../../store/index.js";
import { systemClock, WhatsAppConnection, type Clock, type SocketFactory, type WaStatus } from "./connection.js";
import { baileysLogger } from "./baileys-logger.js";
import { GroupNotices } from "./group-notices.js";
import { decodeMediaRef, mapUpsertMessage } from "./inbound-mapper.js";
import { PacingGate } from "./pacing-gate.js";
import { renderTextParts } from "./render.js";
import { SentMessageStore } from "./sent-messages.js";
import { baileysSocketFactory, type WaSocketLike } from "./socket.js";

/** How long a chat waits after WhatsApp answered "rate-overlimit". */
const RATE_LIMIT_WAIT_MS = 60_000;

/** The configuration keys this channel reads (see src/config.ts). */
export interface WhatsAppConfig {
  dataDir: string;
  DEFAULT_LANG?: Lang;
  WHATSAPP_PAIRING_NUMBER?: string;
  WHATSAPP_MIN_DELAY_MS?: number;
  WHATSAPP_MAX_DELAY_MS?: number;
  WHATSAPP_HOURLY_CAP?: number;
}

/** Downloads the image of an inbound message (the default uses Baileys' downloadMediaMessage). */
export type MediaDownloader = (message: WAMessage, sock: WaSocketLike | undefined, log: Logger) => Promise<Buffer>;

export interface WhatsAppChannelOptions {
  store: Store;
  config: WhatsAppConfig;
  log: Logger;
  t: Translate;
  socketFactory?: SocketFactory;
  clock?: Clock;
  random?: () => number;
  downloadMedia?: MediaDownloader;
  /** Where the QR code / pairing code are printed (default stderr). */
  print?: (text: string) => void;
  /** Reconnect backoff (defaults: 1 s doubling up to 5 min). */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Called each time the connection opens; wire to `host.delivery.flushAll()` so messages held while offline go out at once. */
  onOpen?: () => void;
}

/** How long to wait before asking again when the socket is not open. */
const NOT_CONNECTED_RETRY_MS = 5_000;
/** A message WhatsApp replays after an outage older than this is stale: logged and not answered. */
const OFFLINE_REPLAY_MAX_AGE_MS = 14 * 24 * 3_600_000;
/** Sent messages older than this are no longer kept for getMessage. */
const SENT_RETENTION_MS = 7 * 24 * 3_600_000;
/** How often sending also drops the sent messages past retention (the process may run for months). */
const SENT_PRUNE_EVERY_MS = 3_600_000;
/**
 * Pauses before journaling a message again when the journal insert failed (SQLITE_BUSY past busy_timeout):
 * Baileys has already acknowledged the message, so giving up loses it. Five tries over about 9 s.
 */
const ACCEPT_RETRY_DELAYS_MS = [600, 1_200, 2_400, 4_800];

const defaultDownloader: MediaDownloader = async (message, sock, log) =>
  downloadMediaMessage(
    message,
    "buffer",
    {},
    sock?.updateMediaMessage
      ? { reuploadRequest: (m) => sock.updateMediaMessage!(m), logger: baileysLogger(log) }
      : undefined,
  );

function extOf(mime: string | undefined): string {
  const sub = mime?.split(";")[0]?.split("/")[1]?.toLowerCase();
  if (!sub) return "jpg";
  return sub === "jpeg" ? "jpg" : sub;
}

export class WhatsAppChannel implements ChannelAdapter {
  readonly name = "whatsapp" as const;
  private sink: InboundSink | undefined;
  private readonly connection: WhatsAppConnection;
  private readonly sent: SentMessageStore;
  private readonly groups: GroupNotices;
  private readonly pacing: PacingGate;
  private readonly clock: Clock;
  private readonly defaultLang: Lang;
  /** Upsert batches being handled: stop() waits for them, since WhatsApp has already been told they arrived. */
  private readonly batches = new Set<Promise<void>>();
  private sentPrunedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly o: WhatsAppChannelOptions) {
    const { store, config } = o;
    this.clock = o.clock ?? systemClock;
    this.defaultLang = config.DEFAULT_LANG ?? "id";
    this.sent = new SentMessageStore(store.db);
    this.groups = new GroupNotices(store.db);
    this.pacing = new PacingGate(store.db, {
      minDelayMs: config.WHATSAPP_MIN_DELAY_MS ?? 4000,
      maxDelayMs: config.WHATSAPP_MAX_DELAY_MS ?? 9000,
      hourlyCap: config.WHATSAPP_HOURLY_CAP ?? 60,
      random: o.random,
    });
    this.connection = new WhatsAppConnection({
      db: store.db,
      log: o.log,
      socketFactory: o.socketFactory ?? baileysSocketFactory,
      clock: this.clock,
      random: o.random,
      pairingNumber: config.WHATSAPP_PAIRING_NUMBER,
      print: o.print,
      backoff: o.backoff,
      getMessage: (key) => this.sent.get(key),
      onUpsert: (upsert, sock) => {
        const batch = this.onUpsert(upsert, sock).finally(() => this.batches.delete(batch));
        this.batches.add(batch);
        return batch;
      },
      onOpen: o.onOpen,
    });
  }

  /** Connect in the background; never throws when WhatsApp cannot be reached (it keeps retrying). */
  async start(sink: InboundSink): Promise<void> {
    this.sink = sink;
    this.pruneSent(this.clock.now());
    this.connection.start();
  }

  /** Close the socket, then journal the rest of any batch in hand (Baileys acknowledges messages before handing them over). */
  async stop(): Promise<void> {
    await this.connection.stop();
    await Promise.all(this.batches);
    this.sink = undefined;
  }

  /** Intake state for /readyz: connected, linking (QR or pairing code shown), connecting, or stopped, with the reason. */
  health(): ChannelHealth {
    const { state } = this.connection.status();
    if (state === "open") return { state: "connected", ready: true };
    if (state === "waiting-for-link") return { state: "linking", ready: false, reason: "whatsapp waits to be linked (QR code or pairing code)" };
    if (state === "connecting" || state === "reconnecting") return { state: "connecting", ready: false, reason: `whatsapp ${state}` };
    return { state: "stopped", ready: false, reason: `whatsapp ${state}` };
  }

  /** Connection state for logs and the admin `/status-wa` view. */
  status(): WaStatus & { pacedLastHour: number; hourlyCap: number } {
    return {
      ...this.connection.status(),
      pacedLastHour: this.pacing.sentLastHour(this.clock.now()),
      hourlyCap: this.pacing.hourlyCap,
    };
  }

  /**
   * Send one outbox message. Replies go at once; notifications and broadcasts pass the shared pacing gate.
   * While the socket is down, or the gate says wait, the result is `deferred` (not a failed attempt).
   * The parts (text split at the safe limit, then the document) go in order; `meta.skipParts` of them were
   * delivered by an earlier attempt and are not sent again, and a failure reports `partsSent`.
   */
  async send(address: string, msg: OutboundMessage, meta?: SendMeta): Promise<SendResult> {
    const sock = this.connection.socket;
    if (!sock) {
      return { ok: false, permanent: false, deferred: true, reason: "whatsapp not connected", retryAfterMs: NOT_CONNECTED_RETRY_MS };
    }
    if (meta?.kind === "notification" || meta?.kind === "broadcast") {
      const gate = this.pacing.tryAcquire(this.clock.now());
      if (!gate.ok) return { ok: false, permanent: false, deferred: true, reason: `paced (${gate.reason})`, retryAfterMs: gate.waitMs };
    }
    const lang = msg.lang ?? this.o.store.residents.findByIdentity("whatsapp", address)?.lang ?? this.defaultLang;
    const skip = Math.max(0, meta?.skipParts ?? 0);
    // Parts the recipient has: the skipped ones, then each one sent here.
    let delivered = skip;
    try {
      let lastId: string | undefined;
      const parts = renderTextParts(msg, this.o.t(lang, "whatsapp-reply-with-number")).filter((p) => p.trim() !== "");
      // The text goes first, then the document with its caption.
      const doc = msg.document;
      let data: Buffer | undefined;
      if (doc && parts.length >= skip) {
        const file = path.isAbsolute(doc.path) ? doc.path : path.join(this.o.config.dataDir, doc.path);
        data = await readFile(file);
      }
      for (const [i, text] of parts.entries()) {
        if (i < skip) continue;
        lastId = await this.sendOne(sock, address, { text });
        delivered = i + 1;
        if (delivered < parts.length + (doc ? 1 : 0)) meta?.onPartDelivered?.(delivered);
      }
      if (doc && data) {
        lastId = await this.sendOne(sock, address, {
          document: data,
          mimetype: doc.mime,
          fileName: doc.filename,
          ...(doc.caption ? { caption: doc.caption } : {}),
        });
        delivered = parts.length + 1;
      }
      return { ok: true, ...(lastId ? { platformMessageId: lastId } : {}) };
    } catch (err) {
      this.o.log.warn({ err, channel: "whatsapp", partsSent: delivered }, "WhatsApp send failed");
      const reason = (err as Error).message ?? String(err);
      const parts = delivered > 0 ? { partsSent: delivered } : {};
      // WhatsApp's "rate-overlimit" (429) is a wait, as on Telegram; it names no retry-after.
      const status = (err as { output?: { statusCode?: unknown } }).output?.statusCode;
      if (status === 429 || /rate-overlimit/i.test(reason)) return { ok: false, permanent: false, rateLimited: true, reason, retryAfterMs: RATE_LIMIT_WAIT_MS, ...parts };
      return { ok: false, permanent: false, reason, ...parts };
    }
  }

  /** Download a photo or document referenced by an inbound message. */
  async downloadMedia(ref: string): Promise<MediaFile> {
    const message = decodeMediaRef(ref);
    const file = message.message?.documentMessage;
    // A picture sent as a file is downloaded as a photo (the photo cap), a PDF as a document.
    const doc = file && !IMAGE_FILE_MIME.test(file.mimetype ?? "") ? file : undefined;
    const declared = toNumber(file?.fileLength ?? message.message?.imageMessage?.fileLength ?? 0);
    const cap = doc ? MAX_DOCUMENT_BYTES : MAX_PHOTO_BYTES;
    // Not even downloaded when the message already says it is too large.
    if (declared > cap) throw new Error(`${doc ? "document" : "image"} of ${declared} bytes is over the cap`);
    const data = await (this.o.downloadMedia ?? defaultDownloader)(message, this.connection.socket, this.o.log);
    const mime = doc ? (doc.mimetype ?? "application/octet-stream") : (file?.mimetype ?? message.message?.imageMessage?.mimetype ?? "image/jpeg");
    return { data, ext: extOf(mime), mime };
  }

  private async sendOne(sock: WaSocketLike, jid: string, content: Parameters<WaSocketLike["sendMessage"]>[1]): Promise<string | undefined> {
    const sent = await sock.sendMessage(jid, content);
    const now = this.clock.now();
    this.sent.remember(sent, now);
    if (now - this.sentPrunedAt >= SENT_PRUNE_EVERY_MS) this.pruneSent(now);
    return sent?.key.id ?? undefined;
  }

  private pruneSent(now: number): void {
    this.sent.pruneOlderThan(SENT_RETENTION_MS, now);
    this.sentPrunedAt = now;
  }

  private async onUpsert(upsert: BaileysEventMap["messages.upsert"], sock: WaSocketLike): Promise<void> {
    // "notify" is live traffic. "append" is, in Baileys 7, mostly what WhatsApp queued while the socket was down
    // (`node.attrs.offline`), already acknowledged; history comes on messaging-history.set, never here.
    const now = this.clock.now();
    for (const m of upsert.messages) {
      if (upsert.type === "append" && now - toNumber(m.messageTimestamp) * 1000 > OFFLINE_REPLAY_MAX_AGE_MS) {
        this.o.log.debug("WhatsApp replayed a stale message; not answered");
        continue;
      }
      try {
        await this.handleOne(m, sock);
      } catch (err) {
        this.o.log.error({ err, channel: "whatsapp" }, "could not take a WhatsApp message");
      }
    }
  }

  private async handleOne(m: WAMessage, sock: WaSocketLike): Promise<void> {
    const now = this.clock.now();
    const knownPn = await this.pnForLid(m, sock);
    const mapped = mapUpsertMessage(m, now, knownPn);
    if (mapped.kind === "skip") {
      this.o.log.debug({ reason: mapped.reason }, "WhatsApp message skipped");
      return;
    }
    if (mapped.kind === "group") {
      if (this.groups.claim(mapped.groupJid, now)) {
        this.o.log.info("WhatsApp group message: telling the group once to message the bot directly");
        await this.sendOne(sock, mapped.groupJid, { text: this.o.t(this.defaultLang, "whatsapp-group-notice") });
      }
      return;
    }
    if (!this.sink) return;
    await this.acceptWithRetry(this.sink, mapped.msg);
    try {
      await sock.readMessages?.([m.key]);
    } catch (err) {
      this.o.log.debug({ err }, "could not send a read receipt");
    }
  }

  /** Journal a message, trying again with backoff when the sink throws; the last error is rethrown. */
  private async acceptWithRetry(sink: InboundSink, msg: InboundMessage): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await sink.accept(msg);
        return;
      } catch (err) {
        const delay = ACCEPT_RETRY_DELAYS_MS[attempt];
        if (delay === undefined) throw err;
        this.o.log.warn({ err, channel: "whatsapp", attempt: attempt + 1, retryInMs: delay }, "could not journal a WhatsApp message; retrying");
        await new Promise<void>((resolve) => this.clock.setTimeout(resolve, delay));
      }
    }
  }

  /** When a message comes only with a LID, ask the library's LID->PN mapping for the phone-number JID. */
  private async pnForLid(m: WAMessage, sock: WaSocketLike): Promise<string | undefined> {
    const { remoteJid, remoteJidAlt } = m.key;
    if (!remoteJid || remoteJidAlt || !isLidUser(remoteJid)) return undefined;
    try {
      return (await sock.signalRepository?.lidMapping?.getPNForLID(remoteJid)) ?? undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * Build the WhatsApp channel. Wire it in the composition root when `WHATSAPP_ENABLED=true`:
 *
 * @example
 * const wa = createWhatsAppChannel({ store, config, log, t: i18n.t });
 * host.addChannel(wa);
 * await wa.start(host);
 */
export function createWhatsAppChannel(o: WhatsAppChannelOptions): WhatsAppChannel {
  return new WhatsAppChannel(o);
}
