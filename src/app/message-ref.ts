/** A short, stable stand-in for an inbound message id, safe to log and to use in file names (WhatsApp ids hold phone numbers). */
import { createHash } from "node:crypto";
import type { InboundMessage } from "../core/messages.js";

export function messageRef(msg: Pick<InboundMessage, "channel" | "messageId">): string {
  return createHash("sha256").update(`${msg.channel}\u0000${msg.messageId}`).digest("hex").slice(0, 16);
}
