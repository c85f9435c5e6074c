/** "Ubah data diri": change name, or RW and RT. */
import type { FlowDef } from "../src/engine/types.js";
import { normalizeRt, normalizeRw, padArea, rtOptions, rwOptions } from "./area.js";

export const profil: FlowDef = {
  id: "profil",
  version: 1,
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
        { value: "back", label: c.t("profil-field-back"), aliases: ["kembali", "back"] },
      ],
      onChoose: (value) => (value === "name" ? { goto: "name" } : value === "area" ? { goto: "rw" } : { end: {} }),
    },
    name: {
      kind: "text",
      min: 2,
      max: 80,
      prompt: (c) => c.t("registrasi-name"),
      onText: (text, c) => {
        if (!/\p{L}/u.test(text)) return { invalid: c.t("registrasi-name-invalid") };
        return {
          effects: [{ type: "resident.update", patch: { name: text } }],
          say: [{ text: c.t("profil-saved") }],
          end: {},
        };
      },
    },
    rw: {
      kind: "choice",
      prompt: (c) => c.t("registrasi-rw", { name: c.resident.name ?? "" }),
      options: rwOptions,
      normalize: normalizeRw,
      onChoose: (value) => ({ set: { rw: Number(value) }, goto: "rt" }),
    },
    rt: {
      kind: "choice",
      prompt: (c) => c.t("registrasi-rt", { rw: padArea(Number(c.data.rw)) }),
      options: (c) => rtOptions(c, Number(c.data.rw)),
      normalize: normalizeRt,
      onChoose: (value, c) => ({
        effects: [
          { type: "resident.update", patch: { rw: Number(c.data.rw), rt: Number(value) } },
          { type: "audit", action: "resident.moved", detail: { rw: Number(c.data.rw), rt: Number(value) } },
        ],
        say: [{ text: c.t("profil-saved") }],
        end: {},
      }),
    },
  },
};
