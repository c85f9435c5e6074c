/**
 * A fake Baileys socket for tests: the `ev.process` event surface, `sendMessage`, `user`, `end`,
 * `requestPairingCode`, `readMessages` and a LID->PN mapping, plus helpers to emit what WhatsApp would.
 * Also a fake clock for reconnect timers, and builders for upserted messages.
 */
import type { AnyMessageContent, BaileysEventMap, Contact, proto, WAMessage, WAMessageKey } from "@whiskeysockets/baileys";
import type { Clock, SocketFactory, SocketFactoryInput } from "../../src/channels/whatsapp/connection.js";
import type { WaSocketLike } from "../../src/channels/whatsapp/socket.js";

type Events = Partial<BaileysEventMap>;

/** The batched event emitter of Baileys 7 (`ev.process`); `emit` resolves once every handler has finished. */
export class FakeEv {
  private readonly handlers = new Set<(e: Events) => void | Promise<void>>();

  process(handler: (e: Events) => void | Promise<void>): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  async emit(events: Events): Promise<void> {
    for (const h of [...this.handlers]) await h(events);
  }

  get listeners(): number {
    return this.handlers.size;
  }
}

export interface SentRecord {
  jid: string;
  content: AnyMessageContent;
  key: WAMessageKey;
}

/** A close error shaped like Baileys' Boom errors (`output.statusCode`). */
export function closeError(code: number, message = `Connection closed (${code})`): Error {
  return Object.assign(new Error(message), { output: { statusCode: code } });
}

export class FakeWaSocket implements WaSocketLike {
  readonly ev = new FakeEv();
  user: Contact | undefined;
  readonly sent: SentRecord[] = [];
  readonly read: WAMessageKey[] = [];
  readonly pairingRequests: string[] = [];
  pairingCode = "ABCD1234";
  ended = false;
  /** When set, sendMessage throws this error (e.g. to simulate a dropped connection). */
  failSends: Error | undefined;
  readonly lidToPn = new Map<string, string>();
  readonly signalRepository = {
    lidMapping: { getPNForLID: async (lid: string) => this.lidToPn.get(lid) ?? null },
  };
  private seq = 0;

  constructor(readonly input: SocketFactoryInput) {}

  async sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined> {
    if (this.failSends) throw this.failSends;
    const key: WAMessageKey = { remoteJid: jid, fromMe: true, id: `BOT${++this.seq}${Math.random().toString(36).slice(2, 8)}` };
    this.sent.push({ jid, content, key });
    const message: proto.IMessage =
      "text" in content
        ? { conversation: content.text }
        : "document" in content
          ? { documentMessage: { fileName: (content as { fileName?: string }).fileName ?? "file", mimetype: (content as { mimetype: string }).mimetype } }
          : { conversation: "" };
    return { key, message } as WAMessage;
  }

  async end(error: Error | undefined): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.ev.emit({ "connection.update": { connection: "close", lastDisconnect: { error, date: new Date() } } });
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.pairingRequests.push(phoneNumber);
    return this.pairingCode;
  }

  async readMessages(keys: WAMessageKey[]): Promise<void> {
    this.read.push(...keys);
  }

  // --- what WhatsApp would do -------------------------------------------------------------------

  async open(me = "6289900000001:7@s.whatsapp.net"): Promise<void> {
    this.user = { id: me };
    await this.ev.emit({ "connection.update": { connection: "open" } });
  }

  async close(code: number): Promise<void> {
    this.ended = true;
    await this.ev.emit({ "connection.update": { connection: "close", lastDisconnect: { error: closeError(code), date: new Date() } } });
  }

  async qr(ref = "2@fake-qr-reference,abc,def,ghi"): Promise<void> {
    await this.ev.emit({ "connection.update": { qr: ref } });
  }

  async credsUpdate(update: BaileysEventMap["creds.update"]): Promise<void> {
    await this.ev.emit({ "creds.update": update });
  }

  async upsert(messages: WAMessage[], type: BaileysEventMap["messages.upsert"]["type"] = "notify"): Promise<void> {
    await this.ev.emit({ "messages.upsert": { messages, type } });
  }

  /** Text the bot sent to `jid`, in order. */
  textsTo(jid: string): string[] {
    return this.sent.filter((s) => s.jid === jid && "text" in s.content).map((s) => (s.content as { text: string }).text);
  }
}

