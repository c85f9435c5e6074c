/** Renders an OutboundMessage as plain text with options as a numbered list (console and other text-only channels). */
import type { OutboundMessage } from "../../core/messages.js";

export function renderNumbered(msg: OutboundMessage, hint?: string): string {
  const lines = [msg.text];
  if (msg.options?.length) {
    if (hint) lines.push(hint);
    msg.options.forEach((o, i) => lines.push(`  ${i + 1}. ${o.label}`));
  }
  if (msg.document) lines.push(`[${msg.document.filename}] ${msg.document.path}`);
  return lines.join("\n");
}
