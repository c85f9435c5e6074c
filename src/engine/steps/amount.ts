/**
 * Amount step: a sum in Rupiah, as residents type it: "Rp 25.000.000", "25 jt", "25juta", "2,5 M", "25000000",
 * "Rp25.000.000,-", "750 rb". Shown back as "Rp 25.000.000".
 */
import { cleanText } from "../text.js";
import type { StepBase, StepCtx, Transition } from "../types.js";
import { defineStepKind } from "./step-kind.js";

export interface AmountStep extends StepBase {
  kind: "amount";
  /** Smallest accepted amount in Rupiah (default 1). */
  min?: number;
  /** Largest accepted amount in Rupiah (default 1 trillion). */
  max?: number;
  onAmount(rupiah: number, c: StepCtx): Transition;
}

declare module "../types.js" {
  interface StepKindMap {
    amount: AmountStep;
  }
}

const UNITS: Readonly<Record<string, number>> = {
  rb: 1e3,
  ribu: 1e3,
  k: 1e3,
  jt: 1e6,
  juta: 1e6,
  m: 1e9,
  miliar: 1e9,
  milyar: 1e9,
  t: 1e12,
  triliun: 1e12,
};

/** The number part in Indonesian notation (dot thousands, comma decimals), tolerating "2.5" before a unit. */
function parseNumber(raw: string, hasUnit: boolean): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, "").replace(",", "."));
  if (/^\d+,\d+$/.test(raw)) return Number(raw.replace(",", "."));
  if (hasUnit && /^\d+\.\d{1,2}$/.test(raw)) return Number(raw);
  if (!hasUnit && /^\d{1,3}(,\d{3})+$/.test(raw)) return Number(raw.replace(/,/g, ""));
  return null;
}

/**
 * Rupiah in whole units, or null when the text is not an amount (or has fractions of a rupiah).
 *
 * @example
 * parseRupiah("2,5 M"); // 2_500_000_000
 */
export function parseRupiah(text: string): number | null {
  const t = cleanText(text)
    .toLowerCase()
    .replace(/^(rp\.?|idr)\s*/, "")
    .replace(/\s*(rupiah|,-|\.-|,00|\.00)$/, "")
    .trim();
  const m = /^(\d[\d.,]*)\s*([a-z]+)?$/.exec(t);
  if (!m) return null;
  const unit = m[2];
  const mult = unit === undefined ? 1 : UNITS[unit];
  if (mult === undefined) return null;
  const n = parseNumber(m[1]!, unit !== undefined);
  if (n === null || !Number.isFinite(n)) return null;
  const value = n * mult;
  const whole = Math.round(value);
  if (Math.abs(value - whole) > 1e-6 || !Number.isSafeInteger(whole)) return null;
  return whole;
}

/** "Rp 25.000.000". */
export function formatRupiah(rupiah: number): string {
  return `Rp ${Math.trunc(rupiah).toLocaleString("id-ID")}`;
}

export const amountKind = defineStepKind<AmountStep>({
  kind: "amount",
  answer(step, input, c) {
    if (input.kind !== "text") return { invalid: c.t("input-amount-unreadable") };
    const n = parseRupiah(input.text);
    if (n === null) return { invalid: c.t("input-amount-unreadable") };
    const min = step.min ?? 1;
    const max = step.max ?? 1e12;
    if (n < min) return { invalid: c.t("input-amount-too-small", { min: formatRupiah(min) }) };
    if (n > max) return { invalid: c.t("input-amount-too-large", { max: formatRupiah(max) }) };
    return step.onAmount(n, c);
  },
  validate: (step, where) => ((step.min ?? 1) >= 0 && (step.max ?? 1e12) >= (step.min ?? 1) ? [] : [`step "${where}" has bad limits`]),
});
