/**
 * The main menu, where every registered resident rests between flows. Heads and LPMK members also see the entries
 * their roles allow (rembug, recap, announcements, ...), after the residents' own: a resident's numbers never move.
 */
import { otherLang } from "../src/core/domain.js";
import type { ChoiceOption, FlowDef, StepCtx } from "../src/engine/types.js";
import { DASBOR_ROLES } from "./dasbor.js";
import { REKAP_ROLES } from "./rekap.js";
import { REMBUG_ROLES } from "./rembug.js";
import { SIKLUS_ROLES } from "./siklus.js";
import { statusList } from "./status.js";
import { UMUMKAN_ROLES } from "./umumkan.js";
import { UNDANG_ROLES } from "./undang.js";
import { USULAN_ROLES } from "./usulan.js";

/**
 * The entries for role holders, each with the roles its flow or command declares (the engine refuses anyone else
 * with the same rule, so the menu never offers what would be refused). `flow`: started from the menu; otherwise the
 * entry answers with the command's usage (commands take their arguments on one line), or `effect` runs the command's
 * effect (the dashboard's sign-in link, as `/dasbor` sends it).
 */
export const ROLE_ENTRIES: ReadonlyArray<{ value: string; roles: readonly string[]; flow?: string; usageKey?: string; effect?: "dashboard.link" }> = [
  { value: "rembug", roles: REMBUG_ROLES, flow: "rembug" },
  { value: "rekap", roles: REKAP_ROLES, flow: "rekap" },
  { value: "umumkan", roles: UMUMKAN_ROLES, flow: "umumkan" },
  { value: "siklus", roles: SIKLUS_ROLES, flow: "siklus" },
  { value: "usulan", roles: USULAN_ROLES, flow: "usulan" },
  { value: "undang", roles: UNDANG_ROLES, usageKey: "undang-usage" },
  { value: "peran", roles: ["lpmk"], flow: "peran" },
  { value: "dasbor", roles: DASBOR_ROLES, effect: "dashboard.link" },
];

/** The role entries `c`'s speaker may use: the same check as the engine's (any declared role word held). */
export function roleEntries(c: Pick<StepCtx, "env">): typeof ROLE_ENTRIES {
  const held = c.env.actor.roles;
  return ROLE_ENTRIES.filter((e) => e.roles.some((r) => held.has(r)));
}

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
        ...roleEntries(c).map((e): ChoiceOption => ({ value: e.value, label: c.t(`menu-role-${e.value}`) })),
      ],
      onChoose(value, c) {
        const entry = roleEntries(c).find((e) => e.value === value);
        if (entry?.flow) return { startFlow: entry.flow };
        if (entry?.usageKey) return { say: [{ text: c.t(entry.usageKey) }], end: {} };
        if (entry?.effect) return { effects: [{ type: entry.effect }], end: { showMenu: false } };
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
