/**
 * Roles and their scopes. A role belongs to a person (the resident record); a grant may be scoped to an RW, an RT
 * of an RW, or a Pokmas group. Pure: the engine and the dashboard decide access with these functions only.
 */

export const ROLE_NAMES = ["admin", "pengurus_lpmk", "ketua_rw", "ketua_rt", "ketua_pokmas", "kader"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** One active grant. `rw`/`rt`/`pokmasId` are the scope; absent means the whole kelurahan. */
export interface RoleGrant {
  role: RoleName;
  rw?: number;
  rt?: number;
  pokmasId?: number;
}

/** The legacy role word flows use for "may see every RW" (LPMK tools): held by admins and LPMK members. */
export const LPMK_ROLE = "lpmk";

export function isRoleName(s: string): s is RoleName {
  return (ROLE_NAMES as readonly string[]).includes(s);
}

/** Admins and LPMK members act for the whole kelurahan. */
export function isKelurahanWide(g: RoleGrant): boolean {
  return g.role === "admin" || g.role === "pengurus_lpmk";
}

/**
 * The role words a set of grants gives, for flows and commands that declare `roles: [...]`:
 * each role's own name, and "lpmk" for admins and LPMK members.
 */
export function roleWords(grants: readonly RoleGrant[]): Set<string> {
  const words = new Set<string>();
  for (const g of grants) {
    words.add(g.role);
    if (isKelurahanWide(g)) words.add(LPMK_ROLE);
  }
  return words;
}

/** What a scoped action is about: an RW, an RT of an RW, or a Pokmas group. */
export interface Scope {
  rw?: number;
  rt?: number;
  pokmasId?: number;
}

/**
 * Whether one grant covers `scope`: kelurahan-wide roles cover everything; an RW head covers their RW and its RTs;
 * an RT head only their RT; a Pokmas head only their group; a kader their RW (or everything when unscoped).
 */
export function grantCovers(g: RoleGrant, scope: Scope): boolean {
  if (isKelurahanWide(g)) return true;
  switch (g.role) {
    case "ketua_rw":
      return scope.pokmasId === undefined && scope.rw !== undefined && scope.rw === g.rw;
    case "ketua_rt":
      return scope.pokmasId === undefined && scope.rw === g.rw && scope.rt !== undefined && scope.rt === g.rt;
    case "ketua_pokmas":
      return scope.pokmasId !== undefined && scope.pokmasId === g.pokmasId;
    case "kader":
      return g.rw === undefined || (scope.rw !== undefined && scope.rw === g.rw);
    default:
      return false;
  }
}

/** Whether any of `grants` with one of `roles` covers `scope`. */
export function mayAct(grants: readonly RoleGrant[], roles: readonly RoleName[], scope: Scope): boolean {
  return grants.some((g) => (roles.includes(g.role) || isKelurahanWide(g)) && grantCovers(g, scope));
}
