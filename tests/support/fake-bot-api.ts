/**
 * A fake Telegram Bot API HTTP server for tests and benchmarks: real grammY talks to it over HTTP
 * (`new Bot(token, { client: { apiRoot: server.apiRoot } })`). It serves long-polling getUpdates with
 * Telegram's offset semantics, records what the bot sends, serves files, and injects failures.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { InlineKeyboardMarkup, Message, MessageEntity, Update, User } from "grammy/types";
import { parseMultipart, type MultipartFile } from "./fake-bot-api-multipart.js";

export interface RecordedCall {
  seq: number;
  method: string;
  params: Record<string, unknown>;
  /** Uploaded files by field name (the `attach://` reference resolved). */
  files: Record<string, MultipartFile>;
  /** The injected fault or error answered, if the call failed. */
  fault?: Fault;
  /** The result answered, if the call succeeded. */
  result?: unknown;
}

export type Fault =
  | { kind: "429"; retryAfter: number }
  | { kind: "5xx"; status?: number }
  | { kind: "403"; description?: string }
  | { kind: "400"; description: string }
  /** Any other error code (401 bad token, 409 conflict...). */
  | { kind: "error"; code: number; description: string }
  /** Destroy the socket without an answer (grammY sees a network error). */
  | { kind: "drop" };

interface FaultRule {
  method: string;
  remaining: number;
  fault: Fault;
  chatId?: number;
  /** For a storm: the rule holds while this is true (then it is dropped). */
  while?: () => boolean;
}

/**
 * A flood limit like Telegram's: more than `perChatPerSecond` sends to one chat, or more than `perSecond` in
 * total, within any sliding second is answered 429 with the retry_after that frees a slot.
 */
export interface FloodLimit {
  perSecond: number;
  perChatPerSecond: number;
}

export interface FakeFile {
  fileId: string;
  path: string;
  data: Buffer;
}

export interface FakeBotApiOptions {
  token?: string;
  /** Cap on how long a getUpdates long poll is held, whatever timeout the client asks (default: the asked timeout). */
  maxPollMs?: number;
}

/** Methods whose `chat_id` is a message recipient; `messagesTo` returns these. */
const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto"]);

export class FakeBotApi {
  readonly token: string;
  readonly botUser: User = { id: 7_000_000, is_bot: true, first_name: "Rembug", username: "rembug_test_bot" };
  readonly calls: RecordedCall[] = [];
  private server?: Server;
  private port = 0;
  private seq = 0;
  private nextUpdateId = 1;
  private queue: Update[] = [];
  private readonly delivered = new Map<number, Update>();
  private pollWaiters = new Set<() => void>();
  private callWaiters = new Set<() => void>();
  private readonly faults: FaultRule[] = [];
  private readonly chats = new Map<number, Map<number, Message>>();
  private readonly nextMessageId = new Map<number, number>();
  private readonly files = new Map<string, FakeFile>();
  private readonly sockets = new Set<Socket>();
  private fileSeq = 0;
  /** Called for every recorded call (benchmarks count replies with it). */
  onCall?: (call: RecordedCall) => void;
  /** Number of getUpdates requests answered (for tests of the polling loop). */
  getUpdatesCount = 0;
  /** Enforce a flood limit on send methods (429s it answers are recorded as faults). */
  flood?: FloodLimit;
  private readonly sendTimes: Array<{ at: number; chatId: number }> = [];
  /** Send requests received and not yet answered (in flight), per method call. */
  inFlightSends = 0;
  /** When each successful send request arrived and was answered (ms, local clock). */
  readonly sendTimings: Array<{ receivedAt: number; answeredAt?: number }> = [];
  /** Delay every send method's answer by this many ms (sends stay in flight meanwhile). */
  sendDelayMs = 0;
  /** The webhook set by setWebhook (cleared by deleteWebhook); while set, getUpdates answers 409 as Telegram does. */
  webhook: { url: string; secretToken?: string; allowedUpdates?: string[] } | undefined;

