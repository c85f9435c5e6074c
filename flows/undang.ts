/** `/undang <peran> ...` for admins and LPMK members: a one-time invite code (and Telegram link) for a role. */
import type { CommandDef } from "../src/engine/types.js";
import { checkInviteRequest, splitInviteArgs } from "../src/roles/invite-request.js";
import "../src/roles/engine-types.js";

export const UNDANG_ROLES = ["lpmk"];

export const undang: CommandDef = {
  names: ["undang"],
  roles: UNDANG_ROLES,
  // Admins named in LPMK_ADMINS need not register as residents; the role check guards the command.
  requiresRegistration: false,
  run(arg, c) {
    const reads = c.env.reads.roles;
    if (!reads) return { say: [{ text: c.t("kode-unavailable") }], end: { showMenu: false } };
    if (!arg) return { say: [{ text: c.t("undang-usage") }], end: { showMenu: false } };
    const check = checkInviteRequest(splitInviteArgs(arg), c.env.wilayah, (name) => reads.pokmasByName(name));
    if (!check.ok) return { say: [{ text: c.t(check.key, check.args) }], end: { showMenu: false } };
    // The handler makes the code (from the OS random source) and answers with it.
    return { effects: [{ type: "invite.create", ...check.grant }], end: { showMenu: false } };
  },
};
