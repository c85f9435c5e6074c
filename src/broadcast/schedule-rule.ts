/**
 * Repeating broadcasts: the few patterns offered (weekly on a weekday, monthly on the n-th weekday, monthly on a
 * date), derived from the first moment the sender types, turned into the cron pattern the queue's job scheduler runs
 * in TZ_KELURAHAN, and described back in words (locale keys `umumkan-repeat-desc-*`).
 */
import { DateTime } from "luxon";
import { z } from "zod";
import type { Lang } from "../core/domain.js";
import type { TArgs } from "../i18n/fluent.js";

export const REPEAT_TYPES = ["weekly", "monthly-nth", "monthly-date"] as const;
export type RepeatType = (typeof REPEAT_TYPES)[number];

export const repeatRuleSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("weekly"), weekday: z.number().int().min(1).max(7), hour: z.number().int(), minute: z.number().int() }),
  z.object({
    type: z.literal("monthly-nth"),
    weekday: z.number().int().min(1).max(7),
    nth: z.number().int().min(1).max(4),
    hour: z.number().int(),
    minute: z.number().int(),
  }),
  z.object({ type: z.literal("monthly-date"), day: z.number().int().min(1).max(28), hour: z.number().int(), minute: z.number().int() }),
]);
export type RepeatRule = z.infer<typeof repeatRuleSchema>;

/**
 * The rule of `type` that `first` (epoch ms, read in `zone`) is an iteration of; `too-late` when the day cannot
 * repeat every month (a 5th weekday, or a date after the 28th).
 */
export function ruleFromMoment(type: RepeatType, first: number, zone: string): { ok: true; rule: RepeatRule } | { ok: false; reason: "too-late" } {
  const d = DateTime.fromMillis(first, { zone });
  const time = { hour: d.hour, minute: d.minute };
  if (type === "weekly") return { ok: true, rule: { type, weekday: d.weekday, ...time } };
  if (type === "monthly-nth") {
    const nth = Math.ceil(d.day / 7);
    if (nth > 4) return { ok: false, reason: "too-late" };
    return { ok: true, rule: { type, weekday: d.weekday, nth, ...time } };
  }
  if (d.day > 28) return { ok: false, reason: "too-late" };
  return { ok: true, rule: { type, day: d.day, ...time } };
}

/** Cron: minute hour day-of-month month day-of-week (0 = Sunday; `2#2` = the second Tuesday). */
export function cronPattern(rule: RepeatRule): string {
  const at = `${rule.minute} ${rule.hour}`;
  if (rule.type === "weekly") return `${at} * * ${rule.weekday % 7}`;
  if (rule.type === "monthly-nth") return `${at} * * ${rule.weekday % 7}#${rule.nth}`;
  return `${at} ${rule.day} * *`;
}

type T = (key: string, args?: TArgs) => string;

const ZONE_NAMES: Readonly<Record<number, string>> = { 420: "WIB", 480: "WITA", 540: "WIT" };

/** "setiap Selasa kedua tiap bulan, pukul 08.00 WIB" in the reader's language. */
export function ruleText(t: T, rule: RepeatRule, zone: string, lang: Lang): string {
  const locale = lang === "id" ? "id" : "en-GB";
  const sample = DateTime.fromObject({ year: 2026, month: 1, day: 5, hour: rule.hour, minute: rule.minute }, { zone }).setLocale(locale);
  const time = sample.toFormat("HH.mm");
  const tz = ZONE_NAMES[sample.offset] ?? sample.offsetNameShort ?? zone;
  const weekdayName = (w: number) => sample.set({ weekday: w as 1 }).toFormat("cccc");
  if (rule.type === "weekly") return t("umumkan-repeat-desc-weekly", { weekday: weekdayName(rule.weekday), time, zone: tz });
  if (rule.type === "monthly-nth") return t("umumkan-repeat-desc-monthly-nth", { weekday: weekdayName(rule.weekday), nth: t(`umumkan-repeat-nth-${rule.nth}`), time, zone: tz });
  return t("umumkan-repeat-desc-monthly-date", { day: String(rule.day), time, zone: tz });
}