  constructor(private readonly opts: FakeBotApiOptions = {}) {
    this.token = opts.token ?? "123456:TEST-token";
  }

  /** Start listening on 127.0.0.1 on a free port. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) this.json(res, 500, { ok: false, error_code: 500, description: String(err) });
      });
    });
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const w of this.pollWaiters) w();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  // ---------------------------------------------------------------- updates

  /** Queue a raw update (its update_id is assigned). Returns the update_id. */
  enqueue(update: Record<string, unknown>): number {
    const u = { ...update, update_id: this.nextUpdateId++ } as unknown as Update;
    this.queue.push(u);
    this.wakePollers();
    return u.update_id;
  }

  /**
   * Deliver an update again, as Telegram does when the confirming getUpdates never arrived.
   * Only a client polling without an offset (a restarted bot) sees it.
   */
  redeliver(updateId: number): void {
    const u = this.delivered.get(updateId) ?? this.queue.find((q) => q.update_id === updateId);
    if (!u) throw new Error(`update ${updateId} was never queued`);
    if (!this.queue.some((q) => q.update_id === updateId)) {
      this.queue.push(u);
      this.queue.sort((a, b) => a.update_id - b.update_id);
    }
    this.wakePollers();
  }

  /** getUpdates requests being held open right now. */
  get openPolls(): number {
    return this.pollWaiters.size;
  }

  /** Updates queued and not yet confirmed by an offset. */
  get unconfirmed(): number[] {
    return this.queue.map((u) => u.update_id);
  }

  text(chatId: number, text: string, opts: { firstName?: string } = {}): number {
    const m = this.userMessage(chatId, opts.firstName);
    const cmd = /^\/\S+/.exec(text);
    return this.enqueue({
      message: {
        ...m,
        text,
        ...(cmd ? { entities: [{ type: "bot_command" as const, offset: 0, length: cmd[0].length }] } : {}),
      } as Message,
    });
  }

  command(chatId: number, command: string, args?: string): number {
    return this.text(chatId, `/${command}${args ? ` ${args}` : ""}`);
  }

  /** A text message in a group chat (not private). */
  groupText(groupId: number, fromId: number, text: string): number {
    return this.enqueue({
      message: {
        message_id: this.allocMessageId(groupId),
        date: now(),
        chat: { id: groupId, type: "group", title: "Grup RW" },
        from: this.user(fromId),
        text,
      } as Message,
    });
  }

  editedText(chatId: number, messageId: number, text: string): number {
    return this.enqueue({ edited_message: { ...this.userMessage(chatId), message_id: messageId, edit_date: now(), text } as Message });
  }

  /** A button press with raw callback data on a message the bot sent (or an inaccessible message). */
  callback(chatId: number, data: string, messageId?: number): number {
    const msg = messageId !== undefined ? this.chats.get(chatId)?.get(messageId) : undefined;
    return this.enqueue({
      callback_query: {
        id: `cq${this.seq++}-${chatId}`,
        from: this.user(chatId),
        chat_instance: `ci${chatId}`,
        data,
        ...(msg ? { message: structuredClone(msg) } : messageId !== undefined ? { message: { chat: this.privateChat(chatId), message_id: messageId, date: 0 } } : {}),
      },
    });
  }

  /**
   * Press the button labelled `label` on the latest message to `chatId` that shows it
   * (or on message `messageId`). Throws when no such button exists.
   */
  press(chatId: number, label: string, messageId?: number): number {
    const candidates = [...(this.chats.get(chatId)?.values() ?? [])].reverse();
    for (const m of candidates) {
      if (messageId !== undefined && m.message_id !== messageId) continue;
      const btn = buttonsOf(m).find((b) => b.text === label);
      if (btn) return this.callback(chatId, btn.callback_data, m.message_id);
    }
    throw new Error(`no button "${label}" in chat ${chatId}`);
  }

