/**
 * The WhatsApp connection manager: links the number (QR in the terminal or an 8-character pairing code),
 * reconnects with exponential backoff and jitter on transient closes, and stops with a clear reason on
 * 401 (logged out: auth state cleared), 403 (banned) and 440 (replaced by another session).
 */
import type { AuthenticationState, BaileysEventMap, proto, SignalKeyStore, SocketConfig, WAMessageKey } from "@whiskeysockets/baileys";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import QRCode from "qrcode";
import type { Logger } from "../../core/logger.js";
import type { Db } from "../../store/db.js";
import { cachedSignalKeyStore, clearAuthState, useSqliteAuthState, type SqliteAuthState } from "./auth-state.js";
import { baileysLogger } from "./baileys-logger.js";
import type { WaSocketLike } from "./socket.js";

type ILogger = SocketConfig["logger"];

/** One connection attempt: its socket, the auth state it was built with, and whether a pairing code was asked. */
interface Attempt {
  sock: WaSocketLike;
  auth: SqliteAuthState;
  pairingRequested: boolean;
}

/** What the connection manager needs to build a socket; the default builds a real Baileys socket. */
export interface SocketFactoryInput {
  auth: AuthenticationState;
  logger: ILogger;
  getMessage: (key: WAMessageKey) => Promise<proto.IMessage | undefined>;
}
export type SocketFactory = (input: SocketFactoryInput) => WaSocketLike;

/** Time source and timers, injectable so tests can run reconnects on a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  // Not unref'd: while WhatsApp is the only channel, the reconnect timer is what keeps the process alive.
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export type WaState =
  | "idle"
  | "connecting"
  | "waiting-for-link"
  | "open"
  | "reconnecting"
  | "logged-out"
  | "banned"
  | "replaced"
  | "stopped";

export interface WaStatus {
  state: WaState;
  /** When the state was entered (ms). */
  since: number;
  /** Consecutive failed connection attempts (0 once open). */
  attempt: number;
  lastCode?: number;
  lastError?: string;
  nextRetryAt?: number;
  /** The linked account's JID once open. */
  me?: string;
}

/** Close codes after which reconnecting cannot help: the manager stops and says why. */
const FATAL_CODES: Record<number, { state: WaState; why: string }> = {
  401: {
    state: "logged-out",
    why: "WhatsApp logged this device out (401). The stored auth state was cleared; restart the bot and link the number again (QR or pairing code).",
  },
  403: {
    state: "banned",
    why: "WhatsApp refused the connection (403): the number is banned or restricted. Not reconnecting. Use another number, and keep notifications small (see docs/whatsapp.md).",
  },
  440: {
    state: "replaced",
    why: "Another session replaced this one (440): the same account was opened elsewhere. Not reconnecting; stop the other instance and restart this one.",
  },
};

export interface ConnectionOptions {
  db: Db;
  log: Logger;
  socketFactory: SocketFactory;
  clock?: Clock;
  random?: () => number;
  /** Link with a pairing code for this number instead of a QR code. */
  pairingNumber?: string;
  /** Where the QR code and pairing code are printed (default: stderr). */
  print?: (text: string) => void;
  /** Called for every `messages.upsert` event of the current socket. */
  onUpsert: (upsert: BaileysEventMap["messages.upsert"], sock: WaSocketLike) => Promise<void> | void;
  /** Lookup for `getMessage` (messages the bot sent). */
  getMessage: (key: WAMessageKey) => proto.IMessage | undefined;
  backoff?: { baseMs?: number; maxMs?: number };
  /** Called each time the connection opens. */
  onOpen?: () => void;
}

/** Turn "0812-3456-7890", "+62 812 3456 7890" or "6281234567890" into the digits Baileys wants (country code, no +). */
export function normalizePairingNumber(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const parsed = parsePhoneNumberFromString(raw, "ID");
  if (!parsed?.isPossible()) return undefined;
  return parsed.number.replace(/^\+/, "");
}

function closeCode(err: unknown): number | undefined {
  const code = (err as { output?: { statusCode?: unknown } } | undefined)?.output?.statusCode;
  return typeof code === "number" ? code : undefined;
}

export class WhatsAppConnection {
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly print: (text: string) => void;
  private sock: WaSocketLike | undefined;
  private open = false;
  private timer: unknown;
  private stopped = false;
  private readonly st: WaStatus;
  private readonly pairingNumber: string | undefined;
  /** One cached key store for every attempt (a new one per reconnect would leak its expiry timer). */
  private keys: SignalKeyStore | undefined;

  constructor(private readonly o: ConnectionOptions) {
    this.clock = o.clock ?? systemClock;
    this.random = o.random ?? Math.random;
    this.print = o.print ?? ((text) => void process.stderr.write(text.endsWith("\n") ? text : `${text}\n`));
    this.st = { state: "idle", since: this.clock.now(), attempt: 0 };
    this.pairingNumber = normalizePairingNumber(o.pairingNumber);
    if (o.pairingNumber && !this.pairingNumber) {
      o.log.error("WHATSAPP_PAIRING_NUMBER is not a valid phone number; falling back to the QR code");
    }
  }

