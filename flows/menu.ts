/** The main menu, where every registered resident rests between flows. */
import { otherLang } from "../src/core/domain.js";
import type { FlowDef } from "../src/engine/types.js";
import { statusList } from "./status.js";

export const menu: FlowDef = {
  id: "menu",
  version: 1,
  start: "main",
  commands: ["menu-utama"],
  steps: {
    main: {
      kind: "choice",
      prompt: (c) => c.t("menu-prompt", { name: c.resident.name ?? "" }),
      noMatchKey: "menu-not-understood",
      options: (c) => [
        { value: "aspirasi", label: c.t("menu-aspirasi"), aliases: c.words("menu-aspirasi-aliases") },
        { value: "status", label: c.t("menu-status"), aliases: c.words("menu-status-aliases") },
        { value: "profil", label: c.t("menu-profil"), aliases: c.words("menu-profil-aliases") },
        { value: "bahasa", label: c.t("menu-bahasa") },
        { value: "bantuan", label: c.t("menu-bantuan") },
        { value: "dukung", label: c.t("menu-dukung"), aliases: c.words("menu-dukung-aliases") },
      ],
      onChoose(value, c) {
        switch (value) {
          case "aspirasi":
          case "profil":
          case "dukung":
            return { startFlow: value };
          case "status":
            return { say: [{ text: statusList(c) }], end: {} };
          case "bahasa": {
            const lang = otherLang(c.lang);
            return {
              effects: [{ type: "resident.update", patch: { lang } }],
              say: [{ text: c.env.t(lang, "lang-switched") }],
              end: {},
            };
          }
          default:
            return { say: [{ text: c.t("help-text", { kelurahan: c.env.kelurahan }) }], end: {} };
        }
      },
    },
  },
};
