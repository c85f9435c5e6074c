/**
 * Ordered pick: several options in order of preference, up to a cap. "4 1 7", "4,1,7" or "4 dan 1" give the whole
 * order at once; "4" then "1" then "SELESAI" build it one at a time (buttons too). The order is shown back after
 * every pick. "ULANG" starts over. Done and restart words come from the locales (input-pick-done-aliases, …).
 */
import { matchChoice } from "../choice-match.js";
import { cleanText, foldForMatch } from "../text.js";
import type { ChoiceOption, StepBase, StepCtx, Transition } from "../types.js";
import { localeWords } from "../words.js";
import { defineStepKind } from "./step-kind.js";

export interface OrderedPickStep extends StepBase {
  kind: "ordered-pick";
  options(c: StepCtx): ChoiceOption[];
  /** At most this many picks. */
  max: number;
  /** At least this many before SELESAI is accepted (default 1). */
  min?: number;
  /** Session data key that holds the picks made so far (a list of option values). */
  dataKey: string;
  /** The picks, in order; the step clears its partial list first. */
  onPick(values: string[], c: StepCtx): Transition;
}

declare module "../types.js" {
  interface StepKindMap {
    "ordered-pick": OrderedPickStep;
  }
}

type Parsed = { kind: "done" } | { kind: "reset" } | { kind: "picks"; values: string[]; whole: boolean } | { kind: "invalid"; key: string; args?: Record<string, number | string> };

/** The option listed under `n` (its own number, else its position). */
function byNumber(options: ChoiceOption[], n: number): ChoiceOption | undefined {
  return options.some((o) => o.number !== undefined) ? options.find((o) => o.number === n) : options[n - 1];
}

/** Read one message: a done/restart word, a list of numbers, or one option by number, label or alias. */
export function parsePicks(text: string, options: ChoiceOption[], words: { done: string[]; reset: string[] }): Parsed {
  const folded = foldForMatch(text);
  if (words.done.includes(folded)) return { kind: "done" };
  if (words.reset.includes(folded)) return { kind: "reset" };
  const tokens = folded.split(/\s*(?:,|;|\/|\s|\bdan\b)\s*/).filter(Boolean);
  if (tokens.length > 0 && tokens.every((tk) => /^\d{1,3}$/.test(tk))) {
    const values: string[] = [];
    for (const tk of tokens) {
      const opt = byNumber(options, Number(tk));
      if (!opt) return { kind: "invalid", key: "input-pick-not-listed", args: { number: tk } };
      if (values.includes(opt.value)) return { kind: "invalid", key: "input-pick-duplicate", args: { label: opt.label } };
      values.push(opt.value);
    }
    return { kind: "picks", values, whole: values.length > 1 };
  }
  const m = matchChoice(text, options);
  if (m.ok) return { kind: "picks", values: [m.value], whole: false };
  return { kind: "invalid", key: "input-pick-unreadable" };
}

const picksOf = (step: OrderedPickStep, c: StepCtx): string[] => {
  const v = c.data[step.dataKey];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};

/** "1. Jalan\n2. Drainase" in the order picked. */
function orderText(values: string[], options: ChoiceOption[]): string {
  return values.map((v, i) => `${i + 1}. ${options.find((o) => o.value === v)?.label ?? v}`).join("\n");
}

function add(step: OrderedPickStep, added: string[], whole: boolean, c: StepCtx): Transition {
  const options = step.options(c);
  const before = picksOf(step, c);
  const dup = added.find((v) => before.includes(v));
  if (dup) return { invalid: c.t("input-pick-duplicate", { label: options.find((o) => o.value === dup)?.label ?? dup }) };
  const picks = [...before, ...added];
  if (picks.length > step.max) return { invalid: c.t("input-pick-too-many", { max: step.max }) };
  const order = c.t("input-pick-order", { order: orderText(picks, options) });
  if (picks.length === step.max || whole) {
    if (picks.length < (step.min ?? 1)) return { invalid: c.t("input-pick-too-few", { min: step.min ?? 1 }) };
    return finish(step, picks, order, c);
  }
  return { set: { [step.dataKey]: picks }, say: [{ text: `${order}\n${c.t("input-pick-more", { max: step.max, left: step.max - picks.length })}` }] };
}

function finish(step: OrderedPickStep, picks: string[], order: string, c: StepCtx): Transition {
  const tr = step.onPick(picks, c);
  return { ...tr, set: { [step.dataKey]: [], ...tr.set }, say: [{ text: order }, ...(tr.say ?? [])] };
}

export const orderedPickKind = defineStepKind<OrderedPickStep>({
  kind: "ordered-pick",
  options: (step, c) => step.options(c),
  press(step, value, c) {
    if (!step.options(c).some((o) => o.value === value)) return { invalid: c.t("input-stale-button") };
    return add(step, [value], false, c);
  },
  answer(step, input, c) {
    if (input.kind !== "text") return { invalid: c.t("input-pick-unreadable") };
    const options = step.options(c);
    const words = { done: localeWords(c.env.t, "input-pick-done-aliases"), reset: localeWords(c.env.t, "input-pick-reset-aliases") };
    const p = parsePicks(cleanText(input.text), options, words);
    switch (p.kind) {
      case "invalid":
        return { invalid: c.t(p.key, p.args) };
      case "reset":
        return { set: { [step.dataKey]: [] }, say: [{ text: c.t("input-pick-reset") }] };
      case "done": {
        const picks = picksOf(step, c);
        if (picks.length < (step.min ?? 1)) return { invalid: c.t("input-pick-too-few", { min: step.min ?? 1 }) };
        return finish(step, picks, c.t("input-pick-order", { order: orderText(picks, options) }), c);
      }
      case "picks":
        return add(step, p.values, p.whole, c);
    }
  },
  validate: (step, where) =>
    Number.isInteger(step.max) && step.max >= 1 && (step.min ?? 1) >= 1 && (step.min ?? 1) <= step.max && step.dataKey
      ? []
      : [`step "${where}" has bad limits`],
});