/** Hands out a new FakeWaSocket per connection attempt; `throwNext` makes the next creation throw. */
export class FakeSocketFactory {
  readonly sockets: FakeWaSocket[] = [];
  throwNext: Error | undefined;

  readonly create: SocketFactory = (input) => {
    if (this.throwNext) {
      const err = this.throwNext;
      this.throwNext = undefined;
      throw err;
    }
    const s = new FakeWaSocket(input);
    this.sockets.push(s);
    return s;
  };

  get last(): FakeWaSocket {
    const s = this.sockets.at(-1);
    if (!s) throw new Error("no socket was created");
    return s;
  }
}

/** A manual clock: timers fire only when the test advances time. */
export class FakeClock implements Clock {
  private seq = 0;
  private readonly timers = new Map<number, { at: number; fn: () => void }>();

  constructor(public current = Date.UTC(2026, 10, 25, 3, 0, 0)) {}

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.timers.set(id, { at: this.current + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Delays of the timers still waiting, from now. */
  pending(): number[] {
    return [...this.timers.values()].map((t) => t.at - this.current).sort((a, b) => a - b);
  }

  /** Move time forward, firing due timers in order. */
  advance(ms: number): void {
    const until = this.current + ms;
    for (;;) {
      const next = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > until) break;
      this.timers.delete(next[0]);
      this.current = next[1].at;
      next[1].fn();
    }
    this.current = until;
  }
}

// --- message builders ---------------------------------------------------------------------------

let counter = 0;
const nextId = () => `3EB0${(++counter).toString(16).toUpperCase().padStart(8, "0")}`;

export interface FromOpts {
  id?: string;
  /** The alternative address WhatsApp gives (PN for a LID chat, or LID for a PN chat). */
  alt?: string;
  pushName?: string;
  fromMe?: boolean;
  participant?: string;
}

function base(from: string, o: FromOpts): Pick<WAMessage, "key" | "pushName" | "messageTimestamp"> {
  return {
    key: {
      remoteJid: from,
      fromMe: o.fromMe ?? false,
      id: o.id ?? nextId(),
      ...(o.alt ? { remoteJidAlt: o.alt } : {}),
      ...(o.participant ? { participant: o.participant } : {}),
    },
    pushName: o.pushName ?? "Warga",
    messageTimestamp: 1_764_039_600,
  };
}

export const wa = {
  text: (from: string, text: string, o: FromOpts = {}): WAMessage => ({ ...base(from, o), message: { conversation: text } }),
  extendedText: (from: string, text: string, o: FromOpts & { quoted?: string } = {}): WAMessage => ({
    ...base(from, o),
    message: {
      extendedTextMessage: {
        text,
        ...(o.quoted ? { contextInfo: { stanzaId: "BOT1", quotedMessage: { conversation: o.quoted } } } : {}),
      },
    },
  }),
  image: (from: string, caption: string | undefined, o: FromOpts = {}): WAMessage => ({
    ...base(from, o),
    message: {
      imageMessage: {
        mimetype: "image/jpeg",
        url: "https://mmg.whatsapp.net/fake",
        directPath: "/v/fake",
        mediaKey: Buffer.from("0123456789abcdef0123456789abcdef"),
        jpegThumbnail: Buffer.alloc(64, 1),
        ...(caption ? { caption } : {}),
      },
    },
  }),
  location: (from: string, lat: number, lon: number, o: FromOpts & { name?: string } = {}): WAMessage => ({
    ...base(from, o),
    message: { locationMessage: { degreesLatitude: lat, degreesLongitude: lon, ...(o.name ? { name: o.name } : {}) } },
  }),
  sticker: (from: string, o: FromOpts = {}): WAMessage => ({ ...base(from, o), message: { stickerMessage: { mimetype: "image/webp" } } }),
  voice: (from: string, o: FromOpts = {}): WAMessage => ({ ...base(from, o), message: { audioMessage: { ptt: true, seconds: 3 } } }),
  raw: (from: string, message: proto.IMessage | null, o: FromOpts = {}): WAMessage => ({ ...base(from, o), message }),
};
