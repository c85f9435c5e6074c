/** Indonesian text normalisation for duplicate detection: abbreviations, synonyms, place keys, stemming, stopwords. */
import { Stemmer } from "sastrawijs";
import {
  ABBREVIATIONS,
  LAMP_INDOORS,
  LANDMARK_KINDS,
  LOW_INFO,
  NAME_AFTER_HEAD,
  NAME_OK,
  NAME_PREFIX,
  NOT_A_NAME,
  NOT_A_TYPO,
  NUMBERED_HEADS,
  PLACE_HEADS,
  PLACE_TYPO_KEYS,
  STEM_OVERRIDES,
  STOPWORDS,
  SYNONYM_PHRASES,
  TIMES_BEFORE_KALI,
} from "./lexicon.js";

/** What an aspiration text reduces to. */
export interface NormalizedText {
  /** Distinct stems describing the problem: no stopwords, place heads or place names. */
  content: string[];
  /** Place keys by head: `{ jalan: ["mawar"], rt: ["3"] }`. Different values under one head = different places. */
  places: Record<string, string[]>;
  /** Every place head the text mentions, named or not (`["pertigaan", "jalan"]` for "pertigaan jalan kopi"). */
  heads?: string[];
}

export interface Normalizer {
  /**
   * Normalise one text. With `category`, words whose meaning depends on it are read in its sense: water that
   * "does not flow" is a blocked drain under `drainase` and a supply cut elsewhere.
   */
  normalize(text: string, category?: string): NormalizedText;
  /**
   * The normalised tokens as one string (content stems, `headvalue` place tokens, then `kindhead` tokens of the
   * landmarks named by their kind), for the FTS index.
   * With `scope`, every token is prefixed by it, so the index's posting lists are per scope (RW and category).
   */
  indexText(n: NormalizedText, scope?: string): string;
  /**
   * An FTS5 MATCH expression (OR of tokens, prefixed like indexText) for finding candidates, or null if nothing is
   * searchable. With `landmarkKinds`, a landmark named by its kind is searched for too (the candidate list does; the
   * automatic merge needs shared words, so it does not).
   */
  matchQuery(n: NormalizedText, scope?: string, o?: { landmarkKinds?: boolean }): string | null;
}

const MAX_PHRASE_WORDS = 5;
/** Token standing for a comma, line break or bracket. */
const BOUNDARY = "|";
/** Words skipped between a place head and its name ("warung bu siti", "jalan raya bogor"). */
const NAME_SKIP = new Set(["bu", "ibu", "pak", "bapak", "haji", "h", "raya", "mbak", "mas", "kak", "bang", "negeri", "n", "swasta", "inpres"]);
/** Words that distinguish two places of the same name ("sawo kecil" vs "sawo besar", "melati 2"). */
const NAME_QUALIFIER = new Set(["kecil", "besar", "utara", "selatan", "timur", "barat", "dalam", "luar", "atas", "bawah", "tengah", "raya", "lama", "baru"]);
/** Place heads that are only a place key, never a content word. `rw` is dropped: clustering is already per RW. */
const IGNORED_HEADS = new Set(["rw"]);
/** Titles before a person's name ("rumah pak RT", "rumah bu Siti", "rumah ketua RT"). */
const PERSON_TITLE = new Set(["pak", "bu", "ibu", "bapak", "haji", "h", "hj", "hajah", "mbak", "mas", "bang", "kak", "om", "tante", "ketua", "mbok", "cak", "kang", "teh", "ustadz", "mbah"]);
/** Words of position before a landmark ("depan pos ronda"). */
const BESIDE = new Set(["depan", "samping", "sebelah", "dekat", "belakang", "seberang", "ujung", "pinggir", "sekitar", "deket", "arah"]);
/** Words after which "kali" is a river, not "times": prepositions and words of a bank or a side. */
const KALI_AFTER = new Set(["di", "ke", "dari", "pinggir", "tepi", "bantaran", "dekat", "samping", "sepanjang", "seberang", "pinggiran", "kana", "arah"]);

