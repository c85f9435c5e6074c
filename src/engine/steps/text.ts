/** Text step: free text within a length range (names, descriptions, codes). */
import { charCount, cleanText, hasWords } from "../text.js";
import type { StepBase, StepCtx, Transition } from "../types.js";
import { defineStepKind } from "./step-kind.js";

export interface TextStep extends StepBase {
  kind: "text";
  min: number;
  max: number;
  onText(text: string, c: StepCtx): Transition;
}

declare module "../types.js" {
  interface StepKindMap {
    text: TextStep;
  }
}

/** The length checks shared by text and location steps; undefined when the length is fine. */
export function lengthRefusal(text: string, limits: { min: number; max: number }, c: StepCtx): Transition | undefined {
  const n = charCount(text);
  if (n < limits.min) return { invalid: c.t("input-text-too-short", { min: limits.min, length: n }) };
  if (n > limits.max) return { invalid: c.t("input-text-too-long", { max: limits.max, length: n }) };
  return undefined;
}

export const textKind = defineStepKind<TextStep>({
  kind: "text",
  answer(step, input, c) {
    if (input.kind !== "text") return { invalid: c.t(input.kind === "photo" ? "input-text-not-photo" : "input-text-expected") };
    const text = cleanText(input.text);
    if (!text) return { invalid: c.t("input-text-empty") };
    if (!hasWords(text)) return { invalid: c.t("input-text-no-words") };
    return lengthRefusal(text, step, c) ?? step.onText(text, c);
  },
  validate: (step, where) => (step.min >= 0 && step.max > step.min ? [] : [`step "${where}" has bad limits`]),
});
