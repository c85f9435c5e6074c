/** Location step: an address or landmark typed as text, or a shared pin. */
import { cleanText, hasWords } from "../text.js";
import type { StepBase, StepCtx, Transition } from "../types.js";
import { defineStepKind } from "./step-kind.js";
import { lengthRefusal } from "./text.js";

export interface LocationStep extends StepBase {
  kind: "location";
  min: number;
  max: number;
  onLocation(loc: { text: string | null; lat: number | null; lon: number | null }, c: StepCtx): Transition;
}

declare module "../types.js" {
  interface StepKindMap {
    location: LocationStep;
  }
}

export const locationKind = defineStepKind<LocationStep>({
  kind: "location",
  answer(step, input, c) {
    if (input.kind === "location") {
      const ok = Number.isFinite(input.lat) && Number.isFinite(input.lon) && Math.abs(input.lat) <= 90 && Math.abs(input.lon) <= 180;
      if (!ok) return { invalid: c.t("input-location-invalid") };
      return step.onLocation({ text: null, lat: input.lat, lon: input.lon }, c);
    }
    if (input.kind !== "text") return { invalid: c.t("input-location-expected") };
    const text = cleanText(input.text);
    if (!hasWords(text)) return { invalid: c.t("input-location-expected") };
    return lengthRefusal(text, step, c) ?? step.onLocation({ text, lat: null, lon: null }, c);
  },
  validate: (step, where) => (step.min >= 0 && step.max > step.min ? [] : [`step "${where}" has bad limits`]),
});
