/**
 * Binds a button to the prompt it was sent with: the choice key is `flow.step~nonce`, the nonce a short hash of
 * what the prompt showed (text and options). A press is current only when the step's prompt, rendered now,
 * shows the same; an older summary's "Kirim" (another draft) is then recognised as stale. Pure.
 */
import type { OutboundMessage } from "../core/messages.js";

/** 32-bit FNV-1a of the prompt's text and options, base 36 (up to 7 characters). */
function nonceOf(msg: Pick<OutboundMessage, "text" | "options">): string {
  let h = 0x811c9dc5;
  const s = `${msg.text}\u0000${(msg.options ?? []).map((o) => `${o.value}\u0001${o.label}`).join("\u0000")}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The choice key for the buttons of `msg`, the prompt of step `stepKey` (`flow.step`). */
export function promptKey(stepKey: string, msg: Pick<OutboundMessage, "text" | "options">): string {
  return `${stepKey}~${nonceOf(msg)}`;
}

/**
 * Whether a pressed choice key belongs to the current prompt of `stepKey`. `current` is that prompt rendered now.
 * A key without a nonce (a button sent before nonces existed) is matched by its step alone.
 */
export function isCurrentPrompt(pressed: string, stepKey: string, current: Pick<OutboundMessage, "text" | "options"> | undefined): boolean {
  const i = pressed.lastIndexOf("~");
  if (i < 0) return pressed === stepKey;
  return pressed.slice(0, i) === stepKey && current !== undefined && pressed.slice(i + 1) === nonceOf(current);
}
