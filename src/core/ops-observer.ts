/** Hooks the host and the delivery loop call for operational metrics (/metrics); every hook is optional. */
import type { ChannelName } from "./messages.js";

/** How one send attempt ended, as the delivery loop saw it. */
export type DeliveryOutcome = "sent" | "rate-limited" | "deferred" | "unreachable" | "rejected" | "gave-up" | "retry";

export interface OpsObserver {
  /** A new inbound message was journaled (duplicates are not counted). */
  inbound?(channel: ChannelName): void;
  /** A journaled message was handled and committed, `ms` after handling began. */
  handled?(channel: ChannelName, ms: number): void;
  /** One send attempt ended. */
  delivery?(channel: ChannelName, outcome: DeliveryOutcome): void;
}
