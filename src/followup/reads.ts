/** Read-only proposal lookups for the /usulan and /status flows. */
import type { AspirationStatus, Category } from "../core/domain.js";
import type { Store } from "../store/index.js";
import { clusterOfAspiration } from "../app/notify-proposal.js";
import { clusterTrail } from "../aggregator/cluster-edit.js";
import type { FollowupReads, HistoryEntry, ProposalDetail, RankEntry } from "./engine-types.js";
import { planMove } from "./move.js";
import { followupRecap } from "./recap.js";

export function createFollowupReads(store: Store): FollowupReads {
  const db = store.db;
  const history = (id: number): HistoryEntry[] =>
    (
      db
        .prepare(`SELECT at, status, reason, funding_channel FROM aspiration_status_history WHERE aspiration_id = ? ORDER BY at, id`)
        .all(id) as Array<{ at: number; status: AspirationStatus; reason: string | null; funding_channel: string | null }>
    ).map((r) => ({ at: r.at, status: r.status, reason: r.reason, channel: r.funding_channel }));
  const ranks = (id: number): RankEntry[] => {
    const cluster = clusterOfAspiration(store, id) ?? null;
    return db
      .prepare(
        `SELECT r.confirmed_at AS at, r.level, r.rw, r.rt, MIN(i.rank) AS rank FROM rembug_items i JOIN rembug_results r ON r.id = i.result_id
          WHERE r.state = 'confirmed' AND (i.aspiration_id = ? OR (? IS NOT NULL AND i.cluster_id = ?))
          GROUP BY r.id ORDER BY r.confirmed_at, r.id`,
      )
      .all(id, cluster, cluster) as RankEntry[];
  };
  return {
    proposal(ticket) {
      const a = db.prepare(`SELECT * FROM aspirations WHERE ticket = ?`).get(ticket) as Record<string, unknown> | undefined;
      if (!a) return undefined;
      const id = a.id as number;
      const cluster = clusterOfAspiration(store, id);
      const reporter = a.resident_id ? (store.residents.get(a.resident_id as number)?.name ?? null) : null;
      const supporters = cluster === undefined ? 1 : ((db.prepare(`SELECT supporters FROM clusters WHERE id = ?`).pluck().get(cluster) as number | undefined) ?? 1);
      const linked =
        cluster === undefined
          ? []
          : (db
              .prepare(
                `SELECT a.ticket, a.rt, a.description FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id
                  WHERE m.cluster_id = ? AND a.id <> ? ORDER BY a.id`,
              )
              .all(cluster, id) as ProposalDetail["linked"]);
      return {
        id,
        ticket: a.ticket as string,
        category: a.category as Category,
        description: a.description as string,
        locationText: a.location_text as string | null,
        rw: a.rw as number,
        rt: a.rt as number,
        status: a.status as AspirationStatus,
        statusReason: a.status_reason as string | null,
        fundingChannel: a.funding_channel as string | null,
        origin: a.origin as string,
        confidential: a.confidential === 1,
        reporter,
        supporters,
        history: history(id),
        ranks: ranks(id),
        edits: clusterTrail(db, id),
        linked,
      };
    },
    timeline: (id) => ({ history: history(id), ranks: ranks(id), edits: clusterTrail(db, id) }),
    ticketsOfRw(rw) {
      return db
        .prepare(
          `SELECT a.ticket FROM aspirations a LEFT JOIN cluster_members m ON m.aspiration_id = a.id LEFT JOIN clusters c ON c.id = m.cluster_id
            WHERE a.rw = ? AND (m.cluster_id IS NULL OR c.representative_aspiration_id = a.id) ORDER BY a.id`,
        )
        .pluck()
        .all(rw) as string[];
    },
    recap: () => followupRecap(db),
    plan: (reqs, mayForce) => reqs.map((r) => planMove(store, r, mayForce)),
    openAsk(residentId, ticket) {
      return db
        .prepare(
          `SELECT f.id FROM followup_asks f JOIN aspirations a ON a.id = f.aspiration_id
            WHERE f.resident_id = ? AND a.ticket = ? AND f.asked_at IS NOT NULL AND f.answered_at IS NULL ORDER BY f.id DESC LIMIT 1`,
        )
        .pluck()
        .get(residentId, ticket) as number | undefined;
    },
  };
}
