/** Read-only cluster lookups for the flows (Dukung usulan, the duplicate hint answer, /rekap). */
import type { Db } from "../store/db.js";
import { createCandidateFinder } from "./candidates.js";
import type { ClusterReads, MergeCandidate, SimilarProposal } from "./engine-types.js";
import { neutralPlace } from "./neutral-title.js";
import { PRIVATE_CATEGORIES } from "./private-categories.js";
import { buildRecap, CLUSTER_COLUMNS, toSummary } from "./recap.js";

/** `now`: the clock the recap is dated by (the app's; default Date.now). */
export function createClusterReads(db: Db, now: () => number = Date.now): ClusterReads {
  const notPrivate = PRIVATE_CATEGORIES.map(() => "?").join(", ");
  // "Dukung usulan" shows the whole RW a neutral title (category and place), never the representative's words;
  // private categories are left out altogether.
  const supportable = db.prepare(
    `SELECT ${CLUSTER_COLUMNS} FROM clusters c JOIN aspirations a ON a.id = c.representative_aspiration_id
      WHERE c.rw = ? AND c.category NOT IN (${notPrivate})
        AND NOT EXISTS (SELECT 1 FROM cluster_supporters s WHERE s.cluster_id = c.id AND s.resident_id = ?)
      ORDER BY c.supporters DESC, c.id DESC LIMIT CAST(? AS INTEGER)`,
  );
  const candidate = db.prepare(
    `SELECT a.id AS aspiration_id, a.ticket, m.cluster_id, c.category, r.location_text, c.rw, c.supporters
       FROM aspirations a
       JOIN cluster_members m ON m.aspiration_id = a.id
       JOIN clusters c ON c.id = m.cluster_id
       JOIN aspirations r ON r.id = c.representative_aspiration_id
      WHERE a.ticket = ? AND a.resident_id = ? AND m.state = 'auto' AND c.category NOT IN (${notPrivate})`,
  );
  const finder = createCandidateFinder(db);
  const representative = db.prepare(
    `SELECT r.location_text, r.rt FROM clusters c JOIN aspirations r ON r.id = c.representative_aspiration_id WHERE c.id = ?`,
  );
  return {
    similarProposals: (draft) =>
      finder.find(draft).map((x): SimilarProposal => {
        const r = representative.get(x.clusterId) as { location_text: string | null; rt: number };
        return { clusterId: x.clusterId, category: draft.category, place: neutralPlace(r.location_text), rt: r.rt, supporters: x.supporters };
      }),
    supportable: (residentId, rw, limit) => (supportable.all(rw, ...PRIVATE_CATEGORIES, residentId, limit) as Parameters<typeof toSummary>[0][]).map(toSummary),
    mergeCandidate: (residentId, ticket): MergeCandidate | undefined => {
      const r = candidate.get(ticket, residentId, ...PRIVATE_CATEGORIES) as
        | { aspiration_id: number; ticket: string; cluster_id: number; category: MergeCandidate["category"]; location_text: string | null; rw: number; supporters: number }
        | undefined;
      return r
        ? {
            aspirationId: r.aspiration_id,
            ticket: r.ticket,
            clusterId: r.cluster_id,
            category: r.category,
            locationText: r.location_text,
            rw: r.rw,
            supporters: r.supporters,
          }
        : undefined;
    },
    recap: (rw) => buildRecap(db, { rw, now: now() }),
  };
}
