/**
 * Name, RW and RT steps shared by registration and profile editing.
 * Each RW and RT is listed under its own number (`5. RW 05`), so the number a resident types is the RW/RT itself,
 * also when the kelurahan's list has gaps (RWs 1, 2, 4, 5).
 */
import { padArea } from "../src/core/area-number.js";
import { z } from "zod";
import { normalizeAreaNumber } from "../src/engine/choice-match.js";
import { readData } from "../src/engine/flow-data.js";
import type { ChoiceOption, ChoiceStep, StepCtx, TextStep, Transition } from "../src/engine/types.js";

export { padArea } from "../src/core/area-number.js";

function rwOptions(c: StepCtx): ChoiceOption[] {
  return c.env.wilayah.rws.map((rw) => ({ value: String(rw), number: rw, label: c.t("area-rw-label", { rw: padArea(rw) }) }));
}

function rtOptions(c: StepCtx, rw: number): ChoiceOption[] {
  return c.env.wilayah.rtsOf(rw).map((rt) => ({ value: String(rt), number: rt, label: c.t("area-rt-label", { rt: padArea(rt) }) }));
}

/** The data of the name/RW/RT steps (registration and profile editing). */
export const areaData = z.object({ name: z.string().optional(), rw: z.number().int().optional() });

/** The RW chosen in the step before the RT step. */
function chosenRw(c: StepCtx): number {
  const { rw } = readData(areaData, c);
  if (rw === undefined) throw new Error("RT step reached without an RW");
  return rw;
}

/** The full name: letters required, 2-80 characters. */
export function nameStep(onName: (name: string, c: StepCtx) => Transition): TextStep {
  return {
    kind: "text",
    min: 2,
    max: 80,
    prompt: (c) => c.t("registrasi-name"),
    onText: (text, c) => (/\p{L}/u.test(text) ? onName(text, c) : { invalid: c.t("registrasi-name-invalid") }),
  };
}

/** The RW, from the kelurahan's list; "3", "03", "003" and "RW 3" all work. Stores `rw` and goes to `rt`. */
export function rwStep(): ChoiceStep {
  return {
    kind: "choice",
    prompt: (c) => c.t("registrasi-rw", { name: readData(areaData, c).name ?? c.resident.name ?? "" }),
    options: rwOptions,
    normalize: (t) => normalizeAreaNumber(t, "rw"),
    onChoose: (value) => ({ set: { rw: Number(value) }, goto: "rt" }),
  };
}

/** The RT, which must belong to the RW chosen in the step before. */
export function rtStep(onArea: (rw: number, rt: number, c: StepCtx) => Transition): ChoiceStep {
  return {
    kind: "choice",
    prompt: (c) => c.t("registrasi-rt", { rw: padArea(chosenRw(c)) }),
    options: (c) => rtOptions(c, chosenRw(c)),
    normalize: (t) => normalizeAreaNumber(t, "rt"),
    onChoose: (value, c) => onArea(chosenRw(c), Number(value), c),
  };
}
