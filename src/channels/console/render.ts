/** Renders an OutboundMessage as plain text with options as a numbered list (console and other text-only channels). */
import type { OutboundMessage } from "../../core/messages.js";
import { withNumberedList } from "../text-render.js";

export function renderNumbered(msg: OutboundMessage, hint?: string): string {
  const text = withNumberedList(msg.text, msg.options ?? [], hint);
  return msg.document ? `${text}\n[${msg.document.filename}] ${msg.document.path}` : text;
}
