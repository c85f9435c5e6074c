/** The short title of an aspiration: the first line of its description, cut with "…" to fit a chat line. */

/**
 * First line of `text`, at most `max` characters (code points) including the ellipsis.
 *
 * @example
 * titleOf("Got mampet di Jl. Mawar\nsudah seminggu", 12); // "Got mampet …"
 */
export function titleOf(text: string, max: number): string {
  const first = (text.split("\n")[0] ?? "").trim();
  const chars = [...first];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : first;
}