  /** A photo; `data` is the largest size. Returns the update id. */
  photo(chatId: number, data: Buffer, opts: { caption?: string; ext?: string } = {}): number {
    const sizes = [90, 320, 1280].map((w, i) => {
      const f = this.addFile(i === 2 ? data : data.subarray(0, Math.min(data.length, 16 * (i + 1))), opts.ext ?? "jpg", "photos");
      return { file_id: f.fileId, file_unique_id: `u${f.fileId}`, width: w, height: Math.round(w * 0.75), file_size: f.data.length };
    });
    return this.enqueue({ message: { ...this.userMessage(chatId), photo: sizes, ...(opts.caption ? { caption: opts.caption } : {}) } as Message });
  }

  location(chatId: number, latitude: number, longitude: number): number {
    return this.enqueue({ message: { ...this.userMessage(chatId), location: { latitude, longitude } } as Message });
  }

  sticker(chatId: number): number {
    const f = this.addFile(Buffer.from("RIFF-webp"), "webp", "stickers");
    return this.enqueue({
      message: {
        ...this.userMessage(chatId),
        sticker: { file_id: f.fileId, file_unique_id: `u${f.fileId}`, type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "😀" },
      } as Message,
    });
  }

  voice(chatId: number): number {
    const f = this.addFile(Buffer.from("OggS"), "oga", "voice");
    return this.enqueue({ message: { ...this.userMessage(chatId), voice: { file_id: f.fileId, file_unique_id: `u${f.fileId}`, duration: 3 } } as Message });
  }

  document(chatId: number, data: Buffer, opts: { fileName?: string; mime?: string; caption?: string } = {}): number {
    const ext = opts.fileName?.split(".").pop() ?? "pdf";
    const f = this.addFile(data, ext, "documents");
    return this.enqueue({
      message: {
        ...this.userMessage(chatId),
        document: { file_id: f.fileId, file_unique_id: `u${f.fileId}`, file_name: opts.fileName ?? `file.${ext}`, mime_type: opts.mime ?? "application/pdf", file_size: data.length },
        ...(opts.caption ? { caption: opts.caption } : {}),
      } as Message,
    });
  }

  contact(chatId: number, phone: string, firstName = "Teman"): number {
    return this.enqueue({ message: { ...this.userMessage(chatId), contact: { phone_number: phone, first_name: firstName } } as Message });
  }

  /** Any other message shape, merged over a private message from chatId. */
  custom(chatId: number, fields: Record<string, unknown>): number {
    return this.enqueue({ message: { ...this.userMessage(chatId), ...fields } as Message });
  }

  // ---------------------------------------------------------------- webhook

