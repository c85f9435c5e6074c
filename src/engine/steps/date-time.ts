/**
 * Date-time step: a day and an hour as residents type them, read in the kelurahan's time zone (TZ_KELURAHAN,
 * default Asia/Jakarta): "Sabtu 12/12 19.30", "12-12-2026 19:30", "besok jam 8", "Senin depan 09.00",
 * "tgl 5 jam 16", "12 Desember jam 7 malam". Shown back as "Sabtu, 12 Desember 2026 pukul 19.30 WIB".
 *
 * No maintained natural-language date parser reads Indonesian (chrono-node has no `id` locale), so the forms are
 * parsed here; Luxon does the zone arithmetic and the calendar (weekday and month names come from Intl).
 */
import { DateTime } from "luxon";
import type { Lang } from "../../core/domain.js";
import { cleanText } from "../text.js";
import type { StepBase, StepCtx, Transition } from "../types.js";
import { defineStepKind } from "./step-kind.js";

export interface DateTimeStep extends StepBase {
  kind: "date-time";
  /** Refuse moments before now (default true). */
  futureOnly?: boolean;
  /** `at` is epoch milliseconds. */
  onDateTime(at: number, c: StepCtx): Transition;
}

declare module "../types.js" {
  interface StepKindMap {
    "date-time": DateTimeStep;
  }
}

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const WEEKDAYS: Readonly<Record<string, number>> = {
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  sabtu: 6,
  minggu: 7,
  ahad: 7,
};

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, februari: 2, feb: 2, pebruari: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, nopember: 11, desember: 12, des: 12,
};

export type DateTimeParse =
  | { ok: true; at: DateTime }
  | { ok: false; reason: "unreadable" | "no-time" | "bad-date" | "weekday-mismatch"; date?: DateTime };

/** The hour of "jam 7 malam": pagi keeps it, siang/sore/malam move 1-11 to the afternoon or evening. */
function dayPart(hour: number, part: string | undefined): number {
  if (!part || part === "pagi") return hour === 12 && part === "pagi" ? 0 : hour;
  if (part === "siang") return hour >= 1 && hour <= 6 ? hour + 12 : hour;
  return hour >= 1 && hour < 12 ? hour + 12 : hour; // sore, malam
}

/**
 * Parse `text` relative to `now` in `zone`. A date without a year is the next such date (this year, or next year
 * once it has passed); a weekday alone is its next occurrence, "depan" the one in the following week.
 */
