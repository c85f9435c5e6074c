/** Count step: a whole number of people, households, units: "12", "12 orang", "1.200", "dua belas", "seratus". */
import { cleanText } from "../text.js";
import type { StepBase, StepCtx, Transition } from "../types.js";
import { defineStepKind } from "./step-kind.js";

export interface CountStep extends StepBase {
  kind: "count";
  min: number;
  max: number;
  onCount(n: number, c: StepCtx): Transition;
}

declare module "../types.js" {
  interface StepKindMap {
    count: CountStep;
  }
}

const DIGITS: Readonly<Record<string, number>> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

/** Indonesian number words up to 9,999 ("dua ribu tiga ratus empat puluh lima"); null if not only number words. */
export function parseNumberWords(text: string): number | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const d = DIGITS[w];
    if (d !== undefined) {
      const next = words[i + 1];
      if (next === "belas") {
        current += 10 + d;
        i++;
      } else if (next === "puluh" || next === "ratus" || next === "ribu") {
        const scale = next === "puluh" ? 10 : next === "ratus" ? 100 : 1000;
        if (scale === 1000) {
          total += (current + d) * 1000;
          current = 0;
        } else current += d * scale;
        i++;
      } else current += d;
    } else if (w === "sepuluh") current += 10;
    else if (w === "sebelas") current += 11;
    else if (w === "seratus") current += 100;
    else if (w === "seribu") total += 1000;
    else return null;
    any = true;
  }
  return any ? total + current : null;
}

/**
 * A whole, non-negative number, with an optional unit word after it ("12 orang", "3 KK"); null otherwise.
 *
 * @example
 * parseCount("dua belas orang"); // 12
 */
export function parseCount(text: string): number | null {
  const t = cleanText(text).toLowerCase().replace(/[.!]+$/, "").trim();
  const digits = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:\s+\p{L}+)?$/u.exec(t);
  if (digits) {
    const n = Number(digits[1]!.replace(/\./g, ""));
    return Number.isSafeInteger(n) ? n : null;
  }
  const words = t.replace(/\s+(orang|kk|unit|buah|rumah|jiwa|keluarga)$/, "");
  return parseNumberWords(words);
}

export const countKind = defineStepKind<CountStep>({
  kind: "count",
  answer(step, input, c) {
    const n = input.kind === "text" ? parseCount(input.text) : null;
    if (n === null) return { invalid: c.t("input-count-unreadable", { min: step.min, max: step.max }) };
    if (n < step.min || n > step.max) return { invalid: c.t("input-count-out-of-range", { min: step.min, max: step.max }) };
    return step.onCount(n, c);
  },
  validate: (step, where) =>
    Number.isInteger(step.min) && Number.isInteger(step.max) && step.min >= 0 && step.max >= step.min ? [] : [`step "${where}" has bad limits`],
});
