/** Plain-text rendering shared by the channels: reply options as a numbered list, long text split into parts. */
import type { ReplyOption } from "../core/messages.js";

/**
 * Options as numbered lines, under `hint` when one is given. The engine accepts the number as the answer.
 * An option's own `number` (an RW or RT number) is listed instead of its position.
 *
 * @example
 * numberedList([{ value: "ya", label: "Ya" }, { value: "tidak", label: "Tidak" }], "Balas dengan angka:");
 * // "Balas dengan angka:\n1. Ya\n2. Tidak"
 */
export function numberedList(options: readonly ReplyOption[], hint?: string): string {
  const lines = options.map((o, i) => `${o.number ?? i + 1}. ${o.label}`);
  return (hint ? [hint, ...lines] : lines).join("\n");
}

/**
 * The text, a blank line, then the numbered options (only the list when the text is blank).
 * Without options the text is returned unchanged.
 *
 * @example
 * withNumberedList("Setuju?", [{ value: "ya", label: "Ya" }], "Balas dengan angka:");
 * // "Setuju?\n\nBalas dengan angka:\n1. Ya"
 */
export function withNumberedList(text: string, options: readonly ReplyOption[], hint?: string): string {
  if (options.length === 0) return text;
  const lead = text.replace(/\s+$/, "");
  return `${lead}${lead ? "\n\n" : ""}${numberedList(options, hint)}`;
}

/** Where to cut a line longer than `limit`: the last space in its second half, else at the limit, never inside a surrogate pair. */
function cutPoint(line: string, limit: number): number {
  const space = line.lastIndexOf(" ", limit);
  if (space > limit / 2) return space;
  // An emoji is two UTF-16 units; cutting between them would leave two broken characters.
  const code = line.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Split text into parts of at most `limit` UTF-16 units: whole lines where possible, a longer line at a space,
 * a line without spaces at the limit (never splitting a code point). Parts lose trailing whitespace; blank parts
 * are dropped, so blank text gives no parts. Text within the limit comes back unchanged.
 *
 * @example
 * splitText(longReply, 4000); // ["first 4000 or fewer characters…", "…the rest"]
 */
export function splitText(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`text part limit must be an integer of at least 2, got ${limit}`);
  if (text.trim() === "") return [];
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  const add = (part: string) => {
    const trimmed = part.replace(/\s+$/, "");
    if (trimmed !== "") parts.push(trimmed);
  };
  let current = "";
  for (const line of text.split("\n")) {
    const candidate = current === "" ? line : `${current}\n${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    add(current);
    let rest = line;
    while (rest.length > limit) {
      const at = cutPoint(rest, limit);
      add(rest.slice(0, at));
      rest = rest.slice(at).replace(/^\s+/, "");
    }
    current = rest;
  }
  add(current);
  return parts;
}
