/**
 * Read functions for the dashboard's Peran & audit page (page 8): role holders (the /peran reads), open invites
 * (never their codes: only hashes are stored), and the audit log filtered by actor and action, paged. Pure queries.
 */
import type { RoleName } from "../../core/roles.js";
import type { Store } from "../../store/index.js";
import type { HolderView } from "../../roles/engine-types.js";
import { roleReads } from "../../roles/install.js";

export interface OpenInvite {
  id: number;
  role: RoleName;
  rw: number | null;
  rt: number | null;
  pokmasName: string | null;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
}

export interface AuditRow {
  id: number;
  at: number;
  actor: string;
  action: string;
  subject: string | null;
  detail: string | null;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  /** Every action in the log, for the filter's choices. */
  actions: string[];
}

export interface AuditFilter {
  /** Exact actor (`resident:12`, `admin-cli`, `anon:…`); a bare number means `resident:<n>`. */
  actor?: string;
  action?: string;
  limit: number;
  offset?: number;
}

/** Active role holders with their names, optionally of one RW (the same reads /peran lists). */
export function roleHolders(store: Store, rw?: number): HolderView[] {
  return roleReads(store).holders(rw);
}

/** Invites not used and not expired at `now`, newest first. */
export function openInvites(store: Store, now: number): OpenInvite[] {
  const rows = store.db
    .prepare(
      `SELECT i.id, i.role, i.rw, i.rt, p.name AS pokmas_name, i.created_by, i.created_at, i.expires_at
         FROM invites i LEFT JOIN pokmas p ON p.id = i.pokmas_id
        WHERE i.used_at IS NULL AND i.expires_at > ? ORDER BY i.created_at DESC, i.id DESC`,
    )
    .all(now) as Array<{ id: number; role: RoleName; rw: number | null; rt: number | null; pokmas_name: string | null; created_by: string; created_at: number; expires_at: number }>;
  return rows.map((r) => ({ id: r.id, role: r.role, rw: r.rw, rt: r.rt, pokmasName: r.pokmas_name, createdBy: r.created_by, createdAt: r.created_at, expiresAt: r.expires_at }));
}

/** Normalise the actor filter: "12" is `resident:12`; blank is none. */
export function actorFilter(raw: string | undefined): string | undefined {
  const s = (raw ?? "").trim();
  if (!s) return undefined;
  return /^\d+$/.test(s) ? `resident:${s}` : s.slice(0, 80);
}

/** One page of the audit log, newest first, with the total for the pager. */
export function auditPage(store: Store, f: AuditFilter): AuditPage {
  const actor = actorFilter(f.actor);
  const action = f.action?.trim() || undefined;
  const where = `WHERE (? IS NULL OR actor = ?) AND (? IS NULL OR action = ?)`;
  const args = [actor ?? null, actor ?? null, action ?? null, action ?? null];
  const rows = store.db
    .prepare(`SELECT id, at, actor, action, subject, detail FROM audit_log ${where} ORDER BY id DESC LIMIT CAST(? AS INTEGER) OFFSET CAST(? AS INTEGER)`)
    .all(...args, f.limit, f.offset ?? 0) as AuditRow[];
  const total = store.db.prepare(`SELECT COUNT(*) FROM audit_log ${where}`).pluck().get(...args) as number;
  const actions = store.db.prepare(`SELECT DISTINCT action FROM audit_log ORDER BY action`).pluck().all() as string[];
  return { rows, total, actions };
}
