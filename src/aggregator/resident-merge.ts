/** Moves one resident's cluster support to another when two accounts turn out to be one person (/tautkan). */
import type { Db } from "../store/db.js";

export interface SupportersMoved {
  /** Support rows handed over as they were (the other resident did not support that cluster yet). */
  moved: number;
  /** Support rows folded into the other resident's row for the same cluster (the person now counts once). */
  merged: number;
  /** Clusters whose supporter count was recomputed. */
  clusters: number[];
}

interface SupportRow {
  cluster_id: number;
  aspiration_id: number | null;
  via: "aspiration" | "dukung";
  at: number;
}

/**
 * Re-point every `cluster_supporters` row of `fromResidentId` to `toResidentId`. Where both supported the same
 * cluster, one row stays: support backed by an aspiration wins over a menu "Dukung" (so "my proposal is different"
 * still finds the aspiration), with the earliest time. Supporter counts of the touched clusters are recomputed.
 *
 * Runs as one transaction, or as a savepoint inside the caller's (the identity link's) transaction.
 *
 * @example
 * store.tx(() => { relinkIdentities(); moveSupporters(store.db, whatsappResident, telegramResident, now); });
 */
export function moveSupporters(db: Db, fromResidentId: number, toResidentId: number, now: number): SupportersMoved {
  const rowsOf = db.prepare(`SELECT cluster_id, aspiration_id, via, at FROM cluster_supporters WHERE resident_id = ? ORDER BY cluster_id`);
  const rowOf = db.prepare(`SELECT cluster_id, aspiration_id, via, at FROM cluster_supporters WHERE cluster_id = ? AND resident_id = ?`);
  const repoint = db.prepare(`UPDATE cluster_supporters SET resident_id = ? WHERE cluster_id = ? AND resident_id = ?`);
  const keep = db.prepare(`UPDATE cluster_supporters SET via = ?, aspiration_id = ?, at = ? WHERE cluster_id = ? AND resident_id = ?`);
  const drop = db.prepare(`DELETE FROM cluster_supporters WHERE cluster_id = ? AND resident_id = ?`);
  const recount = db.prepare(
    `UPDATE clusters SET supporters = (SELECT COUNT(*) FROM cluster_supporters WHERE cluster_id = clusters.id), updated_at = ? WHERE id = ?`,
  );
  return db.transaction((): SupportersMoved => {
    const out: SupportersMoved = { moved: 0, merged: 0, clusters: [] };
    if (fromResidentId === toResidentId) return out;
    for (const from of rowsOf.all(fromResidentId) as SupportRow[]) {
      const to = rowOf.get(from.cluster_id, toResidentId) as SupportRow | undefined;
      if (!to) {
        repoint.run(toResidentId, from.cluster_id, fromResidentId);
        out.moved++;
      } else {
        const winner = to.via === "aspiration" || from.via !== "aspiration" ? to : from;
        keep.run(winner.via, winner.aspiration_id, Math.min(to.at, from.at), from.cluster_id, toResidentId);
        drop.run(from.cluster_id, fromResidentId);
        out.merged++;
      }
      recount.run(now, from.cluster_id);
      out.clusters.push(from.cluster_id);
    }
    return out;
  })();
}
