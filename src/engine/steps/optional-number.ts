/**
 * Optional amount and optional count: the amount (Rupiah) and count step kinds with a skip word, for the answers a
 * rembug record may leave out. The amount shows its skip option (a button; "1" on a numbered list, never a real
 * cost); a count does not, since "1" is a real count there: its prompt names the skip word instead.
 */
import { amountKind, type AmountStep } from "./amount.js";
import { countKind, type CountStep } from "./count.js";
import { defineStepKind, type StepKind } from "./step-kind.js";
import { cleanText, foldForMatch } from "../text.js";
import type { ChoiceOption, StepCtx, Transition } from "../types.js";

export interface OptionalAmountStep extends Omit<AmountStep, "kind"> {
  kind: "optional-amount";
  /** The skip option (a button, and its words). */
  skip(c: StepCtx): ChoiceOption;
  onSkip(c: StepCtx): Transition;
}
export interface OptionalCountStep extends Omit<CountStep, "kind"> {
  kind: "optional-count";
  skip(c: StepCtx): ChoiceOption;
  onSkip(c: StepCtx): Transition;
}

declare module "../types.js" {
  interface StepKindMap {
    "optional-amount": OptionalAmountStep;
    "optional-count": OptionalCountStep;
  }
}

const isSkip = (text: string, o: ChoiceOption): boolean => {
  const f = foldForMatch(cleanText(text));
  return f === foldForMatch(o.label) || f === foldForMatch(o.value) || (o.aliases ?? []).some((a) => foldForMatch(a) === f);
};

function optional<S extends OptionalAmountStep | OptionalCountStep, I>(kind: S["kind"], base: StepKind, asInner: (s: S) => I, numbered: boolean): StepKind {
  return defineStepKind<S>({
    kind,
    ...(numbered ? { options: (step: S, c: StepCtx) => [step.skip(c)] } : {}),
    press: (step, value, c) => (value === step.skip(c).value ? step.onSkip(c) : { invalid: c.t("input-stale-button") }),
    answer(step, input, c) {
      if (input.kind === "text" && (isSkip(input.text, step.skip(c)) || (numbered && cleanText(input.text) === "1"))) return step.onSkip(c);
      return base.answer(asInner(step) as never, input, c);
    },
    validate: (step, where) => base.validate?.(asInner(step) as never, where) ?? [],
  } as StepKind<S>);
}

export const optionalAmountKind = optional<OptionalAmountStep, AmountStep>("optional-amount", amountKind, (s) => ({ ...s, kind: "amount" }), true);
export const optionalCountKind = optional<OptionalCountStep, CountStep>("optional-count", countKind, (s) => ({ ...s, kind: "count" }), false);

