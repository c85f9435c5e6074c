/** Ports: the interfaces infrastructure adapters implement. Nothing here imports an adapter. */
import type { ChannelName, InboundMessage, OutboundMessage } from "./messages.js";

/** Result of one send attempt. Failures are values; adapters throw only on bugs. */
export type SendResult =
  | { ok: true; platformMessageId?: string }
  /**
   * `permanent` = never retry (user blocked the bot, chat gone): the identity is marked unreachable.
   * `deferred` = not attempted: the channel asks to try again after `retryAfterMs` (socket down, pacing gate).
   * It does not count as a failed attempt.
   */
  | {
      ok: false;
      permanent: boolean;
      reason: string;
      retryAfterMs?: number;
      deferred?: boolean;
      /**
       * The platform asked to slow down (HTTP 429): nothing more goes to this address before `retryAfterMs`.
       * A wait, not a failed attempt.
       */
      rateLimited?: boolean;
      /**
       * The platform refused this message itself (too long, malformed): it fails at once, without retries,
       * and the address stays reachable. `permanent` is false.
       */
      rejected?: boolean;
      /**
       * For a message the adapter sends as several platform messages (a long text split in parts, a text plus a
       * document): how many of its parts the recipient already has, counting the `SendMeta.skipParts` it was told
       * to skip. The outbox keeps it, and the next attempt passes it back as `skipParts`. Omitted = none.
       */
      partsSent?: number;
    };

/** What the outbox knows about a message being sent: replies go promptly; notifications/broadcasts may be paced. */
export interface SendMeta {
  kind: "reply" | "notification" | "broadcast";
  /**
   * Parts of this message an earlier attempt already delivered (its `partsSent`): the adapter must not send them
   * again and starts with the next part. Parts are counted in the order the adapter sends them; rendering the same
   * message must give the same parts. Omitted = 0.
   */
  skipParts?: number;
  /**
   * Called after each part is delivered with the parts the recipient now has (skipped ones included), so the
   * outbox can record them at once: a crash in the middle of a long message then resends only the rest.
   */
  onPartDelivered?(partsSent: number): void;
}

export interface MediaFile {
  data: Buffer;
  /** File extension without dot, e.g. "jpg". */
  ext: string;
  mime?: string;
}

/** Where adapters hand inbound messages. Resolves once the message is durably journaled. */
export interface InboundSink {
  accept(msg: InboundMessage): Promise<void>;
  /** Journal several messages at once (one transaction: all or none), in order; adapters without it call `accept` per message. */
  acceptAll?(msgs: InboundMessage[]): Promise<void>;
}

/** A channel's intake state for the readiness check (/readyz): `ready` false names the reason. */
export interface ChannelHealth {
  /** e.g. polling, webhook, connected, linking, stopped. */
  state: string;
  ready: boolean;
  reason?: string;
}

export interface ChannelAdapter {
  readonly name: ChannelName;
  /** Start receiving. Every message goes to `sink.accept`, and is confirmed to the platform only after it resolves. */
  start(sink: InboundSink): Promise<void>;
  /** Stop intake; resolves when no more messages will be accepted. */
  stop(): Promise<void>;
  send(address: string, msg: OutboundMessage, meta?: SendMeta): Promise<SendResult>;
  /** Download a media reference found in an inbound message (photo). */
  downloadMedia?(ref: string): Promise<MediaFile>;
  /** A link that opens a chat with the bot carrying `payload` (Telegram's `t.me/<bot>?start=`), once known. */
  startLink?(payload: string): string | undefined;
  /** Intake state for /readyz (channels without it count as ready). */
  health?(): ChannelHealth;
}
