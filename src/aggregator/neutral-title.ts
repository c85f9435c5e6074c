/**
 * What neighbours see of a proposal (in "Dukung usulan" and the duplicate hint): a neutral title built from the
 * category and the place, never the resident's own words. The consent text promises that only the LPMK and the
 * RT/RW heads read an aspiration; neighbours in the RW see "Drainase / gorong-gorong · Gang Mawar".
 *
 * The rule for the place (documented in docs/privacy.md):
 * - only the first line or clause of the location the resident typed, at most 40 characters;
 * - a house or a shop of someone ("rumah Bu Sri", "depan warung Pak Budi", "kos Mbak Rina") is dropped with
 *   everything after it in that clause;
 * - a person named with an honorific (Bu, Ibu, Pak, Bapak, Mbak, Mas, Bang, Kak, Mbah, Haji, Hj., Ustadz, ...) is dropped;
 * - house numbers are dropped: "nomor 7", "no. 7", "No 7A", "#7", and a number right after a street name
 *   ("Jl. Kenanga 5" -> "Jl. Kenanga"); numbered gangs, RTs and blocks stay ("Gang 7", "RT 03", "Blok C");
 * - a preposition left dangling at the end ("dekat", "depan", ...) goes too;
 * - when nothing is left (or only a map pin was sent), the RT stands in: "RT 02".
 */

const MAX_PLACE_CHARS = 40;

const HONORIFIC = String.raw`(?:bu|ibu|pak|bapak|pk|bpk|mbak|mba|mas|bang|abang|kak|kakak|mbah|om|tante|haji|hj\.?|h\.|ustadz?|ust\.?|uda|uni|teh|aa|akang|kang|cak|ning|ko|koh|ci|cik|encik|engkong|nenek|kakek|eyang)`;
const PREPOSITION = String.raw`(?:dekat|depan|dpn|samping|sebelah|sblh|belakang|blkg|seberang|sebrang|di|ke|dari|arah|ujung|pojok|persis)`;
/** A dwelling or business that belongs to someone: it and the rest of its clause are dropped. */
const OWNED_PLACE = new RegExp(String.raw`(?:\b${PREPOSITION}\s+)*\b(?:rumah|rmh|kediaman|warung|warkop|toko|kios|kos|kost|kontrakan|bengkel|pangkalan|lapak)\b[^,;()]*`, "giu");
const STREET = String.raw`(?:jl|jln|jalan|gg|gang|lorong|komplek|kompleks|perumahan|perum)`;
/** An honorific and the name words after it (up to three), unless it names a street ("Gg. Haji Naim"). */
const PERSON = new RegExp(String.raw`(?:\b${PREPOSITION}\s+)*(?<!\b${STREET}\.?\s+)\b${HONORIFIC}\s+(?:[\p{L}'.]+\s*){1,3}`, "giu");
const HOUSE_NUMBER = /(?:\b(?:nomor|nomer|nmr|no)\.?\s*|#\s*)\d+(?:[a-z]\b)?/giu;
const STREET_NUMBER = /\b((?:jl|jln|jalan)\.?\s+[\p{L}.'-]+(?:\s+[\p{L}.'-]+)?)\s+\d+(?:[a-z]\b)?/giu;
/** A street word alone says nothing about the place. */
const BARE_STREET = new RegExp(String.raw`^${STREET}\.?$`, "iu");
const TRAILING = new RegExp(String.raw`(?:[\s,.;:/-]|\b${PREPOSITION}\b)+$`, "iu");

/** The place as neighbours may see it, or null when nothing neutral is left. */
export function neutralPlace(locationText: string | null | undefined): string | null {
  if (!locationText) return null;
  let s = (locationText.split(/\r?\n/)[0] ?? "").replace(/\s+/g, " ");
  s = s.replace(OWNED_PLACE, " ").replace(PERSON, " ").replace(HOUSE_NUMBER, " ").replace(STREET_NUMBER, "$1");
  s = s.replace(/\(\s*\)/g, " ").replace(/\s+/g, " ").replace(/\s+([,;])/g, "$1").trim();
  // The first clause is enough to recognise the place.
  s = (s.split(/[;()]/)[0] ?? "").trim();
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(TRAILING, "").replace(/^(?:[\s,.;:/-]|\b(?:di|ke|dari)\b)+/iu, "").trim();
  }
  const chars = [...s];
  if (chars.length > MAX_PLACE_CHARS) s = `${chars.slice(0, MAX_PLACE_CHARS - 1).join("").trimEnd()}…`;
  return /\p{L}|\d/u.test(s) && !BARE_STREET.test(s) ? s : null;
}

/**
 * The neutral title of a proposal: "<category label> · <place>", e.g. "Drainase / gorong-gorong · Gang Mawar".
 * `categoryLabel` is the translated category; `rtLabel` (e.g. "RT 02") stands in when no place is left.
 */
export function neutralTitle(categoryLabel: string, locationText: string | null | undefined, rtLabel: string): string {
  return `${categoryLabel} · ${neutralPlace(locationText) ?? rtLabel}`;
}
