/** Renders an OutboundMessage as WhatsApp text: numbered options, `*bold*`, long text split at line boundaries. */
import type { OutboundMessage } from "../../core/messages.js";

/**
 * WhatsApp accepts far longer messages, but long walls of text are hard to read on a phone and some clients
 * truncate them; 3,500 characters keeps every part readable and well under any limit.
 */
export const WHATSAPP_SAFE_TEXT_LIMIT = 3500;

/** Markdown-style `**bold**` becomes WhatsApp's `*bold*`. */
export function toWhatsAppBold(text: string): string {
  return text.replace(/\*\*(?=\S)([^*\n]+?)\*\*/g, "*$1*");
}

/** Split text into parts of at most `limit` characters, at line breaks where possible, then at spaces. */
export function splitText(text: string, limit = WHATSAPP_SAFE_TEXT_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = "";
  const push = () => {
    if (current.trim() !== "") parts.push(current.replace(/\s+$/, ""));
    current = "";
  };
  for (const line of text.split("\n")) {
    const candidate = current === "" ? line : `${current}\n${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    push();
    let rest = line;
    while (rest.length > limit) {
      const cut = rest.lastIndexOf(" ", limit);
      let at = cut > limit / 2 ? cut : limit;
      // Do not cut between a high and a low surrogate (an emoji would turn into two broken characters).
      const code = rest.charCodeAt(at - 1);
      if (code >= 0xd800 && code <= 0xdbff) at--;
      parts.push(rest.slice(0, at).replace(/\s+$/, ""));
      rest = rest.slice(at).replace(/^\s+/, "");
    }
    current = rest;
  }
  push();
  return parts.length ? parts : [""];
}

/**
 * The text parts to send for one message. Options become a numbered list under `replyWithNumber`
 * (e.g. "Balas dengan angka:"), since buttons are not reliable for non-business WhatsApp accounts.
 */
export function renderTextParts(msg: OutboundMessage, replyWithNumber: string, limit = WHATSAPP_SAFE_TEXT_LIMIT): string[] {
  let text = toWhatsAppBold(msg.text ?? "");
  if (msg.options?.length) {
    const list = msg.options.map((o, i) => `${i + 1}. ${o.label}`).join("\n");
    const lead = text.replace(/\s+$/, "");
    text = `${lead}${lead ? "\n\n" : ""}${replyWithNumber}\n${list}`;
  }
  return splitText(text, limit);
}
