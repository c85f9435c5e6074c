/** Role grants and Pokmas groups (migration 012). A grant is revoked, never deleted, so its history stays. */
import type { RoleGrant, RoleName } from "../core/roles.js";
import type { Db } from "./db.js";

export interface GrantRow {
  id: number;
  residentId: number;
  role: RoleName;
  rw: number | null;
  rt: number | null;
  pokmasId: number | null;
  grantedBy: string | null;
  grantedAt: number;
}

export interface PokmasRow {
  id: number;
  name: string;
  rw: number | null;
}

interface RawGrant {
  id: number;
  resident_id: number;
  role: RoleName;
  rw: number | null;
  rt: number | null;
  pokmas_id: number | null;
  granted_by: string | null;
  granted_at: number;
}

const toRow = (r: RawGrant): GrantRow => ({
  id: r.id,
  residentId: r.resident_id,
  role: r.role,
  rw: r.rw,
  rt: r.rt,
  pokmasId: r.pokmas_id,
  grantedBy: r.granted_by,
  grantedAt: r.granted_at,
});

export function toGrant(r: Pick<GrantRow, "role" | "rw" | "rt" | "pokmasId">): RoleGrant {
  return {
    role: r.role,
    ...(r.rw !== null ? { rw: r.rw } : {}),
    ...(r.rt !== null ? { rt: r.rt } : {}),
    ...(r.pokmasId !== null ? { pokmasId: r.pokmasId } : {}),
  };
}

export class RoleRepo {
  private readonly activeOf;
  private readonly insert;
  private readonly revokeOne;
  constructor(private readonly db: Db) {
    this.activeOf = db.prepare(`SELECT * FROM role_grants WHERE resident_id = ? AND revoked_at IS NULL ORDER BY id`);
    this.insert = db.prepare(
      `INSERT INTO role_grants (resident_id, role, rw, rt, pokmas_id, granted_by, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.revokeOne = db.prepare(`UPDATE role_grants SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL`);
  }

  /** Active grants of one person. */
  grantsOf(residentId: number): GrantRow[] {
    return (this.activeOf.all(residentId) as RawGrant[]).map(toRow);
  }

  /** The active holder(s) of exactly this role and scope (at most one for heads). */
  holdersOf(role: RoleName, scope: { rw?: number; rt?: number; pokmasId?: number }): GrantRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM role_grants WHERE role = ? AND revoked_at IS NULL
           AND rw IS ? AND rt IS ? AND pokmas_id IS ? ORDER BY id`,
      )
      .all(role, scope.rw ?? null, scope.rt ?? null, scope.pokmasId ?? null) as RawGrant[];
    return rows.map(toRow);
  }

  /** Every active grant, optionally only those within one RW (kelurahan-wide roles are listed with rw = null). */
  active(rw?: number): GrantRow[] {
    const rows = (
      rw === undefined
        ? this.db.prepare(`SELECT * FROM role_grants WHERE revoked_at IS NULL ORDER BY rw, rt, role, id`).all()
        : this.db.prepare(`SELECT * FROM role_grants WHERE revoked_at IS NULL AND rw = ? ORDER BY rt, role, id`).all(rw)
    ) as RawGrant[];
    return rows.map(toRow);
  }

  get(id: number): GrantRow | undefined {
    const r = this.db.prepare(`SELECT * FROM role_grants WHERE id = ?`).get(id) as RawGrant | undefined;
    return r ? toRow(r) : undefined;
  }

  /** Add a grant (callers revoke a previous head first: the unique indexes refuse two heads). Returns its id. */
  grant(residentId: number, g: RoleGrant, by: string, now = Date.now()): number {
    const r = this.insert.run(residentId, g.role, g.rw ?? null, g.rt ?? null, g.pokmasId ?? null, by, now);
    return Number(r.lastInsertRowid);
  }

  /** End a grant; false when it was not active. */
  revoke(id: number, by: string, now = Date.now()): boolean {
    return this.revokeOne.run(now, by, id).changes > 0;
  }

  /** End every grant of a person (their data was deleted). */
  revokeAllOf(residentId: number, by: string, now = Date.now()): number {
    return this.db.prepare(`UPDATE role_grants SET revoked_at = ?, revoked_by = ? WHERE resident_id = ? AND revoked_at IS NULL`).run(now, by, residentId).changes;
  }

  addPokmas(name: string, rw: number | null, by: string, now = Date.now()): number {
    const r = this.db.prepare(`INSERT INTO pokmas (name, rw, created_by, created_at) VALUES (?, ?, ?, ?)`).run(name, rw, by, now);
    return Number(r.lastInsertRowid);
  }

  pokmasByName(name: string): PokmasRow | undefined {
    return this.db.prepare(`SELECT id, name, rw FROM pokmas WHERE name = ?`).get(name) as PokmasRow | undefined;
  }

  pokmasById(id: number): PokmasRow | undefined {
    return this.db.prepare(`SELECT id, name, rw FROM pokmas WHERE id = ?`).get(id) as PokmasRow | undefined;
  }
}
