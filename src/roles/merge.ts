/** When /tautkan merges two records of one person, their roles (and invite traces) move to the record that stays. */
import type { Store } from "../store/index.js";

/**
 * Move `source`'s grants to `target` (a grant the target already holds is ended on the source instead), and the
 * invites held or used by the source and its wrong-code count. Runs inside the caller's transaction.
 */
export function moveRoles(store: Store, source: number, target: number, now: number): void {
  const db = store.db;
  const held = store.roles.grantsOf(target);
  for (const g of store.roles.grantsOf(source)) {
    const dup = held.some((t) => t.role === g.role && t.rw === g.rw && t.rt === g.rt && t.pokmasId === g.pokmasId);
    if (dup) store.roles.revoke(g.id, `resident:${target}`, now);
  }
  db.prepare(`UPDATE role_grants SET resident_id = ? WHERE resident_id = ?`).run(target, source);
  db.prepare(`UPDATE invites SET held_by = ? WHERE held_by = ?`).run(target, source);
  db.prepare(`UPDATE invites SET used_by = ? WHERE used_by = ?`).run(target, source);
  db.prepare(`UPDATE invite_failures SET resident_id = ? WHERE resident_id = ?`).run(target, source);
}
