/**
 * The signed-in person as the dashboard sees them: their grants (read again on every request, so a revoked role
 * takes effect at once), the RWs they may see, and whether they see rahasia aspirations.
 */
import type { Lang } from "../../core/domain.js";
import { isKelurahanWide, type RoleGrant } from "../../core/roles.js";
import { grantsOf, grantsFromConfig } from "../../app/roles.js";
import type { Store } from "../../store/index.js";
import type { WebSession } from "./signin-store.js";

export interface DashUser {
  residentId: number;
  name: string;
  /** As the audit log names actors: `resident:12`. */
  actor: string;
  grants: RoleGrant[];
  lang: Lang;
  /** Admins and LPMK members: every RW. */
  allRws: boolean;
  /** The RWs an RW head heads (empty for kelurahan-wide users, who see all). */
  rws: number[];
  isAdmin: boolean;
  isLpmk: boolean;
  /** Rahasia aspirations: LPMK admins only. */
  seesConfidential: boolean;
  /** The session's id hash (sign-out, language). */
  sessionIdHash: string;
}

/** The roles that may use the dashboard at all. */
export function mayUseDashboard(grants: readonly RoleGrant[]): boolean {
  return grants.some((g) => isKelurahanWide(g) || g.role === "ketua_rw");
}

export function dashUserOf(store: Store, lpmkAdmins: string[], session: WebSession, lang: Lang): DashUser {
  const grants = grantsOf(store, grantsFromConfig(lpmkAdmins), session.residentId, session.channel, session.address);
  const allRws = grants.some(isKelurahanWide);
  const isAdmin = grants.some((g) => g.role === "admin");
  const resident = store.residents.get(session.residentId);
  return {
    residentId: session.residentId,
    name: resident?.name ?? session.address,
    actor: `resident:${session.residentId}`,
    grants,
    lang,
    allRws,
    rws: allRws ? [] : [...new Set(grants.filter((g) => g.role === "ketua_rw" && g.rw !== undefined).map((g) => g.rw!))].sort((a, b) => a - b),
    isAdmin,
    isLpmk: allRws,
    seesConfidential: isAdmin,
    sessionIdHash: session.idHash,
  };
}

/** Whether the user may see (and act on) things of RW `rw`. */
export function mayViewRw(u: DashUser, rw: number): boolean {
  return u.allRws || u.rws.includes(rw);
}

/** Whether the user may see one aspiration (its RW, and rahasia for admins only). */
export function mayViewAspiration(u: DashUser, a: { rw: number; confidential: number | boolean }): boolean {
  return mayViewRw(u, a.rw) && (!a.confidential || u.seesConfidential);
}

/**
 * A SQL condition limiting aspirations (alias `alias`) to the user's scope, with its parameters.
 *
 * @example
 * const s = scopeWhere(user, "a");
 * db.prepare(`SELECT ... FROM aspirations a WHERE ${s.sql}`).all(...s.params);
 */
export function scopeWhere(u: DashUser, alias = "a"): { sql: string; params: number[] } {
  const parts: string[] = [];
  const params: number[] = [];
  if (!u.allRws) {
    parts.push(u.rws.length ? `${alias}.rw IN (${u.rws.map(() => "?").join(",")})` : "0");
    params.push(...u.rws);
  }
  if (!u.seesConfidential) parts.push(`${alias}.confidential = 0`);
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
}
