/**
 * An in-memory channel for tests and benchmarks: `say()` puts a resident's message into the sink,
 * `send()` records what the bot answered per address. Failures can be injected per address.
 */
import type { InboundContent, InboundMessage, OutboundMessage } from "../../core/messages.js";
import type { ChannelAdapter, InboundSink, MediaFile, SendResult } from "../../core/ports.js";

export interface FakeSent {
  /** Global order of sends across addresses. */
  seq: number;
  address: string;
  msg: OutboundMessage;
}

interface FailureRule {
  address?: string;
  result: Extract<SendResult, { ok: false }>;
  remaining: number;
}

export interface SayOptions {
  /** Reuse an id to simulate a redelivery; default: a fresh one. */
  messageId?: string;
  displayName?: string;
  altAddresses?: string[];
}

export class FakeChannelStoppedError extends Error {
  override name = "FakeChannelStoppedError";
}

export class FakeChannel implements ChannelAdapter {
  readonly name = "fake" as const;
  readonly sent: FakeSent[] = [];
  private sink?: InboundSink;
  private seq = 0;
  private idSeq = 0;
  private readonly media = new Map<string, MediaFile>();
  private readonly failures: FailureRule[] = [];
  /** Called after every successful send (tests and benchmarks wait on it). */
  onSend?: (sent: FakeSent) => void;

  async start(sink: InboundSink): Promise<void> {
    this.sink = sink;
  }

  async stop(): Promise<void> {
    this.sink = undefined;
  }

  /** Deliver a resident's message to the sink. Resolves once it is journaled; returns its message id. */
  async say(address: string, content: InboundContent | string, opts: SayOptions = {}): Promise<string> {
    if (!this.sink) throw new FakeChannelStoppedError("fake channel is not started");
    const messageId = opts.messageId ?? `${address}#${++this.idSeq}`;
    const msg: InboundMessage = {
      channel: "fake",
      address,
      messageId,
      content: typeof content === "string" ? { kind: "text", text: content } : content,
      receivedAt: Date.now(),
      ...(opts.displayName ? { displayName: opts.displayName } : {}),
      ...(opts.altAddresses ? { altAddresses: opts.altAddresses } : {}),
    };
    await this.sink.accept(msg);
    return messageId;
  }

  async send(address: string, msg: OutboundMessage): Promise<SendResult> {
    const rule = this.failures.find((f) => f.remaining > 0 && (f.address === undefined || f.address === address));
    if (rule) {
      rule.remaining--;
      if (rule.remaining === 0) this.failures.splice(this.failures.indexOf(rule), 1);
      return rule.result;
    }
    const seq = ++this.seq;
    const sent = { seq, address, msg };
    this.sent.push(sent);
    this.onSend?.(sent);
    return { ok: true, platformMessageId: String(seq) };
  }

  /** The next `times` sends (optionally only to `address`) fail with `result`. */
  failNext(result: Extract<SendResult, { ok: false }>, opts: { address?: string; times?: number } = {}): void {
    this.failures.push({ result, remaining: opts.times ?? 1, ...(opts.address ? { address: opts.address } : {}) });
  }

  /** Register a downloadable photo; returns the ref to put in a `{kind: "photo"}` content. */
  addMedia(data: Buffer, ext = "jpg", mime = "image/jpeg"): string {
    const ref = `media-${this.media.size + 1}`;
    this.media.set(ref, { data, ext, mime });
    return ref;
  }

  async downloadMedia(ref: string): Promise<MediaFile> {
    const file = this.media.get(ref);
    if (!file) throw new Error(`fake channel has no media ${ref}`);
    return file;
  }

  /** Everything sent to one address, in order. */
  sentTo(address: string): OutboundMessage[] {
    return this.sent.filter((s) => s.address === address).map((s) => s.msg);
  }

  /** Sends to `address` after global sequence number `afterSeq`. */
  sentSince(address: string, afterSeq: number): OutboundMessage[] {
    return this.sent.filter((s) => s.address === address && s.seq > afterSeq).map((s) => s.msg);
  }

  /** The current global send sequence (use with sentSince). */
  get mark(): number {
    return this.seq;
  }
}
