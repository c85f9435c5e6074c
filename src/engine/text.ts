/** Input hygiene: strip control characters, normalise Unicode, and tell real words from emoji-only noise. */

// C0/C1 controls except tab and newline, plus bidi/zero-width formatting characters.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** One line of printable ASCII, not starting or ending with a space. */
const PLAIN_LINE = /^[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?$/;

/** Clean user text: NFC, no control characters, tabs as spaces, at most two blank lines, trimmed. */
export function cleanText(raw: string): string {
  // Most answers are one line of plain ASCII with nothing to clean ("1", "ya", a name): returned as they are.
  if (PLAIN_LINE.test(raw) && !raw.includes("  ")) return raw;
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(/\t/g, " ")
    .replace(/[ \u00A0]{2,}/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** True when the text has at least one letter or digit (emoji-only or punctuation-only is not an answer). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Lowercase, strip accents and surrounding punctuation, collapse spaces: the form used for matching words. */
export function foldForMatch(text: string): string {
  // Option labels, aliases and short answers ("1", "ya") come again and again: their folded form is remembered.
  if (text.length > FOLD_MEMO_MAX_LENGTH) return fold(text);
  let f = foldMemo.get(text);
  if (f === undefined) {
    f = fold(text);
    if (foldMemo.size >= FOLD_MEMO_SIZE) foldMemo.clear();
    foldMemo.set(text, f);
  }
  return f;
}

const FOLD_MEMO_MAX_LENGTH = 64;
const FOLD_MEMO_SIZE = 5000;
const foldMemo = new Map<string, string>();

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Count characters as people see them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return [...text].length;
}