/** Number words (issue 9, fourth round: "gang dua" is "gg 2"). */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  satu: "1", dua: "2", tiga: "3", empat: "4", lima: "5", enam: "6", tujuh: "7", delapan: "8", sembilan: "9",
  sepuluh: "10", sebelas: "11", duabelas: "12",
};
// Not after "jalan": "jalan satu arah" is a one-way street.
const NUMBER_WORD_AFTER_HEAD = new RegExp(`\\b(rt|rw|gg|gang|no|nomor|blok)\\s+(${Object.keys(NUMBER_WORDS).join("|")})\\b`, "g");

/** Titles that, said twice, name a group of people: "ibu2"/"ibu-ibu" (the women), "bapak2" (the men). */
const PEOPLE_GROUPS: Readonly<Record<string, string>> = { ibu: "kaumibu", bu: "kaumibu", bapak: "kaumbapak", pak: "kaumbapak" };

const phraseMap = new Map<string, string>(SYNONYM_PHRASES.map(([from, to]) => [from, to]));
const canonical = new Set(SYNONYM_PHRASES.flatMap(([, to]) => to.split(" ")));
/** Every word of a lexicon phrase or abbreviation: never shortened as a drawn-out chat spelling. */
const LEXICON_WORDS = new Set([...SYNONYM_PHRASES.flatMap(([from]) => from.split(" ")), ...Object.keys(ABBREVIATIONS), ...STOPWORDS, ...PLACE_HEADS]);

/**
 * A word drawn out in chat ("rusakkkk", "parahhhh", "gooot", "rusakk") written plainly (issue 9, fifth round): a
 * letter three times or more is one letter, and a doubled final consonant is one (Indonesian words do not end in one).
 * Lexicon words ("full", "ggg") are left alone, and so is a word that would be left without a vowel or under three letters.
 */
function undrawn(w: string): string {
  if (LEXICON_WORDS.has(w) || !/^[a-z]+$/.test(w)) return w;
  const s = w.replace(/([a-z])\1{2,}/g, "$1").replace(/([b-df-hj-np-tv-z])\1$/, "$1");
  return s.length >= 3 && hasVowel(s) ? s : w;
}

/**
 * Split a text into expanded words. `possessed` collects the words written with "-nya" ("atapnya"): the thing's own
 * part, never the second word of a place name ("balai warga atapnya bocor" names "balai warga").
 */
function prepare(text: string, possessed?: Set<string>): string[] {
  let s = text.normalize("NFKC").toLowerCase();
  // "anak2" -> "anak anak" (reduplication written with a 2), but keep "gorong2" for the synonym table.
  s = s.replace(/\b([a-z]{3,})2\b/g, (m, w: string) => (phraseMap.has(m) ? m : `${w} ${w}`));
  // "kebut2an", "mainan2nya": a reduplicated word with a suffix is read as the word itself.
  s = s.replace(/\b([a-z]{3,})2(an|nya|in)\b/g, "$1");
  // "rt03", "rt.3", "gg.5", "no.12" -> "rt 3", "gg 5", "no 12"; leading zeros dropped.
  s = s.replace(/\b(rt|rw|gg|gang|no|nomor|nmr|nomer|blok|jl|jln|jalan)\.?\s*0*(\d+)\b/g, "$1 $2");
  s = s.replace(/\b0+(\d)/g, "$1");
  // A number written as a word after an RT, lane or house number is that number ("gang tiga" = "gg 3").
  s = s.replace(NUMBER_WORD_AFTER_HEAD, (_m, head: string, word: string) => `${head} ${NUMBER_WORDS[word]}`);
  // Commas, line breaks and the like end a phrase: a place name never runs across them.
  s = s.replace(/[,;!?()\n]+/g, " | ");
  s = s.replace(/[^\p{L}\p{N}|]+/gu, " ");
  const words = s
    .split(" ")
    .filter((w) => w !== "")
    .map((drawn) => {
      const raw = undrawn(drawn);
      if (!(raw.length > 6 && raw.endsWith("nya") && !ABBREVIATIONS[raw])) return raw;
      possessed?.add(raw.slice(0, -3));
      return raw.slice(0, -3);
    });
  const out: string[] = [];
  words.forEach((word, i) => {
    const next = words[i + 1];
    // "ibu2", "bapak-bapak": a person's title said twice is a group of people, not a title before a name
    // (issue 9, fifth round: "pengajian ibu2" and "pengajian bapak2" are two groups' requests).
    if (next === word && PEOPLE_GROUPS[word]) return;
    if (word === words[i - 1] && PEOPLE_GROUPS[word]) {
      out.push(PEOPLE_GROUPS[word]);
      return;
    }
    if (word === "kali") {
      // A river ("kali Code", "sungai kali anyar") or "times" ("dua kali", "tiap kali hujan").
      const prev = words[i - 1];
      const times = prev !== undefined && (TIMES_BEFORE_KALI.has(prev) || /^\d+$/.test(prev));
      // After a word of place ("di kali", "pinggir kali", "ke kali") it is the river even without a name.
      const afterPlaceWord = prev !== undefined && KALI_AFTER.has(ABBREVIATIONS[prev] ?? prev);
      const river = !times && ((next !== undefined && namesAPlace(next)) || afterPlaceWord);
      if (river && prev !== "sungai") out.push("sungai");
      return;
    }
    const exp = ABBREVIATIONS[word] ?? misspeltHead(word, next);
    if (exp === undefined) out.push(word);
    else if (exp) out.push(...exp.split(" "));
  });
  return out;
}