  /**
   * POST update `updateId` (queued or delivered before) to the webhook, as Telegram does: with the secret it was
   * set with, unless `secret` overrides it (null = no header). A 2xx answer confirms it (it leaves the queue).
   */
  async postUpdate(updateId: number, o: { secret?: string | null } = {}): Promise<{ status: number; body: string }> {
    const hook = this.webhook;
    if (!hook) throw new Error("fake Bot API: no webhook set");
    const u = this.queue.find((q) => q.update_id === updateId) ?? this.delivered.get(updateId);
    if (!u) throw new Error(`update ${updateId} was never queued`);
    const secret = o.secret === undefined ? hook.secretToken : o.secret;
    const res = await fetch(hook.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret != null ? { "x-telegram-bot-api-secret-token": secret } : {}) },
      body: JSON.stringify(u),
    });
    const body = await res.text();
    this.delivered.set(u.update_id, u);
    if (res.ok) {
      this.queue = this.queue.filter((q) => q.update_id !== updateId);
      this.notify();
    }
    return { status: res.status, body };
  }

  // ---------------------------------------------------------------- files

  /** Register a downloadable file; returns its file_id and path. */
  addFile(data: Buffer, ext = "jpg", dir = "photos"): FakeFile {
    const n = ++this.fileSeq;
    const f = { fileId: `FILE${n}`, path: `${dir}/file_${n}.${ext}`, data };
    this.files.set(f.fileId, f);
    return f;
  }

  // ---------------------------------------------------------------- faults

  /** The next `times` calls of `method` (optionally only to `chatId`) answer with `fault`. */
  failNext(method: string, fault: Fault, times = 1, chatId?: number): void {
    this.faults.push({ method, remaining: times, fault, chatId });
  }

  /** Every call of `method` (optionally only to `chatId`) answers with `fault` while `active()` holds (a storm). */
  failWhile(method: string, fault: Fault, active: () => boolean, chatId?: number): void {
    this.faults.push({ method, remaining: Number.POSITIVE_INFINITY, fault, chatId, while: active });
  }

  /** Calls of `method` answered with a fault of `kind`. */
  faultsOf(method: string, kind: Fault["kind"]): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.fault?.kind === kind);
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  // ---------------------------------------------------------------- inspection

  /** Successful calls of `method` (optionally to one chat). */
  callsOf(method: string, chatId?: number): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && !c.fault && (chatId === undefined || Number(c.params.chat_id) === chatId));
  }

  /** Every message the bot delivered to a chat, in order (sendMessage, sendDocument, sendPhoto). */
  messagesTo(chatId: number): RecordedCall[] {
    return this.calls.filter((c) => SEND_METHODS.has(c.method) && !c.fault && Number(c.params.chat_id) === chatId);
  }

  /** The message as it stands now (after edits). */
  message(chatId: number, messageId: number): Message | undefined {
    return this.chats.get(chatId)?.get(messageId);
  }

  /** Resolves when `predicate` holds; rejects after `timeoutMs` with a description. */
  async waitFor(predicate: () => boolean, what = "condition", timeoutMs = 20_000): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.callWaiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.callWaiters.delete(check);
        reject(new Error(`fake Bot API: timed out waiting for ${what}`));
      }, timeoutMs);
      this.callWaiters.add(check);
    });
  }

  /** Wait until at least `n` messages were delivered to `chatId`; returns them all. */
  async waitForMessages(chatId: number, n: number, timeoutMs = 20_000): Promise<RecordedCall[]> {
    await this.waitFor(() => this.messagesTo(chatId).length >= n, `${n} messages to chat ${chatId}`, timeoutMs);
    return this.messagesTo(chatId);
  }

  // ---------------------------------------------------------------- HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch) return this.serveFile(fileMatch[1]!, decodeURIComponent(fileMatch[2]!), res);
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!m) return this.json(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (m[1] !== this.token) return this.json(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = m[2]!;
    const { params, files } = await this.readParams(req, url);
    const chatId = params.chat_id !== undefined ? Number(params.chat_id) : undefined;
    const call: RecordedCall = { seq: ++this.seq, method, params, files };
    for (const f of [...this.faults]) if (f.while && !f.while()) this.faults.splice(this.faults.indexOf(f), 1);
    const rule = this.faults.find((f) => f.method === method && f.remaining > 0 && (f.chatId === undefined || f.chatId === chatId));
    const flooded = !rule && SEND_METHODS.has(method) && chatId !== undefined ? this.floodWait(chatId) : 0;
    if (flooded > 0) {
      call.fault = { kind: "429", retryAfter: Math.ceil(flooded / 1000) };
      this.record(call);
      return this.answerFault(call.fault, req, res);
    }
    if (rule) {
      rule.remaining--;
      if (rule.remaining === 0) this.faults.splice(this.faults.indexOf(rule), 1);
      call.fault = rule.fault;
      this.record(call);
      return this.answerFault(rule.fault, req, res);
    }
    if (method === "getUpdates" && this.webhook) {
      call.fault = { kind: "error", code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" };
      this.record(call);
      return this.answerFault(call.fault, req, res);
    }
    if (method === "getUpdates") return this.getUpdates(params, res);
    const timing = SEND_METHODS.has(method) ? { receivedAt: Date.now() } as { receivedAt: number; answeredAt?: number } : undefined;
    if (timing && this.sendDelayMs > 0) {
      this.inFlightSends++;
      await new Promise((r) => setTimeout(r, this.sendDelayMs));
      this.inFlightSends--;
    }
    const result = this.dispatch(method, params, files);
    if (timing && !("error" in result)) {
      timing.answeredAt = Date.now();
      this.sendTimings.push(timing);
    }
    if ("error" in result) {
      call.fault = { kind: "400", description: result.error };
      this.record(call);
      return this.json(res, result.code, { ok: false, error_code: result.code, description: result.error });
    }
    call.result = result.ok;
    this.record(call);
    this.json(res, 200, { ok: true, result: result.ok });
  }

  /** Under `flood`: 0 if a send to `chatId` may go now (and count it), else ms until a slot frees. */
  private floodWait(chatId: number): number {
    const limit = this.flood;
    if (!limit) return 0;
    const at = Date.now();
    while (this.sendTimes.length && this.sendTimes[0]!.at <= at - 1000) this.sendTimes.shift();
    const chat = this.sendTimes.filter((s) => s.chatId === chatId);
    if (chat.length >= limit.perChatPerSecond) return chat[chat.length - limit.perChatPerSecond]!.at + 1000 - at;
    if (this.sendTimes.length >= limit.perSecond) return this.sendTimes[this.sendTimes.length - limit.perSecond]!.at + 1000 - at;
    this.sendTimes.push({ at, chatId });
    return 0;
  }

  private dispatch(method: string, p: Record<string, unknown>, files: Record<string, MultipartFile>): { ok: unknown } | { error: string; code: number } {
    const chatId = Number(p.chat_id);
    switch (method) {
      case "getMe":
        return { ok: this.botUser };
      case "setWebhook":
        if (typeof p.url !== "string" || !/^https?:\/\//.test(p.url)) return { error: "Bad Request: bad webhook: an HTTPS URL must be provided for webhook", code: 400 };
        this.webhook = {
          url: p.url,
          ...(typeof p.secret_token === "string" ? { secretToken: p.secret_token } : {}),
          ...(Array.isArray(p.allowed_updates) ? { allowedUpdates: p.allowed_updates as string[] } : {}),
        };
        return { ok: true };
      case "deleteWebhook":
        this.webhook = undefined;
        return { ok: true };
      case "getWebhookInfo":
        return { ok: { url: this.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: this.queue.length } };
      case "setMyCommands":
      case "setChatMenuButton":
      case "sendChatAction":
      case "answerCallbackQuery":
      case "close":
        return { ok: true };
      case "sendMessage": {
        if (typeof p.text !== "string") return { error: "Bad Request: message text is empty", code: 400 };
        const parsed = p.parse_mode === "HTML" ? parseHtml(p.text) : { text: p.text, entities: [] };
        if (!parsed) return { error: "Bad Request: can't parse entities: unsupported start tag", code: 400 };
        if (parsed.text.trim().length === 0) return { error: "Bad Request: message text is empty", code: 400 };
        if (parsed.text.length > 4096) return { error: "Bad Request: message is too long", code: 400 };
        const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
        for (const b of markup?.inline_keyboard?.flat() ?? []) {
          if ("callback_data" in b && Buffer.byteLength(String(b.callback_data)) > 64) return { error: "Bad Request: BUTTON_DATA_INVALID", code: 400 };
        }
        return {
          ok: this.storeMessage(chatId, {
            text: parsed.text,
            ...(parsed.entities.length ? { entities: parsed.entities } : {}),
            ...(markup ? { reply_markup: markup } : {}),
          }),
        };
      }
      case "sendDocument":
      case "sendPhoto": {
        const field = method === "sendDocument" ? "document" : "photo";
        const ref = String(p[field] ?? "");
        const attach = ref.startsWith("attach://") ? files[ref.slice(9)] : undefined;
        if (!attach && !this.files.has(ref)) return { error: `Bad Request: wrong file identifier/HTTP URL specified`, code: 400 };
        const f = this.addFile(attach?.data ?? this.files.get(ref)!.data, "dat", "documents");
        const extra =
          field === "document"
            ? { document: { file_id: f.fileId, file_unique_id: `u${f.fileId}`, file_name: attach?.filename ?? "file" } }
            : { photo: [{ file_id: f.fileId, file_unique_id: `u${f.fileId}`, width: 1, height: 1 }] };
        return { ok: this.storeMessage(chatId, { ...extra, ...(p.caption ? { caption: String(p.caption) } : {}) }) };
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const msg = this.chats.get(chatId)?.get(Number(p.message_id));
        if (!msg) return { error: "Bad Request: message to edit not found", code: 400 };
        const text = method === "editMessageText" ? String(p.text ?? "") : msg.text;
        if (method === "editMessageText" && p.parse_mode) return { error: "fake Bot API: parse_mode on edits is not simulated", code: 400 };
        const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
        if (text === msg.text && JSON.stringify(markup) === JSON.stringify(msg.reply_markup)) {
          return { error: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message", code: 400 };
        }
        const edited = { ...msg, text, edit_date: now() } as Message;
        if (method === "editMessageText") {
          if (Array.isArray(p.entities)) edited.entities = p.entities as MessageEntity[];
          else delete edited.entities;
        }
        if (markup) edited.reply_markup = markup;
        else delete edited.reply_markup;
        this.chats.get(chatId)!.set(msg.message_id, edited);
        return { ok: edited };
      }
      case "getFile": {
        const f = this.files.get(String(p.file_id));
        if (!f) return { error: "Bad Request: invalid file_id", code: 400 };
        return { ok: { file_id: f.fileId, file_unique_id: `u${f.fileId}`, file_size: f.data.length, file_path: f.path } };
      }
      default:
        return { error: "Not Found: method not found", code: 404 };
    }
  }

  private getUpdates(p: Record<string, unknown>, res: ServerResponse): void {
    const offset = p.offset !== undefined ? Number(p.offset) : undefined;
    const limit = Math.max(1, Math.min(100, Number(p.limit ?? 100)));
    const timeoutMs = Math.min(Number(p.timeout ?? 0) * 1000, this.opts.maxPollMs ?? Infinity);
    if (offset !== undefined && offset > 0) {
      this.queue = this.queue.filter((u) => u.update_id >= offset);
      this.notify();
    }
    const take = (): Update[] => this.queue.slice(0, limit);
    const answer = (): void => {
      const updates = take();
      for (const u of updates) this.delivered.set(u.update_id, u);
      this.getUpdatesCount++;
      this.record({ seq: ++this.seq, method: "getUpdates", params: p, files: {} });
      this.json(res, 200, { ok: true, result: updates });
    };
    if (take().length > 0 || timeoutMs <= 0) return answer();
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      this.pollWaiters.delete(wake);
      if (!res.destroyed && !res.writableEnded) answer();
    };
    const wake = (): void => {
      if (take().length > 0) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    this.pollWaiters.add(wake);
    this.notify();
    // The client gave up (aborted long poll): forget the waiter; the updates stay queued.
    res.on("close", () => {
      if (!res.writableEnded) {
        done = true;
        clearTimeout(timer);
        this.pollWaiters.delete(wake);
      }
    });
  }

  private serveFile(token: string, filePath: string, res: ServerResponse): void {
    if (token !== this.token) return this.json(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const f = [...this.files.values()].find((x) => x.path === filePath);
    if (!f) return this.json(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": f.data.length });
    res.end(f.data);
  }

  private answerFault(f: Fault, req: IncomingMessage, res: ServerResponse): void {
    switch (f.kind) {
      case "429":
        return this.json(res, 429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${f.retryAfter}`, parameters: { retry_after: f.retryAfter } });
      case "5xx": {
        const status = f.status ?? 502;
        return this.json(res, status, { ok: false, error_code: status, description: status === 502 ? "Bad Gateway" : "Internal Server Error" });
      }
      case "403":
        return this.json(res, 403, { ok: false, error_code: 403, description: f.description ?? "Forbidden: bot was blocked by the user" });
      case "400":
        return this.json(res, 400, { ok: false, error_code: 400, description: f.description });
      case "error":
        return this.json(res, f.code, { ok: false, error_code: f.code, description: f.description });
      case "drop":
        req.socket.destroy();
        return;
    }
  }

  private async readParams(req: IncomingMessage, url: URL): Promise<{ params: Record<string, unknown>; files: Record<string, MultipartFile> }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const type = req.headers["content-type"] ?? "";
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    let files: Record<string, MultipartFile> = {};
    if (body.length && type.includes("application/json")) {
      Object.assign(params, JSON.parse(body.toString("utf8")) as Record<string, unknown>);
    } else if (body.length && type.includes("multipart/form-data")) {
      const parsed = parseMultipart(body, type);
      for (const [k, v] of Object.entries(parsed.fields)) params[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
      files = parsed.files;
    } else if (body.length && type.includes("application/x-www-form-urlencoded")) {
      Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
    }
    return { params, files };
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    this.onCall?.(call);
    this.notify();
  }

  /** Re-check every waitFor predicate. */
  private notify(): void {
    for (const w of [...this.callWaiters]) w();
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  }

  private wakePollers(): void {
    for (const w of [...this.pollWaiters]) w();
  }

  private storeMessage(chatId: number, content: Partial<Message>): Message {
    const msg = {
      message_id: this.allocMessageId(chatId),
      date: now(),
      chat: this.privateChat(chatId),
      from: this.botUser,
      ...content,
    } as Message;
    let chat = this.chats.get(chatId);
    if (!chat) this.chats.set(chatId, (chat = new Map()));
    chat.set(msg.message_id, msg);
    return msg;
  }

  private allocMessageId(chatId: number): number {
    const n = (this.nextMessageId.get(chatId) ?? 0) + 1;
    this.nextMessageId.set(chatId, n);
    return n;
  }

  private user(id: number, firstName?: string): User {
    return { id, is_bot: false, first_name: firstName ?? `Warga${id}`, language_code: "id" };
  }

  private privateChat(id: number): Message["chat"] {
    return { id, type: "private", first_name: `Warga${id}` } as Message["chat"];
  }

  private userMessage(chatId: number, firstName?: string): Pick<Message, "message_id" | "date" | "chat" | "from"> {
    return { message_id: this.allocMessageId(chatId), date: now(), chat: this.privateChat(chatId), from: this.user(chatId, firstName) };
  }
}

/** The callback buttons of a message's inline keyboard. */
export function buttonsOf(m: Message): Array<{ text: string; callback_data: string }> {
  return (m.reply_markup?.inline_keyboard ?? [])
    .flat()
    .filter((b): b is typeof b & { callback_data: string } => "callback_data" in b && typeof b.callback_data === "string");
}

const TAGS: Record<string, MessageEntity["type"]> = { b: "bold", strong: "bold", i: "italic", em: "italic", code: "code", u: "underline", s: "strikethrough" };

/**
 * Telegram's HTML parse mode, for the tags this project uses: returns the plain text and its entities
 * (offsets in UTF-16 code units, as Telegram counts them), or undefined for an unknown or unbalanced tag.
 */
export function parseHtml(html: string): { text: string; entities: MessageEntity[] } | undefined {
  let text = "";
  const entities: MessageEntity[] = [];
  const open: Array<{ tag: string; offset: number }> = [];
  const re = /<(\/?)([a-z]+)>|&(lt|gt|amp|quot);|[^<&]+|[<&]/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[2]) {
      const type = TAGS[m[2]];
      if (!type) return undefined;
      if (!m[1]) open.push({ tag: m[2], offset: text.length });
      else {
        const top = open.pop();
        if (!top || top.tag !== m[2]) return undefined;
        if (text.length > top.offset) entities.push({ type, offset: top.offset, length: text.length - top.offset } as MessageEntity);
      }
    } else if (m[3]) text += { lt: "<", gt: ">", amp: "&", quot: '"' }[m[3]];
    else if (m[0] === "<") return undefined;
    else text += m[0];
  }
  return open.length ? undefined : { text, entities };
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

/** Start a fake Bot API server (convenience for tests). */
export async function startFakeBotApi(opts?: FakeBotApiOptions): Promise<FakeBotApi> {
  return new FakeBotApi(opts).start();
}
