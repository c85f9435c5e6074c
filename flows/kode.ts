/**
 * `/kode <code>`, a code typed on its own, or `/start <code>` from a Telegram link: redeem a role invite. People who
 * have not registered register first and come back here (the invite is held for them). A used, expired or wrong code
 * gets one and the same refusal; more than 5 wrong codes in an hour lock the person out of /kode for an hour.
 */
import { z } from "zod";
import { readData } from "../src/engine/flow-data.js";
import type { RoleGrant } from "../src/core/roles.js";
import type { FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import type { InviteView } from "../src/roles/engine-types.js";
import { parseInviteCode } from "../src/roles/invite-code.js";
import { LOCKOUT } from "../src/roles/lockout.js";
import { roleAllows, roleLabel } from "../src/roles/role-label.js";

const kodeData = z.object({ inviteId: z.number().int().optional() });

const roleOf = (c: StepCtx, inv: InviteView): string => roleLabel(c.env.t, c.lang, { ...inv, pokmasName: inv.pokmasName ?? null });

/** The speaker's grants plus the invite's (redeeming it grants that role; other grants of theirs stay). */
function withGrant(grants: readonly RoleGrant[], inv: InviteView): RoleGrant[] {
  const g: RoleGrant = { role: inv.role, ...(inv.rw !== undefined ? { rw: inv.rw } : {}), ...(inv.rt !== undefined ? { rt: inv.rt } : {}), ...(inv.pokmasId !== undefined ? { pokmasId: inv.pokmasId } : {}) };
  const same = (o: RoleGrant) => o.role === g.role && o.rw === g.rw && o.rt === g.rt && o.pokmasId === g.pokmasId;
  return grants.some(same) ? [...grants] : [...grants, g];
}

/** The invite, shown for confirmation. */
const offer = (inv: InviteView): Transition => ({ set: { inviteId: inv.id }, goto: "confirm" });

/** Try a code; every way of failing looks the same to the sender. */
function tryCode(c: StepCtx, typed: string): Transition {
  const reads = c.env.reads.roles!;
  const now = c.env.now;
  const end = { showMenu: c.resident.registered };
  if (reads.lockedUntil(c.resident.id, now) !== undefined) {
    return { say: [{ text: c.t("kode-locked") }], effects: [{ type: "audit", action: "invite.locked-out" }], end };
  }
  const code = parseInviteCode(typed);
  const inv = code ? reads.openInvite(code, now) : undefined;
  if (!inv) {
    const locksNow = reads.wrongCodesInWindow(c.resident.id, now) + 1 > LOCKOUT.maxWrong;
    const say = [{ text: c.t("kode-refused") }, ...(locksNow ? [{ text: c.t("kode-locked") }] : [])];
    return { effects: [{ type: "invite.failed" }], say, end };
  }
  if (!c.resident.registered) {
    return { effects: [{ type: "invite.hold", inviteId: inv.id }], say: [{ text: c.t("kode-register-first") }], startFlow: "registrasi" };
  }
  return offer(inv);
}

export const kode: FlowDef = {
  id: "kode",
  version: 1,
  data: kodeData,
  start: "ask",
  commands: ["kode", "start"],
  // A new person who opens the link is led to registration from here, with the invite held.
  requiresRegistration: false,
  claims: (text) => (parseInviteCode(text) ? text : undefined),
  onStart(c, arg) {
    const reads = c.env.reads.roles;
    if (!reads) return { say: [{ text: c.t("kode-unavailable") }], end: {} };
    if (arg) return tryCode(c, arg);
    // Back from registration (or /kode alone): an invite held for this person continues.
    const held = c.resident.registered ? reads.heldInvite(c.resident.id, c.env.now) : undefined;
    if (held) return offer(held);
    return undefined;
  },
  steps: {
    ask: {
      kind: "text",
      min: 4,
      max: 40,
      prompt: (c) => c.t("kode-ask"),
      onText: (text, c) => tryCode(c, text),
    },
    confirm: {
      kind: "choice",
      prompt: (c) => {
        const inv = c.env.reads.roles?.openInviteById(readData(kodeData, c).inviteId ?? -1, c.env.now);
        if (!inv) return c.t("kode-refused");
        return c.t("kode-confirm", { role: roleOf(c, inv), allows: roleAllows(c.env.t, c.lang, inv.role) });
      },
      options: (c) => [
        { value: "yes", label: c.t("kode-yes"), aliases: c.words("kode-yes-aliases") },
        { value: "no", label: c.t("kode-no"), aliases: c.words("kode-no-aliases") },
      ],
      onChoose(value, c) {
        if (value === "no") return { say: [{ text: c.t("kode-declined") }], effects: [{ type: "audit", action: "invite.declined" }], end: {} };
        // Checked again now: the code may have been used by someone else, or expired, since it was shown.
        const inv = c.env.reads.roles?.openInviteById(readData(kodeData, c).inviteId ?? -1, c.env.now);
        if (!inv) return { say: [{ text: c.t("kode-refused") }], end: {} };
        // The menu sent with this reply already lists what the new role opens.
        return {
          effects: [{ type: "invite.redeem", inviteId: inv.id }],
          grants: withGrant(c.env.actor.grants ?? [], inv),
          say: [{ text: c.t("kode-done", { role: roleOf(c, inv) }) }],
          end: {},
        };
      },
    },
  },
};
