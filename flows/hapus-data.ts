/** "hapus data": delete the resident's personal data after a confirmation; aspirations stay, anonymised. */
import type { FlowDef } from "../src/engine/types.js";

export const hapusData: FlowDef = {
  id: "hapus-data",
  version: 1,
  start: "confirm",
  requiresRegistration: false,
  onStart(c) {
    if (c.resident.consent !== "given" && !c.resident.registered) {
      return { say: [{ text: c.t("hapus-data-nothing") }], resume: true };
    }
    return undefined;
  },
  steps: {
    confirm: {
      kind: "choice",
      prompt: (c) => c.t("hapus-data-confirm"),
      options: (c) => [
        { value: "yes", label: c.t("hapus-data-yes"), aliases: c.words("hapus-data-yes-aliases") },
        { value: "no", label: c.t("hapus-data-no"), aliases: c.words("hapus-data-no-aliases") },
      ],
      onChoose(value, c) {
        if (value === "no") return { say: [{ text: c.t("hapus-data-kept") }], resume: true };
        return {
          effects: [{ type: "resident.delete" }],
          say: [{ text: c.t("hapus-data-done") }],
          end: { showMenu: false },
        };
      },
    },
  },
};
