/** Renders an OutboundMessage as plain text with options as a numbered list (console and other text-only channels). */
import type { OutboundMessage } from "../../core/messages.js";
import { withNumberedList } from "../text-render.js";

export function renderNumbered(msg: OutboundMessage, hint?: string): string {
  const text = withNumberedList(msg.text, msg.options ?? [], hint);
  if (!msg.document) return text;
  // A document sent on its own carries its words in the caption, as a phone would show them under the file.
  const words = text || msg.document.caption || "";
  return `${words ? `${words}\n` : ""}[${msg.document.filename}] ${msg.document.path}`;
}