  /** Connect (and keep reconnecting). Never throws: failures are logged and retried. */
  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Close the socket and cancel any pending reconnect. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    const sock = this.sock;
    this.sock = undefined;
    this.open = false;
    if (!["logged-out", "banned", "replaced"].includes(this.st.state)) this.setState("stopped");
    if (sock) {
      try {
        await sock.end(undefined);
      } catch (err) {
        this.o.log.debug({ err }, "error while closing the WhatsApp socket");
      }
    }
  }

  /** The socket, only while the connection is open. */
  get socket(): WaSocketLike | undefined {
    return this.open ? this.sock : undefined;
  }

  status(): WaStatus {
    return { ...this.st };
  }

  /** One line for logs and the admin status view. */
  statusLine(): string {
    const s = this.st;
    const parts = [`whatsapp: ${s.state}`, `since ${new Date(s.since).toISOString()}`];
    if (s.attempt) parts.push(`attempt ${s.attempt}`);
    if (s.lastCode !== undefined) parts.push(`last close code ${s.lastCode}`);
    if (s.nextRetryAt) parts.push(`next try ${new Date(s.nextRetryAt).toISOString()}`);
    return parts.join(", ");
  }

  private setState(state: WaState, extra: Partial<WaStatus> = {}): void {
    Object.assign(this.st, { state, since: this.clock.now(), nextRetryAt: undefined }, extra);
  }

  private connect(): void {
    if (this.stopped) return;
    this.timer = undefined;
    this.setState(this.st.attempt > 0 ? "reconnecting" : "connecting");
    let sock: WaSocketLike;
    let auth: SqliteAuthState;
    try {
      // Inside the try: this runs from a timer too, where a throw (unreadable creds row) would end the process.
      this.keys ??= cachedSignalKeyStore(this.o.db, this.o.log);
      auth = useSqliteAuthState(this.o.db, this.o.log, this.keys);
      sock = this.o.socketFactory({
        auth: auth.state,
        logger: baileysLogger(this.o.log),
        getMessage: async (key) => this.o.getMessage(key),
      });
    } catch (err) {
      this.onClose(undefined, err);
      return;
    }
    this.sock = sock;
    this.open = false;
    const attempt: Attempt = { sock, auth, pairingRequested: false };
    sock.ev.process(async (events) => {
      try {
        await this.onEvents(attempt, events);
      } catch (err) {
        // A listener that throws would become an unhandled rejection and end the process: log it instead.
        this.o.log.error({ err }, "WhatsApp event handling failed");
      }
    });
  }

  private async onEvents(attempt: Attempt, events: Partial<BaileysEventMap>): Promise<void> {
    const { sock, auth } = attempt;
    if (sock !== this.sock) return;
    const creds = events["creds.update"];
    if (creds) auth.saveCreds(creds);
    const update = events["connection.update"];
    if (update?.qr) {
      this.setState("waiting-for-link");
      if (this.pairingNumber && !auth.state.creds.registered && !attempt.pairingRequested) {
        attempt.pairingRequested = true;
        await this.requestPairing(sock, this.pairingNumber, update.qr);
      } else if (!this.pairingNumber) {
        await this.printQr(update.qr);
      }
    }
    if (update?.connection === "open") {
      this.open = true;
      this.setState("open", { attempt: 0, lastError: undefined, me: sock.user?.id });
      this.o.log.info("WhatsApp connected");
      this.o.onOpen?.();
    }
    if (update?.connection === "close") this.onClose(sock, update.lastDisconnect?.error);
    const upsert = events["messages.upsert"];
    if (upsert) await this.o.onUpsert(upsert, sock);
  }

  private async printQr(qr: string): Promise<void> {
    try {
      const art = await QRCode.toString(qr, { type: "terminal", small: true });
      this.o.log.info("WhatsApp is not linked yet: scan the QR code printed below (WhatsApp > Linked devices > Link a device)");
      this.print(art);
    } catch (err) {
      this.o.log.error({ err }, "could not render the WhatsApp QR code");
    }
  }

  private async requestPairing(sock: WaSocketLike, number: string, qr: string): Promise<void> {
    try {
      const code = await sock.requestPairingCode(number);
      const shown = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
      this.o.log.info("WhatsApp pairing code issued: on the phone open WhatsApp > Linked devices > Link a device > Link with phone number instead");
      this.print(`WhatsApp pairing code: ${shown}`);
    } catch (err) {
      this.o.log.warn({ err }, "could not get a WhatsApp pairing code; showing the QR code instead");
      await this.printQr(qr);
    }
  }

  private onClose(sock: WaSocketLike | undefined, err: unknown): void {
    if (sock && sock !== this.sock) return;
    this.sock = undefined;
    this.open = false;
    if (this.stopped) return;
    const code = closeCode(err);
    const message = err instanceof Error ? err.message : undefined;
    const fatal = code === undefined ? undefined : FATAL_CODES[code];
    if (fatal) {
      this.stopped = true;
      if (code === 401) {
        clearAuthState(this.o.db);
        this.keys = undefined;
      }
      this.setState(fatal.state, { lastCode: code, lastError: message });
      this.o.log.error({ code }, fatal.why);
      return;
    }
    const attempt = this.st.attempt + 1;
    const delay = this.backoffMs(attempt);
    this.setState("reconnecting", { attempt, lastCode: code, lastError: message, nextRetryAt: this.clock.now() + delay });
    this.o.log.warn(
      { code, attempt, retryInMs: delay, reason: message },
      code === 515 ? "WhatsApp asked for a restart; reconnecting" : "WhatsApp cannot connect; retrying with backoff",
    );
    this.timer = this.clock.setTimeout(() => this.connect(), delay);
  }

  /** Exponential backoff with "equal jitter": half fixed, half random, capped. */
  backoffMs(attempt: number): number {
    const base = this.o.backoff?.baseMs ?? 1000;
    const max = this.o.backoff?.maxMs ?? 300_000;
    const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + this.random() * (ceiling / 2));
  }
}
