/** Joins the plain replies of one turn into the message that follows them, so a resident gets one bubble, not three. */
import type { OutboundMessage } from "../core/messages.js";

/** Merged texts stay under this length so no channel has to split them (Telegram's limit is 4096). */
export const MERGE_LIMIT = 3500;

/**
 * Merge each text-only reply into the next one when both are in the same language and the result stays short.
 * A reply with options or a document ends a merge (its buttons must stay with its own text).
 *
 * @example
 * mergeReplies([{ text: "Pendaftaran selesai." }, { text: "Menu utama", options }])
 * // -> [{ text: "Pendaftaran selesai.\n\nMenu utama", options }]
 */
export function mergeReplies(replies: OutboundMessage[]): OutboundMessage[] {
  const out: OutboundMessage[] = [];
  for (const r of replies) {
    const prev = out.at(-1);
    const mergeable = prev && !prev.options?.length && !prev.document && !r.document && prev.lang === r.lang;
    if (mergeable && prev.text.length + r.text.length + 2 <= MERGE_LIMIT) {
      out[out.length - 1] = { ...r, text: `${prev.text}\n\n${r.text}` };
    } else out.push(r);
  }
  return out;
}
