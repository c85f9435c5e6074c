/** Photo step: one photo, or the skip option (button, its number 1, or one of its words). */
import { MAX_DOCUMENT_BYTES, documentProblem } from "../../core/media-limits.js";
import { matchChoice } from "../choice-match.js";
import { cleanText } from "../text.js";
import type { ChoiceOption, StepBase, StepCtx, Transition } from "../types.js";
import { defineStepKind } from "./step-kind.js";

export interface PhotoStep extends StepBase {
  kind: "photo";
  /** The option that skips the photo. */
  skip: (c: StepCtx) => ChoiceOption;
  onPhoto(path: string | null, c: StepCtx): Transition;
  /** A PDF sent instead of a photo (a poster as a document); without it documents are not taken here. */
  onDocument?(doc: { path: string; fileName: string; mime: string }, c: StepCtx): Transition;
}

declare module "../types.js" {
  interface StepKindMap {
    photo: PhotoStep;
  }
}

export const photoKind = defineStepKind<PhotoStep>({
  kind: "photo",
  options: (step, c) => [step.skip(c)],
  acceptsPhoto: () => true,
  acceptsDocument: (step) => step.onDocument !== undefined,
  document(step, input, c) {
    const problem = documentProblem(input);
    if (problem) return { invalid: c.t(problem === "too-large" ? "input-document-too-large" : "input-document-not-pdf", { mb: MAX_DOCUMENT_BYTES / (1024 * 1024) }) };
    if (!input.path || !step.onDocument) return { invalid: c.t("input-document-failed") };
    return step.onDocument({ path: input.path, fileName: input.fileName, mime: input.mime }, c);
  },
  press: (step, value, c) => (value === step.skip(c).value ? step.onPhoto(null, c) : { invalid: c.t("input-stale-button") }),
  answer(step, input, c) {
    if (input.kind === "photo") return input.path ? step.onPhoto(input.path, c) : { invalid: c.t("input-photo-failed") };
    if (input.kind === "text") {
      const skip = step.skip(c);
      const m = matchChoice(cleanText(input.text), [{ ...skip, aliases: [...(skip.aliases ?? []), "1"] }]);
      if (m.ok) return step.onPhoto(null, c);
    }
    return { invalid: c.t("input-photo-expected") };
  },
});
