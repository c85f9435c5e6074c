/** One-time role invites and wrong-code counts (migration 014). The code is stored only as its hash. */
import type { RoleGrant, RoleName } from "../core/roles.js";
import type { Db } from "./db.js";
import type { Statement } from "better-sqlite3";

export interface InviteRow {
  id: number;
  role: RoleName;
  rw: number | null;
  rt: number | null;
  pokmasId: number | null;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  heldBy: number | null;
  usedAt: number | null;
  usedBy: number | null;
}

interface RawInvite {
  id: number;
  role: RoleName;
  rw: number | null;
  rt: number | null;
  pokmas_id: number | null;
  created_by: string;
  created_at: number;
  expires_at: number;
  held_by: number | null;
  used_at: number | null;
  used_by: number | null;
}

const toRow = (r: RawInvite): InviteRow => ({
  id: r.id,
  role: r.role,
  rw: r.rw,
  rt: r.rt,
  pokmasId: r.pokmas_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  heldBy: r.held_by,
  usedAt: r.used_at,
  usedBy: r.used_by,
});

/** Whether an invite can still be redeemed at `now`. */
export const inviteOpen = (r: InviteRow, now: number): boolean => r.usedAt === null && now < r.expiresAt;

export class InviteRepo {
  constructor(private readonly db: Db) {}

  create(codeHash: string, g: RoleGrant, by: string, now: number, expiresAt: number): number {
    const r = this.db
      .prepare(`INSERT INTO invites (code_hash, role, rw, rt, pokmas_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(codeHash, g.role, g.rw ?? null, g.rt ?? null, g.pokmasId ?? null, by, now, expiresAt);
    return Number(r.lastInsertRowid);
  }

  byHash(codeHash: string): InviteRow | undefined {
    const r = this.db.prepare(`SELECT * FROM invites WHERE code_hash = ?`).get(codeHash) as RawInvite | undefined;
    return r ? toRow(r) : undefined;
  }

  byId(id: number): InviteRow | undefined {
    const r = this.db.prepare(`SELECT * FROM invites WHERE id = ?`).get(id) as RawInvite | undefined;
    return r ? toRow(r) : undefined;
  }

  /** Keep an invite for a person who opened it before registering (the newest one they opened wins). */
  hold(id: number, residentId: number): void {
    this.db.prepare(`UPDATE invites SET held_by = NULL WHERE held_by = ? AND id <> ?`).run(residentId, id);
    this.db.prepare(`UPDATE invites SET held_by = ? WHERE id = ? AND used_at IS NULL`).run(residentId, id);
  }

  /** The invite held for the person, if it can still be redeemed. */
  heldFor(residentId: number, now: number): InviteRow | undefined {
    // Asked at every registration: prepared once.
    this.heldForStmt ??= this.db.prepare(`SELECT * FROM invites WHERE held_by = ? AND used_at IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 1`);
    const r = this.heldForStmt.get(residentId, now) as RawInvite | undefined;
    return r ? toRow(r) : undefined;
  }

  private heldForStmt: Statement | undefined;

  /** Mark used; false when it was used already or has expired. */
  markUsed(id: number, residentId: number, now: number): boolean {
    return this.db.prepare(`UPDATE invites SET used_at = ?, used_by = ?, held_by = NULL WHERE id = ? AND used_at IS NULL AND expires_at > ?`).run(now, residentId, id, now).changes > 0;
  }

  recordFailure(residentId: number, now: number): void {
    this.db.prepare(`INSERT INTO invite_failures (resident_id, at) VALUES (?, ?)`).run(residentId, now);
  }

  /** Times of the person's wrong codes since `since`, oldest first. */
  failuresSince(residentId: number, since: number): number[] {
    return (this.db.prepare(`SELECT at FROM invite_failures WHERE resident_id = ? AND at >= ? ORDER BY at, id`).all(residentId, since) as Array<{ at: number }>).map(
      (r) => r.at,
    );
  }
}
