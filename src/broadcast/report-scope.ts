/**
 * Who may see a broadcast's report and attendance list (chat, admin and the web dashboard decide it here): the
 * LPMK and admins every one; anyone the one they sent; an RW or RT head, or a kader, a broadcast whose whole
 * audience lies within an area their grant covers (an RW head: to their RW or one of its RTs; an RT head: to
 * their RT). Broadcasts to everyone or to role holders are the LPMK's and the sender's only.
 */
import { grantCovers, isKelurahanWide, type RoleGrant, type Scope } from "../core/roles.js";
import type { BroadcastRow } from "./broadcast-repo.js";
import type { Audience } from "./types.js";

/** The areas an audience consists of; undefined when it is not made of areas (everyone, role holders). */
function areasOf(a: Audience): Scope[] | undefined {
  switch (a.type) {
    case "rw":
      return a.rws.map((rw) => ({ rw }));
    case "rt":
      return [{ rw: a.rw, rt: a.rt }];
    case "agenda":
      return [{ rw: a.rw }];
    default:
      return undefined;
  }
}

export function mayViewBroadcast(viewer: { residentId: number; grants: readonly RoleGrant[]; lpmk?: boolean }, b: Pick<BroadcastRow, "senderId" | "audience">): boolean {
  if (viewer.lpmk || viewer.grants.some(isKelurahanWide)) return true;
  if (b.senderId !== null && b.senderId === viewer.residentId) return true;
  const areas = areasOf(b.audience);
  if (!areas) return false;
  const heads = viewer.grants.filter((g) => g.role === "ketua_rw" || g.role === "ketua_rt" || (g.role === "kader" && g.rw !== undefined));
  return areas.every((s) => heads.some((g) => grantCovers(g, s)));
}