export function parseDateTime(text: string, now: number, zone: string = DEFAULT_TIME_ZONE): DateTimeParse {
  const today = DateTime.fromMillis(now, { zone }).startOf("day");
  let t = ` ${cleanText(text).toLowerCase().replace(/[,]/g, " ").replace(/\s+/g, " ")} `;
  const take = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(t);
    if (m) t = t.slice(0, m.index) + " " + t.slice(m.index + m[0].length);
    return m;
  };

  // Time: "jam 8", "pukul 19.30", "19:30", "7 malam", "jam 16"
  let hour: number | undefined;
  let minute = 0;
  const timeRe = / (?:(?:jam|pukul|pkl|pk)\.? ?(\d{1,2})(?:[.:](\d{2}))?|(\d{1,2})[.:](\d{2}))(?: ?(wib|wita|wit))?(?: (pagi|siang|sore|malam))? /;
  const tm = take(timeRe);
  if (tm) {
    hour = dayPart(Number(tm[1] ?? tm[3]), tm[6]);
    minute = Number(tm[2] ?? tm[4] ?? 0);
  } else {
    const bare = take(/ (\d{1,2}) (pagi|siang|sore|malam) /);
    if (bare) hour = dayPart(Number(bare[1]), bare[2]);
  }
  if (hour !== undefined && (hour > 23 || minute > 59)) return { ok: false, reason: "unreadable" };

  // Weekday, possibly with "depan"
  let weekday: number | undefined;
  let nextWeek = false;
  const wd = take(/ (?:hari )?(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)( depan)? /);
  if (wd) {
    weekday = WEEKDAYS[wd[1]!.replace("'", "")];
    nextWeek = wd[2] !== undefined;
  }

  // Date: relative word, d/m[/y], d-m-y, "12 Desember [2026]", "tgl 5"
  let day: DateTime | undefined;
  let explicitYear = false;
  const rel = take(/ (hari ini|nanti|besok|lusa) /);
  if (rel) day = today.plus({ days: rel[1] === "besok" ? 1 : rel[1] === "lusa" ? 2 : 0 });
  const numeric = !day && take(/ (?:tgl\.? ?|tanggal )?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))? /);
  const named = !day && !numeric && take(/ (?:tgl\.? ?|tanggal )?(\d{1,2}) ([a-z]+)(?: (\d{4}))? /);
  const dom = !day && !numeric && !(named && MONTHS[named[2]!]) && take(/ (?:tgl\.?|tanggal) ?(\d{1,2}) /);
  if (numeric || (named && MONTHS[named[2]!])) {
    const m = (numeric || named) as RegExpExecArray;
    const d = Number(m[1]);
    const month = numeric ? Number(m[2]) : MONTHS[m[2]!]!;
    let year = m[3] ? Number(m[3]) : today.year;
    if (m[3] && m[3].length === 2) year += 2000;
    explicitYear = m[3] !== undefined;
    const candidate = DateTime.fromObject({ year, month, day: d }, { zone });
    if (!candidate.isValid) return { ok: false, reason: "bad-date" };
    day = candidate;
  } else if (named) {
    return { ok: false, reason: "unreadable" };
  } else if (dom) {
    const d = Number(dom[1]);
    let candidate = today.set({ day: d });
    if (!candidate.isValid || candidate.day !== d) return { ok: false, reason: "bad-date" };
    if (candidate < today) candidate = candidate.plus({ months: 1 });
    day = candidate;
  }

  // Whatever is left may only be filler ("hari", "pada", "tanggal"); anything else was not understood.
  if (t.replace(/\b(?:hari|tanggal|tgl|jam|pukul|pada|nanti|ini|wib|wita|wit)\b/g, "").trim() !== "") return { ok: false, reason: "unreadable" };
  if (!day && weekday === undefined) return { ok: false, reason: "unreadable" };
  if (hour === undefined) return { ok: false, reason: "no-time" };

  if (!day) {
    // Next occurrence of the weekday: today counts while the hour is still ahead; "depan" is the following week.
    let d = today.plus({ days: (weekday! - today.weekday + 7) % 7 });
    if (nextWeek) d = today.plus({ weeks: 1 }).startOf("week").plus({ days: weekday! - 1 });
    else if (d.hasSame(today, "day") && d.set({ hour, minute }).toMillis() <= now) d = d.plus({ weeks: 1 });
    day = d;
  } else if (weekday !== undefined && day.weekday !== weekday) {
    return { ok: false, reason: "weekday-mismatch", date: day };
  }
  let at: DateTime = day.set({ hour, minute, second: 0, millisecond: 0 });
  // "12/1" typed in December is next January; a date earlier today stays today (and is refused as past).
  if (!explicitYear && (numeric || named) && day < today) at = at.plus({ years: 1 });
  return { ok: true, at };
}

const ZONE_NAMES: Readonly<Record<number, string>> = { 420: "WIB", 480: "WITA", 540: "WIT" };

/**
 * "Sabtu, 12 Desember 2026 pukul 19.30 WIB" (the words around the date come from locale key `datetime-display`).
 * Indonesian offsets are named WIB/WITA/WIT; other zones by their short name.
 */
export function formatDateTime(at: number, zone: string, lang: Lang, t: (key: string, args: Record<string, string>) => string): string {
  const dt = DateTime.fromMillis(at, { zone }).setLocale(lang === "id" ? "id" : "en-GB");
  const zoneName = ZONE_NAMES[dt.offset] ?? dt.offsetNameShort ?? zone;
  return t("datetime-display", { date: dt.toFormat("cccc, d LLLL yyyy"), time: dt.toFormat("HH.mm"), zone: zoneName });
}

export const dateTimeKind = defineStepKind<DateTimeStep>({
  kind: "date-time",
  answer(step, input, c) {
    const zone = c.env.timeZone ?? DEFAULT_TIME_ZONE;
    if (input.kind !== "text") return { invalid: c.t("input-datetime-unreadable") };
    const p = parseDateTime(input.text, c.env.now, zone);
    if (!p.ok) {
      if (p.reason === "weekday-mismatch") {
        return { invalid: c.t("input-datetime-weekday-mismatch", { weekday: p.date!.setLocale(c.lang === "id" ? "id" : "en-GB").toFormat("cccc") }) };
      }
      return { invalid: c.t(`input-datetime-${p.reason}`) };
    }
    if (step.futureOnly !== false && p.at.toMillis() <= c.env.now) {
      return { invalid: c.t("input-datetime-past", { when: formatDateTime(p.at.toMillis(), zone, c.lang, (k, a) => c.t(k, a)) }) };
    }
    return step.onDateTime(p.at.toMillis(), c);
  },
});
