/** RW/RT choice steps shared by registration and profile editing. */
import { normalizeAreaNumber } from "../src/engine/choice-match.js";
import type { ChoiceOption, StepCtx } from "../src/engine/types.js";

const pad = (n: number) => String(n).padStart(2, "0");

export function rwOptions(c: StepCtx): ChoiceOption[] {
  return c.env.wilayah.rws.map((rw) => ({ value: String(rw), label: c.t("area-rw-label", { rw: pad(rw) }) }));
}

export function rtOptions(c: StepCtx, rw: number): ChoiceOption[] {
  return c.env.wilayah.rtsOf(rw).map((rt) => ({ value: String(rt), label: c.t("area-rt-label", { rt: pad(rt) }) }));
}

export const normalizeRw = (t: string) => normalizeAreaNumber(t, "rw");
export const normalizeRt = (t: string) => normalizeAreaNumber(t, "rt");
export { pad as padArea };
