/** "Ubah data diri": change name, or RW and RT. */
import type { FlowDef } from "../src/engine/types.js";
import { areaData, nameStep, padArea, rtStep, rwStep } from "./area.js";

export const profil: FlowDef = {
  id: "profil",
  version: 1,
  data: areaData,
  start: "field",
  commands: ["profil", "ubah"],
  steps: {
    field: {
      kind: "choice",
      prompt: (c) =>
        c.t("profil-current", {
          name: c.resident.name ?? "-",
          rw: padArea(c.resident.rw ?? 0),
          rt: padArea(c.resident.rt ?? 0),
        }),
      options: (c) => [
        { value: "name", label: c.t("profil-field-name") },
        { value: "area", label: c.t("profil-field-area") },
        { value: "back", label: c.t("profil-field-back"), aliases: c.words("profil-field-back-aliases") },
      ],
      onChoose: (value) => (value === "name" ? { goto: "name" } : value === "area" ? { goto: "rw" } : { end: {} }),
    },
    name: nameStep((name, c) => ({
      effects: [{ type: "resident.update", patch: { name } }],
      say: [{ text: c.t("profil-saved") }],
      end: {},
    })),
    rw: rwStep(),
    rt: rtStep((rw, rt, c) => ({
      effects: [
        { type: "resident.update", patch: { rw, rt } },
        { type: "audit", action: "resident.moved", detail: { rw, rt } },
      ],
      say: [{ text: c.t("profil-saved") }],
      end: {},
    })),
  },
};
