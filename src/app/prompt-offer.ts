/**
 * Proactive prompts (the duplicate hint now; RSVPs and confirmations later): a question the bot sends on its own
 * initiative moves the resident's session to its step only once it has been delivered, and only if the session
 * did not change meanwhile. Until then a typed answer applies to the question on the resident's screen.
 */
import type { OutboundMessage } from "../core/messages.js";
import type { Store } from "../store/index.js";
import type { PromptOffer } from "../store/outbound.js";

/**
 * The offer for a proactive prompt, taken against the resident's session as it is now. `fallback` is what is
 * sent instead when the session changed before the send (the same news, telling how to answer later).
 *
 * @example
 * const offer = promptOffer(store, residentId, joinSession, { text: `${hint}\n${later}`, lang });
 * queueForResident(store, residentId, hintWithButtons, "notification", now, offer);
 */
export function promptOffer(store: Pick<Store, "sessions">, residentId: number, session: unknown, fallback: OutboundMessage): PromptOffer {
  return { residentId, baseState: store.sessions.stateHash(residentId), session, fallback };
}
