/** Ports: the interfaces infrastructure adapters implement. Nothing here imports an adapter. */
import type { ChannelName, InboundMessage, OutboundMessage } from "./messages.js";

/** Result of one send attempt. Failures are values; adapters throw only on bugs. */
export type SendResult =
  | { ok: true; platformMessageId?: string }
  /** `permanent` = never retry (user blocked the bot, chat gone): the identity is marked unreachable. */
  | { ok: false; permanent: boolean; reason: string; retryAfterMs?: number };

export interface MediaFile {
  data: Buffer;
  /** File extension without dot, e.g. "jpg". */
  ext: string;
  mime?: string;
}

/** Where adapters hand inbound messages. Resolves once the message is durably journaled. */
export interface InboundSink {
  accept(msg: InboundMessage): Promise<void>;
}

export interface ChannelAdapter {
  readonly name: ChannelName;
  /** Start receiving. Every message goes to `sink.accept`, and is confirmed to the platform only after it resolves. */
  start(sink: InboundSink): Promise<void>;
  /** Stop intake; resolves when no more messages will be accepted. */
  stop(): Promise<void>;
  send(address: string, msg: OutboundMessage): Promise<SendResult>;
  /** Download a media reference found in an inbound message (photo). */
  downloadMedia?(ref: string): Promise<MediaFile>;
}
