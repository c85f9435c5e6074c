/** The notice every Ketua RT gets when a cycle opens: short, no quota, "nothing this year" is a valid answer. */
import { padArea } from "../core/area-number.js";
import type { Translate } from "../i18n/fluent.js";
import { queueForResident } from "../app/notify.js";
import type { Store } from "../store/index.js";

/** Queue the notice for each active Ketua RT (inside the caller's transaction). Returns the residents queued. */
export function noticeRtHeads(store: Store, t: Translate, cycleName: string, now: number): number[] {
  const queued: number[] = [];
  const seen = new Set<number>();
  for (const g of store.roles.active()) {
    if (g.role !== "ketua_rt" || g.rw === null || g.rt === null || seen.has(g.residentId)) continue;
    const resident = store.residents.get(g.residentId);
    if (!resident || resident.consent !== "given") continue;
    seen.add(g.residentId);
    const text = t(resident.lang, "siklus-notice-opened", { name: cycleName, rt: padArea(g.rt), rw: padArea(g.rw) });
    if (queueForResident(store, g.residentId, { text, lang: resident.lang }, "notification", now)) queued.push(g.residentId);
  }
  return queued;
}
