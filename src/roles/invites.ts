/**
 * Invites and grants as the chat, the shell and (later) the dashboard use them: create a one-time invite, redeem
 * it (a new head of the same RT, RW or group replaces the old one), revoke a grant. Each call audits who did it and
 * must run inside the caller's transaction.
 */
import type { RoleGrant } from "../core/roles.js";
import type { Store } from "../store/index.js";
import { inviteOpen } from "../store/invites.js";
import type { GrantRow } from "../store/roles.js";
import { toGrant } from "../store/roles.js";
import { hashInviteCode, newInviteCode } from "./invite-code.js";

export const DAY_MS = 86_400_000;

const scopeOf = (g: RoleGrant) => ({
  ...(g.rw !== undefined ? { rw: g.rw } : {}),
  ...(g.rt !== undefined ? { rt: g.rt } : {}),
  ...(g.pokmasId !== undefined ? { pokmasId: g.pokmasId } : {}),
});

/**
 * Create a one-time invite for `grant`. `by` is the actor as the audit log names it (`resident:12`, `admin-cli`).
 *
 * @example
 * const { code } = createInvite(store, { grant: { role: "ketua_rt", rw: 3, rt: 2 }, by: "admin-cli", now, ttlDays: 7 });
 */
export function createInvite(store: Store, o: { grant: RoleGrant; by: string; now: number; ttlDays: number }): { id: number; code: string; expiresAt: number } {
  const expiresAt = o.now + o.ttlDays * DAY_MS;
  const repo = store.invites;
  for (let attempt = 0; ; attempt++) {
    const code = newInviteCode(o.grant.role);
    const hash = hashInviteCode(code);
    // 30^8 codes: a collision is all but impossible, but a used hash must never be given twice.
    if (repo.byHash(hash) && attempt < 8) continue;
    const id = repo.create(hash, o.grant, o.by, o.now, expiresAt);
    store.audit.record(o.by, "invite.created", `invite:${id}`, { role: o.grant.role, ...scopeOf(o.grant), expiresAt }, o.now);
    return { id, code, expiresAt };
  }
}

export interface Redeemed {
  grantId: number;
  grant: RoleGrant;
  /** Grants of other people that ended because this person became the head of the same area. */
  replaced: GrantRow[];
}

/** Redeem an invite for `residentId`; undefined when it is used, expired or unknown. */
export function redeemInvite(store: Store, o: { inviteId: number; residentId: number; now: number }): Redeemed | undefined {
  const repo = store.invites;
  const inv = repo.byId(o.inviteId);
  if (!inv || !inviteOpen(inv, o.now) || !repo.markUsed(inv.id, o.residentId, o.now)) return undefined;
  const grant = toGrant(inv);
  const actor = `resident:${o.residentId}`;
  const own = store.roles.grantsOf(o.residentId).find((g) => g.role === grant.role && g.rw === inv.rw && g.rt === inv.rt && g.pokmasId === inv.pokmasId);
  if (own) {
    store.audit.record(actor, "invite.redeemed", `invite:${inv.id}`, { role: grant.role, ...scopeOf(grant), already: true }, o.now);
    return { grantId: own.id, grant, replaced: [] };
  }
  const replaced: GrantRow[] = [];
  if (grant.role === "ketua_rt" || grant.role === "ketua_rw" || grant.role === "ketua_pokmas") {
    for (const old of store.roles.holdersOf(grant.role, scopeOf(grant))) {
      store.roles.revoke(old.id, actor, o.now);
      store.audit.record(actor, "role.revoked", `resident:${old.residentId}`, { role: old.role, ...scopeOf(toGrant(old)), reason: "replaced" }, o.now);
      replaced.push(old);
    }
  }
  const grantId = store.roles.grant(o.residentId, grant, `invite:${inv.id}`, o.now);
  store.audit.record(actor, "role.granted", actor, { role: grant.role, ...scopeOf(grant), invite: inv.id }, o.now);
  return { grantId, grant, replaced };
}

/** End one grant; the revoked row, or undefined when it was not active. */
export function revokeGrant(store: Store, o: { grantId: number; by: string; now: number }): GrantRow | undefined {
  const row = store.roles.get(o.grantId);
  if (!row || !store.roles.revoke(o.grantId, o.by, o.now)) return undefined;
  store.audit.record(o.by, "role.revoked", `resident:${row.residentId}`, { role: row.role, ...scopeOf(toGrant(row)), reason: "revoked" }, o.now);
  return row;
}
