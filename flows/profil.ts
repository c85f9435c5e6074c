/**
 * "Ubah data diri": change name, or RW and RT, or give (or withdraw) the optional inclusion answer: whether the
 * resident is a woman, youth, elderly or a person with a disability. That answer is not covered by the registration
 * consent, so it is asked only after its own explicit opt-in; it is never required, only counted (the RSVP report)
 * and removed by `hapus data` (src/broadcast/inclusion.ts).
 */
import "../src/broadcast/engine-types.js";
import { parseInclusion } from "../src/broadcast/inclusion.js";
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
        { value: "inclusion", label: c.t("profil-field-inclusion"), aliases: c.words("profil-field-inclusion-aliases") },
        { value: "back", label: c.t("profil-field-back"), aliases: c.words("profil-field-back-aliases") },
      ],
      onChoose: (value) =>
        value === "name" ? { goto: "name" } : value === "area" ? { goto: "rw" } : value === "inclusion" ? { goto: "inklusi-izin" } : { end: {} },
    },
    name: nameStep((name, c) => ({
      effects: [{ type: "resident.update", patch: { name } }],
      say: [{ text: c.t("profil-saved") }],
      end: {},
    })),
    // The explicit opt-in: what is asked, why, that it is optional, counted only, and how to withdraw it.
    "inklusi-izin": {
      kind: "choice",
      prompt: (c) => c.t("inklusi-consent"),
      options: (c) => [
        { value: "yes", label: c.t("inklusi-consent-yes"), aliases: c.words("inklusi-consent-yes-aliases") },
        { value: "no", label: c.t("inklusi-consent-no"), aliases: c.words("inklusi-consent-no-aliases") },
        { value: "remove", label: c.t("inklusi-remove"), aliases: c.words("inklusi-remove-aliases") },
      ],
      onChoose: (value, c) =>
        value === "yes"
          ? { goto: "inklusi" }
          : value === "remove"
            ? { effects: [{ type: "resident.inclusion", tags: null }], say: [{ text: c.t("inklusi-removed") }], end: {} }
            : { say: [{ text: c.t("inklusi-declined") }], end: {} },
    },
    inklusi: {
      kind: "text",
      min: 1,
      max: 20,
      prompt: (c) => c.t("inklusi-ask"),
      onText(text, c) {
        const tags = parseInclusion(text);
        if (tags === null) return { invalid: c.t("inklusi-invalid") };
        return { effects: [{ type: "resident.inclusion", tags }], say: [{ text: c.t("inklusi-saved") }], end: {} };
      },
    },
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
