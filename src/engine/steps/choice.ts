/** Choice step: one option from a list, by button, number, label, alias or a near spelling. */
import { matchChoice } from "../choice-match.js";
import { cleanText, hasWords } from "../text.js";
import type { ChoiceOption, StepBase, StepCtx, Transition } from "../types.js";
import { defineStepKind } from "./step-kind.js";

export interface ChoiceStep extends StepBase {
  kind: "choice";
  options(c: StepCtx): ChoiceOption[];
  /** Turn free text into an option value before matching (e.g. "RW 03" -> "3"). */
  normalize?(text: string): string;
  onChoose(value: string, c: StepCtx): Transition;
  /** Typed text that matches no option (e.g. a whole complaint at the category question); undefined = "no match". */
  onUnmatched?(text: string, c: StepCtx): Transition | undefined;
  /** A photo sent at this question (e.g. on the aspiration summary); without it a photo is asked to be a choice. */
  onPhoto?(path: string, c: StepCtx): Transition;
  /** Locale key said when typed text matches nothing (`$max` is the number of options); default `input-choice-no-match`. */
  noMatchKey?: string;
}

declare module "../types.js" {
  interface StepKindMap {
    choice: ChoiceStep;
  }
}

export const choiceKind = defineStepKind<ChoiceStep>({
  kind: "choice",
  options: (step, c) => step.options(c),
  acceptsPhoto: (step) => step.onPhoto !== undefined,
  press(step, value, c) {
    const opt = step.options(c).find((o) => o.value === value);
    return opt ? step.onChoose(opt.value, c) : { invalid: c.t("input-stale-button") };
  },
  answer(step, input, c) {
    if (input.kind === "photo" && step.onPhoto) {
      return input.path ? step.onPhoto(input.path, c) : { invalid: c.t("input-photo-failed-resend") };
    }
    if (input.kind !== "text") return { invalid: c.t("input-choice-expected") };
    const text = cleanText(input.text);
    if (!hasWords(text)) return { invalid: c.t("input-choice-expected") };
    const opts = step.options(c);
    const m = matchChoice(text, opts, step.normalize);
    if (m.ok) return step.onChoose(m.value, c);
    const unmatched = step.onUnmatched?.(text, c);
    if (unmatched) return unmatched;
    if (m.reason === "out-of-range") return { invalid: c.t("input-choice-out-of-range", { max: opts.length }) };
    if (m.reason === "not-listed") return { invalid: c.t("input-choice-not-listed", { numbers: opts.map((o) => o.number).join(", ") }) };
    return { invalid: c.t(step.noMatchKey ?? "input-choice-no-match", { max: opts.length }) };
  },
});