/** A raw word that can follow a place head as its name or number ("mawar", "5"), before any expansion. */
function namesAPlace(w: string): boolean {
  if (/^\d+$/.test(w)) return true;
  const exp = ABBREVIATIONS[w];
  if (exp !== undefined && exp !== w) return false;
  if (NAME_PREFIX.has(w)) return true;
  return w.length >= 3 && isNameWord(w) && !phraseMap.has(w);
}

const hasVowel = (w: string): boolean => /[aeiou]/.test(w);

/** Optimal string alignment distance, capped: true when a and b are at most one edit (or one swap) apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i);
  const rb = b.slice(i);
  if (ra.slice(1) === rb.slice(1) || ra.slice(1) === rb || ra === rb.slice(1)) return true;
  return ra.length >= 2 && ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2);
}

/**
 * The place head a misspelt abbreviation stands for ("jnl" -> jalan, "ggg" -> gang), when the word is one edit away
 * from exactly one head spelling and a name or number follows. Short words with a vowel are never guessed.
 */
function misspeltHead(word: string, next: string | undefined): string | undefined {
  if (next === undefined || !(namesAPlace(next) || NAME_AFTER_HEAD[next] !== undefined) || PLACE_TYPO_KEYS[word] !== undefined) {
    return undefined;
  }
  if (NOT_A_TYPO.has(word) || STOPWORDS.has(word) || PLACE_HEADS.has(word) || NOT_A_NAME.has(word) || NAME_OK.has(word)) return undefined;
  // Two-letter chat words ("jd", "gw", "gt") are too often one letter from "gg" or "jl": never guessed.
  if (word.length < 3 || phraseMap.has(word) || (hasVowel(word) && word.length < 4) || !/^[a-z]+$/.test(word)) return undefined;
  let found: string | undefined;
  for (const [key, head] of Object.entries(PLACE_TYPO_KEYS)) {
    if (hasVowel(key) && key.length < 4) continue;
    // A word with a vowel is a typo of a spelled-out word only ("jaan" for "jaln"), never of a bare "gg".
    if (hasVowel(word) && !hasVowel(key) && key.length < 3) continue;
    if (!withinOneEdit(word, key)) continue;
    if (found !== undefined && found !== head) return undefined;
    found = head;
  }
  return found;
}

function applyPhrases(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "gang buntu" is a lane's name: a word that is also a name keeps its place reading right after a place head.
    if (namedAfter(tokens[i]!, out.at(-1))) {
      out.push(tokens[i++]!);
      continue;
    }
    let matched = false;
    for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n >= 1; n--) {
      const to = phraseMap.get(tokens.slice(i, i + n).join(" "));
      if (to !== undefined) {
        out.push(...to.split(" "));
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) out.push(tokens[i++]!);
  }
  return out;
}

/** A common word that names a place right after this head ("gang buntu", "pasar pagi"). */
const namedAfter = (word: string, head: string | undefined): boolean =>
  head !== undefined && (NAME_AFTER_HEAD[word]?.includes(head) ?? false);

