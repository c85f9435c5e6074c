/**
 * Tell everyone behind a proposal what happened to it: the resident who sent each aspiration of the cluster and
 * every supporter, once per person, each in their own language, through the outbox (inside the caller's
 * transaction). Used by the rembug result, the Musrenbang follow-up and every later status change.
 */
import type { Lang } from "../core/domain.js";
import type { Store } from "../store/index.js";
import { queueForResident } from "./notify.js";

/** The distinct residents behind a cluster (members' senders and supporters), without deleted ones. */
export function peopleBehindCluster(store: Pick<Store, "db">, clusterId: number): number[] {
  const rows = store.db
    .prepare(
      `SELECT a.resident_id AS id FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id
         WHERE m.cluster_id = ? AND a.resident_id IS NOT NULL
       UNION
       SELECT s.resident_id AS id FROM cluster_supporters s WHERE s.cluster_id = ? AND s.resident_id IS NOT NULL`,
    )
    .all(clusterId, clusterId) as Array<{ id: number }>;
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** The cluster an aspiration was grouped into, if it was aggregated. */
export function clusterOfAspiration(store: Pick<Store, "db">, aspirationId: number): number | undefined {
  const r = store.db.prepare(`SELECT cluster_id FROM cluster_members WHERE aspiration_id = ?`).get(aspirationId) as { cluster_id: number } | undefined;
  return r?.cluster_id;
}

/**
 * Queue one notification per person behind the proposal. `text(lang)` renders it in the person's language.
 * A resident of a deleted account or with no reachable identity is skipped. Returns the residents queued.
 *
 * @example
 * notifyProposal(store, { clusterId }, (lang) => noticeText(lang), now);
 */
export function notifyProposal(
  store: Store,
  about: { clusterId?: number; aspirationId?: number },
  text: (lang: Lang) => string,
  now: number,
): number[] {
  const clusterId = about.clusterId ?? (about.aspirationId !== undefined ? clusterOfAspiration(store, about.aspirationId) : undefined);
  let people: number[];
  if (clusterId !== undefined) people = peopleBehindCluster(store, clusterId);
  else if (about.aspirationId !== undefined) {
    const r = store.db.prepare(`SELECT resident_id FROM aspirations WHERE id = ?`).get(about.aspirationId) as { resident_id: number | null } | undefined;
    people = r?.resident_id ? [r.resident_id] : [];
  } else people = [];
  const queued: number[] = [];
  for (const id of people) {
    const resident = store.residents.get(id);
    // A deleted account has no identity left; `berhenti` stops announcements only, not news of their own proposals.
    if (!resident || resident.consent !== "given") continue;
    if (queueForResident(store, id, { text: text(resident.lang) }, "notification", now)) queued.push(id);
  }
  return queued;
}
