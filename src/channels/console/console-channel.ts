/**
 * The console simulator channel: each stdin line is a message from one user, replies go to stdout.
 * Special lines simulate what a phone would send: `/foto <file>`, `/dokumen <file>`, `/lokasi <lat> <lon>`, `/stiker`, `/suara`.
 */
import { randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "../../core/domain.js";
import type { InboundContent, InboundMessage, OutboundMessage } from "../../core/messages.js";
import type { ChannelAdapter, InboundSink, MediaFile, SendResult } from "../../core/ports.js";
import type { Translate } from "../../i18n/fluent.js";
import { renderNumbered } from "./render.js";

export interface ConsoleChannelOptions {
  write: (text: string) => void;
  t: Translate;
  /** Language of the simulator's own notes (default "id"). */
  lang?: Lang;
  /**
   * The one user this session is (`--user`). Messages to any other console address are not printed here: they
   * wait in the outbox until that user's own session, as on a phone that is switched off. Unset: print everything.
   */
  user?: string;
}

/** How long a message for another console user waits before this session looks at it again. */
const OTHER_USER_RETRY_MS = 60_000;

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Turn a typed line into message content, recognising the simulator's special lines. */
export function parseConsoleLine(line: string): InboundContent {
  const photo = /^\/foto\s+(.+)$/i.exec(line.trim());
  if (photo) return { kind: "photo", ref: path.resolve(photo[1]!.trim()) };
  const doc = /^\/dokumen\s+(.+)$/i.exec(line.trim());
  if (doc) {
    const file = path.resolve(doc[1]!.trim());
    const size = isFile(file) ? statSync(file).size : undefined;
    const mime = /\.pdf$/i.test(file) ? "application/pdf" : "application/octet-stream";
    return { kind: "document", ref: file, fileName: path.basename(file), mime, ...(size !== undefined ? { size } : {}) };
  }
  const loc = /^\/lokasi\s+(-?\d+(?:\.\d+)?)[,\s]+(-?\d+(?:\.\d+)?)$/i.exec(line.trim());
  if (loc) return { kind: "location", lat: Number(loc[1]), lon: Number(loc[2]) };
  if (/^\/stiker$/i.test(line.trim())) return { kind: "unsupported", what: "sticker" };
  if (/^\/suara$/i.test(line.trim())) return { kind: "unsupported", what: "voice" };
  return { kind: "text", text: line };
}

export class ConsoleChannel implements ChannelAdapter {
  readonly name = "console" as const;
  private sink: InboundSink | null = null;
  private counter = 0;
  private readonly session = randomUUID().slice(0, 8);

  constructor(private readonly o: ConsoleChannelOptions) {}

  async start(sink: InboundSink): Promise<void> {
    this.sink = sink;
  }

  async stop(): Promise<void> {
    this.sink = null;
  }

  /** Hand one typed line to the bot as a message from `user`. */
  async say(user: string, line: string, displayName?: string): Promise<void> {
    if (!this.sink) throw new Error("console channel is not started");
    const content = parseConsoleLine(line);
    // A phone cannot send a photo that does not exist: the simulator says so itself and sends nothing.
    if (content.kind === "photo" && !isFile(content.ref)) {
      this.o.write(`${this.o.t(this.o.lang ?? "id", "console-photo-missing", { file: content.ref })}\n\n`);
      return;
    }
    if (content.kind === "document" && !isFile(content.ref)) {
      this.o.write(`${this.o.t(this.o.lang ?? "id", "console-document-missing", { file: content.ref })}\n\n`);
      return;
    }
    const msg: InboundMessage = {
      channel: "console",
      address: user,
      messageId: `${this.session}-${++this.counter}`,
      displayName,
      content,
      receivedAt: Date.now(),
    };
    await this.sink.accept(msg);
  }

  async send(address: string, msg: OutboundMessage): Promise<SendResult> {
    if (this.o.user !== undefined && address !== this.o.user) {
      return { ok: false, permanent: false, deferred: true, reason: "for another console user", retryAfterMs: OTHER_USER_RETRY_MS };
    }
    const hint = msg.options?.length ? this.o.t(msg.lang ?? "id", "options-reply-hint") : undefined;
    this.o.write(`${renderNumbered(msg, hint)}\n\n`);
    return { ok: true };
  }

  async downloadMedia(ref: string): Promise<MediaFile> {
    const data = await readFile(ref);
    const ext = path.extname(ref).slice(1).toLowerCase() || "jpg";
    return { data, ext, ...(ext === "pdf" ? { mime: "application/pdf" } : {}) };
  }
}
