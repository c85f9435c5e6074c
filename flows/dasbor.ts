/**
 * `/dasbor` for LPMK members, admins and RW heads: a one-time sign-in link to the web dashboard (10 minutes, usable
 * once). `/dasbor keluar` ends every dashboard session of the person. The link is made by an effect handler
 * (src/web/dashboard/chat-effects.ts): the token must be stored, and only its hash is.
 */
import type { CommandDef } from "../src/engine/types.js";

declare module "../src/engine/types.js" {
  interface EffectMap {
    /** Create a sign-in token and reply with the link. */
    "dashboard.link": Record<never, never>;
    /** End every dashboard session of the speaker and say how many. */
    "dashboard.signout": Record<never, never>;
  }
}

export const DASBOR_ROLES = ["lpmk", "ketua_rw"];

export const dasbor: CommandDef = {
  names: ["dasbor", "dashboard"],
  roles: DASBOR_ROLES,
  // LPMK members named in LPMK_ADMINS need not register as residents; the role check guards the command.
  requiresRegistration: false,
  run(arg, c) {
    const word = (arg ?? "").trim().toLowerCase();
    if (word && c.words("dasbor-signout-aliases").includes(word)) return { effects: [{ type: "dashboard.signout" }], end: { showMenu: false } };
    if (word) return { say: [{ text: c.t("dasbor-chat-usage") }], end: { showMenu: false } };
    return { effects: [{ type: "dashboard.link" }], end: { showMenu: false } };
  },
};
