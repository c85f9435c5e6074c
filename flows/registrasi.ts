/** Registration: consent under UU 27/2022, then name, RW and RT. */
import type { FlowDef } from "../src/engine/types.js";
import { readData } from "../src/engine/flow-data.js";
import { areaData, nameStep, padArea, rtStep, rwStep } from "./area.js";
import "../src/roles/engine-types.js";

export const registrasi: FlowDef = {
  id: "registrasi",
  version: 1,
  data: areaData,
  start: "consent",
  requiresRegistration: false,
  onStart(c) {
    if (c.resident.consent === "given") return { goto: "name" };
    return { say: [{ text: c.t("registrasi-welcome", { kelurahan: c.env.kelurahan }) }] };
  },
  steps: {
    consent: {
      kind: "choice",
      prompt: (c) => c.t("registrasi-consent", { kelurahan: c.env.kelurahan }),
      options: (c) => [
        { value: "yes", label: c.t("registrasi-consent-yes"), aliases: c.words("registrasi-consent-yes-aliases") },
        { value: "no", label: c.t("registrasi-consent-no"), aliases: c.words("registrasi-consent-no-aliases") },
      ],
      onChoose(value, c) {
        if (value === "no") {
          return {
            effects: [
              { type: "resident.update", patch: { consent: "refused" } },
              { type: "audit", action: "consent.refused" },
            ],
            say: [{ text: c.t("registrasi-consent-refused") }],
            end: { showMenu: false },
          };
        }
        return {
          effects: [
            { type: "resident.update", patch: { consent: "given" } },
            { type: "audit", action: "consent.given" },
          ],
          goto: "name",
        };
      },
    },
    name: nameStep((name) => ({ set: { name }, goto: "rw" })),
    rw: rwStep(),
    rt: rtStep((rw, rt, c) => {
      const { name } = readData(areaData, c);
      if (name === undefined) throw new Error("registration reached the RT step without a name");
      return {
        effects: [
          { type: "resident.update", patch: { name, rw, rt, registered: true } },
          { type: "audit", action: "resident.registered", detail: { rw, rt } },
        ],
        say: [{ text: c.t("registrasi-done", { name, rw: padArea(rw), rt: padArea(rt) }) }],
        // Someone who opened a role invite before registering continues to it (flows/kode.ts).
        ...(c.env.reads.roles?.heldInvite(c.resident.id, c.env.now) ? { startFlow: "kode" } : { end: {} }),
      };
    }),
  },
};
