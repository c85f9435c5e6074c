/** Picks where to reach a resident on the bot's own initiative: the identity they last spoke from that still works. */
import type { OutboundMessage } from "../core/messages.js";
import type { Store } from "../store/index.js";
import type { OutboundKind, PromptOffer } from "../store/outbound.js";
import type { Identity } from "../store/residents.js";

/** The most recently seen reachable identity of a resident, if any. */
export function preferredIdentity(store: Store, residentId: number): Identity | undefined {
  return store.residents.identitiesOf(residentId).find((i) => !i.unreachable);
}

/**
 * Queue a message for a resident in the outbox (inside the caller's transaction, if any).
 * Returns the identity it will go to, or undefined when the resident cannot be reached.
 */
export function queueForResident(store: Store, residentId: number, msg: OutboundMessage, kind: OutboundKind, now: number, offer?: PromptOffer): Identity | undefined {
  const to = preferredIdentity(store, residentId);
  if (to) store.outbound.add(to.channel, to.address, msg, kind, now, offer);
  return to;
}
