/** Renders an OutboundMessage as WhatsApp text: numbered options, `*bold*`, long text split at line boundaries. */
import type { OutboundMessage } from "../../core/messages.js";
import { splitText, withNumberedList } from "../text-render.js";

/**
 * WhatsApp accepts far longer messages, but long walls of text are hard to read on a phone and some clients
 * truncate them; 3,500 characters keeps every part readable and well under any limit.
 */
export const WHATSAPP_SAFE_TEXT_LIMIT = 3500;

/** Markdown-style `**bold**` becomes WhatsApp's `*bold*`. */
export function toWhatsAppBold(text: string): string {
  return text.replace(/\*\*(?=\S)([^*\n]+?)\*\*/g, "*$1*");
}

/**
 * The text parts to send for one message. Options become a numbered list under `replyWithNumber`
 * (e.g. "Balas dengan angka:"), since buttons are not reliable for non-business WhatsApp accounts.
 */
export function renderTextParts(msg: OutboundMessage, replyWithNumber: string, limit = WHATSAPP_SAFE_TEXT_LIMIT): string[] {
  return splitText(withNumberedList(toWhatsAppBold(msg.text ?? ""), msg.options ?? [], replyWithNumber), limit);
}