function isNameWord(w: string): boolean {
  if (w === BOUNDARY) return false;
  if (NAME_OK.has(w)) return true;
  return !NOT_A_NAME.has(w) && !STOPWORDS.has(w) && !PLACE_HEADS.has(w) && !canonical.has(w) && !/^\d+$/.test(w);
}

/**
 * Build a normaliser. It keeps a stem cache, so reuse one instance.
 *
 * @example
 * createNormalizer().normalize("Got di jln Mawar RT 03 mampet")
 * // { content: ["drainase", "sumbat"], places: { jalan: ["mawar"], rt: ["3"] } }
 */
export function createNormalizer(): Normalizer {
  const stemmer = new Stemmer();
  const cache = new Map<string, string>();
  const stem = (w: string): string => {
    let s = cache.get(w);
    if (s === undefined) {
      s = STEM_OVERRIDES[w] ?? (canonical.has(w) || /\d/.test(w) ? w : stemmer.stem(w));
      // Chat verbs drop the "me-" of "meng-" ("ngangkut", "ngecor"): stem them as the formal word they stand for.
      if (s === w && /^ng[aeiou]/.test(w)) s = stemmer.stem(`me${w}`) === `me${w}` ? w : stemmer.stem(`me${w}`);
      if (cache.size > 50_000) cache.clear();
      cache.set(w, s);
    }
    return s;
  };

  /** A verb form: a passive, stative or active prefix the stemmer strips ("ditutup", "tertutup", "menyala", "ketutup"). */
  const verbForm = (w: string): boolean => {
    if (!/^(di|ter|me|ke)/.test(w) || (/an$/.test(w) && !/kan$/.test(w))) return false;
    const s = stem(w);
    return s !== w && w.includes(s);
  };

  const normalize = (text: string, category?: string): NormalizedText => {
    const possessed = new Set<string>();
    const tokens = applyPhrases(prepare(text, possessed));
    // A bare "lampu" is a street light unless the text puts it in a building ("lampu di dalam musala").
    // Beside a building it is still a street light ("lampu deket pos ronda mati", issue 9, fourth round).
    const indoors = tokens.some((w, i) => LAMP_INDOORS.has(w) && !(i > 0 && BESIDE.has(tokens[i - 1]!)));
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i] === "lampu" && !indoors) tokens[i] = "pju";
      // Under drainage, water that does not flow is a blocked drain ("got ora mili" = "got mampet").
      if (tokens[i] === "mati" && category === "drainase") tokens[i] = "sumbat";
      // Under health, mosquitoes are dengue ("banyak nyamuk" asks for what "fogging DBD" asks for).
      if (tokens[i] === "nyamuk" && category === "kesehatan") tokens[i] = "dbd";
    }
    const used = new Array<boolean>(tokens.length).fill(false);
    const places: Record<string, string[]> = {};
    const heads: string[] = [];
    // "depan pos ronda", "samping poskamling": the guard post is where, not what (a landmark by its kind).
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i] === "posronda" && BESIDE.has(tokens[i - 1]!)) {
        used[i] = true;
        if (!heads.includes("posronda")) heads.push("posronda");
      }
    }
    const addPlace = (head: string, value: string) => {
      if (IGNORED_HEADS.has(head)) return;
      const list = (places[head] ??= []);
      if (!list.includes(value)) list.push(value);
    };
    // "rumah pak RT", "rumah bu bidan", "rmh H. Mansur": a person's house, compared only with another text's house
    // (issue 9, fourth round: septic tanks overflowing at two houses are two reports). A bare "pak haji" is too vague.
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i] !== "rumah" || !PERSON_TITLE.has(tokens[i + 1]!)) continue;
      let j = i + 1;
      while (j < tokens.length && PERSON_TITLE.has(tokens[j]!)) j++;
      const name = tokens[j];
      if (name === undefined || !(name === "rt" || name === "rw" || isNameWord(name))) continue;
      for (let k = i; k <= j; k++) used[k] = true;
      addPlace("rumah", name);
    }
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i]!;
      if (!PLACE_HEADS.has(head)) continue;
      used[i] = true;
      if (!IGNORED_HEADS.has(head) && !heads.includes(head)) heads.push(head);
      let j = i + 1;
      while (j < tokens.length && NAME_SKIP.has(tokens[j]!)) j++;
      const next = tokens[j];
      if (next === undefined) continue;
      // The skipped words ("haji" of "gang haji salim") belong to the place when a name follows them.
      const skipped = () => {
        for (let k = i + 1; k < j; k++) used[k] = true;
      };
      if (/^\d+$/.test(next)) {
        if (NUMBERED_HEADS.has(head) || PLACE_HEADS.has(head)) {
          addPlace(head, next);
          used[j] = true;
        }
        continue;
      }
      if (head === "rt" || head === "rw" || head === "nomor") continue;
      if (!isNameWord(next) && !namedAfter(next, head)) continue;
      // After a landmark a verb form is what happens there, not its name ("sekolah menyala", "pasar ditertibkan",
      // "jalan ketutup" under a landmark): issue 9, fourth round. Streets keep them ("Jalan Merapi", "Jalan Perjuangan").
      if (LANDMARK_KINDS.has(head) && !NAME_OK.has(next) && verbForm(next)) continue;
      // A name is one or two words ("mawar", "griya asri", "al ikhlas").
      let name = next;
      used[j] = true;
      const after = tokens[j + 1];
      // A second word joins the name when it reads like one: a qualifier ("sawo kecil"), a number ("mawar 2"), or a
      // plain word the stemmer leaves alone ("kelapa gading"). Affixed words ("kopi tertutup", "nanas dibakar") and
      // condition words ("kamboja keruh") are the problem, not the name. Name words are place, not content.
      if (
        after !== undefined &&
        !possessed.has(after) &&
        (NAME_QUALIFIER.has(after) || /^\d+$/.test(after) || (isNameWord(after) && stem(after) === after))
      ) {
        name = `${next} ${after}`;
        used[j + 1] = true;
        // A number after a two-word name belongs to it ("griya indah 2").
        const num = tokens[j + 2];
        if (num !== undefined && !/^\d+$/.test(after) && /^\d+$/.test(num)) {
          name = `${name} ${num}`;
          used[j + 2] = true;
        }
      }
      addPlace(head, name);
      skipped();
    }
    const content: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (used[i]) continue;
      const w = tokens[i]!;
      if (w === BOUNDARY || w.length < 2 || /^\d+$/.test(w) || STOPWORDS.has(w)) continue;
      const s = stem(w);
      if (s.length < 2 || STOPWORDS.has(s) || PLACE_HEADS.has(s)) continue;
      if (!content.includes(s)) content.push(s);
    }
    return { content, places, heads };
  };

  const placeTokens = (n: NormalizedText): string[] =>
    Object.entries(n.places).flatMap(([head, values]) => values.map((v) => `${head}${v.replace(/ /g, "")}`));

  // A landmark named by its kind ("depan puskesmas", "dekat makam") is an index term too (issue 9, fifth round):
  // two reports of one spot in words that share nothing are still found by their landmark ("kindpuskesmas").
  // Streets, lanes and RTs by kind alone are in nearly every document, so they are not.
  const kindTokens = (n: NormalizedText): string[] => (n.heads ?? []).filter((h) => LANDMARK_KINDS.has(h)).map((h) => `kind${h}`);

  const terms = (n: NormalizedText, scope: string, kinds = true) =>
    [...n.content, ...placeTokens(n), ...(kinds ? kindTokens(n) : [])]
      .filter((t) => /^[\p{L}\p{N}]+$/u.test(t))
      .map((t) => `${scope}${t}`);
  return {
    normalize,
    indexText: (n, scope = "") => terms(n, scope).join(" "),
    matchQuery: (n, scope = "", o = {}) => {
      // Words the category implies ("drainase" for drainage) are in nearly every document of the scope:
      // searching by them only lengthens the posting lists. Use them only when nothing else is there.
      const informative = { content: n.content.filter((w) => !LOW_INFO.has(w)), places: n.places, heads: n.heads };
      const ts = terms(informative.content.length || Object.keys(n.places).length ? informative : n, scope, o.landmarkKinds === true);
      return ts.length ? ts.map((t) => `"${t}"`).join(" OR ") : null;
    },
  };
}
