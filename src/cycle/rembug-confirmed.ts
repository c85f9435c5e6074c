/**
 * The effect of a confirmed rembug result (outbox topic "rembug.confirmed"): the aspirations on the list move to
 * `masuk-prioritas` with their rank, the candidates of the area that were not chosen move to `belum-diprioritaskan`,
 * and everyone behind each proposal is told in their language (notifyProposal). Synchronous, for the acknowledging
 * transaction of the consumer; idempotent on its own as well (a status history row per aspiration and result).
 */
import { padArea } from "../core/area-number.js";
import type { Translate } from "../i18n/fluent.js";
import { clusterOfAspiration, notifyProposal } from "../app/notify-proposal.js";
import type { Db } from "../store/db.js";
import type { Store } from "../store/index.js";

/** Statuses the rembug may still change; later ones (Musrenbang and after) are left alone. */
const OPEN_STATUSES = ["diterima", "dibahas-rembug-rt", "masuk-prioritas", "belum-diprioritaskan"];
const OPEN_SQL = OPEN_STATUSES.map((s) => `'${s}'`).join(", ");

export type RembugEffectResult =
  | { ok: true; prioritised: number; notPrioritised: number; notified: number; skipped?: "not-confirmed" }
  | { ok: false; error: string };

interface ResultRow {
  id: number;
  cycle_id: number | null;
  level: "rt" | "rw" | "pokmas";
  rw: number | null;
  rt: number | null;
  pokmas_id: number | null;
  state: string;
}

interface ItemRow {
  id: number;
  rank: number;
  aspiration_id: number | null;
  cluster_id: number | null;
  funding: string | null;
}

/** The actor written into the status history: also what makes a redelivery change nothing. */
export const rembugActor = (resultId: number): string => `rembug:${resultId}`;

/** Where the list was made, for the notices: "RT 02 / RW 03", "RW 03" or the group's name. */
function areaArgs(store: Store, r: ResultRow): { level: string; rt: string; rw: string; group: string } {
  const group = r.pokmas_id !== null ? (store.roles.pokmasById(r.pokmas_id)?.name ?? "") : "";
  return { level: r.level, rt: r.rt === null ? "" : padArea(r.rt), rw: r.rw === null ? "" : padArea(r.rw), group };
}

/**
 * Apply one confirmed result. Returns `{ ok: false }` (the job fails for good) when the result does not exist, and
 * `skipped: "not-confirmed"` when it was reopened (superseded) or is still a draft: the later version brings its own
 * event.
 */
export function applyRembugConfirmed(store: Store, t: Translate, resultId: number, now: number): RembugEffectResult {
  const db = store.db;
  const result = db.prepare(`SELECT id, cycle_id, level, rw, rt, pokmas_id, state FROM rembug_results WHERE id = ?`).get(resultId) as
    | ResultRow
    | undefined;
  if (!result) return { ok: false, error: `rembug result ${resultId} not found` };
  if (result.state !== "confirmed") return { ok: true, prioritised: 0, notPrioritised: 0, notified: 0, skipped: "not-confirmed" };

  const actor = rembugActor(resultId);
  const { seen, statusOf, setStatus, history, clusterMembers, sourcesOf, ticketOf, itemsOf, rtCandidates, rwCandidates } = statements(db);
  /** The aspirations (of the result's cycle) an item stands for: its own, its cluster's, its RT items' (RW list). */
  const aspirationsOf = (item: { id: number; aspiration_id: number | null; cluster_id: number | null }, withSources: boolean): number[] => {
    const ids = new Set<number>();
    const add = (aspirationId: number | null, clusterId: number | null) => {
      if (aspirationId !== null) ids.add(aspirationId);
      const cluster = clusterId ?? (aspirationId !== null ? clusterOfAspiration(store, aspirationId) : undefined);
      if (cluster !== undefined) for (const m of clusterMembers.all(cluster, result.cycle_id) as Array<{ id: number }>) ids.add(m.id);
    };
    add(item.aspiration_id, item.cluster_id);
    if (withSources) for (const s of sourcesOf.all(item.id) as Array<{ aspiration_id: number | null; cluster_id: number | null }>) add(s.aspiration_id, s.cluster_id);
    return [...ids].sort((a, b) => a - b);
  };

  /** Move one aspiration; false when this result already moved it, or its status is past the rembug. */
  const move = (aspirationId: number, status: string, reason: string | null, unlessAlready: boolean): boolean => {
    if (seen.get(aspirationId, actor)) return false;
    const cur = statusOf.get(aspirationId) as { status: string } | undefined;
    if (!cur || !OPEN_STATUSES.includes(cur.status)) return false;
    if (unlessAlready && cur.status === status) return false;
    setStatus.run(status, now, aspirationId);
    history.run(aspirationId, status, reason, actor, now);
    return true;
  };

  const area = areaArgs(store, result);
  const ticket = (id: number) => (ticketOf.get(id) as { ticket: string } | undefined)?.ticket ?? "";
  const notified = new Set<string>();
  let notifiedCount = 0;
  /** One notice per proposal (cluster, or a lone aspiration) per result. */
  const tell = (aspirationId: number, key: string, args: Record<string, string | number>, funding?: string | null, clusterId?: number | null) => {
    const cluster = clusterId === undefined ? clusterOfAspiration(store, aspirationId) : (clusterId ?? undefined);
    const k = cluster !== undefined ? `c${cluster}` : `a${aspirationId}`;
    if (notified.has(k)) return;
    notified.add(k);
    const about = cluster !== undefined ? { clusterId: cluster } : { aspirationId };
    notifiedCount += notifyProposal(store, about, (lang) =>
        t(lang, key, { ...area, ...args, funding: funding ?? "none", fundingLabel: funding ? t(lang, `siklus-funding-${funding}`) : "" }), now).length;
  };

  const items = itemsOf.all(resultId) as ItemRow[];
  const chosen = new Set<number>();
  let prioritised = 0;
  for (const item of items) {
    const ids = aspirationsOf(item, result.level === "rw");
    for (const id of ids) chosen.add(id);
    // No reason text: the rank is in rembug_ranks, which every reader renders in the reader's language.
    const moved = ids.filter((id) => move(id, "masuk-prioritas", null, false));
    prioritised += moved.length;
    if (moved.length) {
      const first = item.aspiration_id ?? moved[0]!;
      tell(first, "siklus-notice-prioritised", { ticket: ticket(first), rank: item.rank }, item.funding);
      // An RW item the head combined from proposals of several clusters: the people behind each are told, under
      // the ticket they know (a cluster already told is not told twice).
      if (result.level === "rw") {
        const movedNow = new Set(moved);
        for (const src of sourcesOf.all(item.id) as Array<{ aspiration_id: number | null; cluster_id: number | null }>) {
          if (src.aspiration_id === null || !movedNow.has(src.aspiration_id)) continue;
          tell(src.aspiration_id, "siklus-notice-prioritised", { ticket: ticket(src.aspiration_id), rank: item.rank }, item.funding, src.cluster_id ?? undefined);
        }
      }
    }
  }

  // Candidates of the area that were not chosen: this cycle's aspirations of the RT (or RW), not rahasia, not on
  // another confirmed list of the cycle (a cluster shared with a neighbouring RT that put it on its list).
  let notPrioritised = 0;
  if (result.level !== "pokmas" && result.rw !== null) {
    const candidates = (result.level === "rt" ? rtCandidates : rwCandidates).all({ cycle: result.cycle_id, rw: result.rw, rt: result.rt }) as Array<{
      id: number;
      ticket: string;
      cluster_id: number | null;
    }>;
    const elsewhere = chosenElsewhere(store, result);
    for (const { id, ticket: tk, cluster_id } of candidates) {
      if (chosen.has(id) || elsewhere.has(id)) continue;
      if (!move(id, "belum-diprioritaskan", null, true)) continue;
      notPrioritised++;
      tell(id, "siklus-notice-not-prioritised", { ticket: tk }, undefined, cluster_id);
    }
  }
  return { ok: true, prioritised, notPrioritised, notified: notifiedCount };
}

const CANDIDATES = (rt: boolean) => `SELECT a.id, a.ticket, m.cluster_id FROM aspirations a LEFT JOIN cluster_members m ON m.aspiration_id = a.id
   WHERE a.cycle_id IS @cycle AND a.rw = @rw ${rt ? "AND a.rt = @rt" : ""} AND a.confidential = 0 AND a.status IN (${OPEN_SQL})
   ORDER BY a.id`;

/** The consumer's statements, prepared once per database (it runs for every confirmed result). */
const cache = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return {
    seen: db.prepare(`SELECT 1 FROM aspiration_status_history WHERE aspiration_id = ? AND actor = ?`),
    statusOf: db.prepare(`SELECT status, cycle_id FROM aspirations WHERE id = ?`),
    setStatus: db.prepare(`UPDATE aspirations SET status = ?, status_reason = NULL, updated_at = ? WHERE id = ?`),
    history: db.prepare(`INSERT INTO aspiration_status_history (aspiration_id, status, reason, actor, at) VALUES (?, ?, ?, ?, ?)`),
    clusterMembers: db.prepare(
      // CROSS JOIN keeps the cluster's members as the outer loop (not every aspiration of the cycle).
      `SELECT a.id FROM cluster_members m CROSS JOIN aspirations a ON a.id = m.aspiration_id
        WHERE m.cluster_id = ? AND a.cycle_id IS ? ORDER BY a.id`,
    ),
    sourcesOf: db.prepare(
      `SELECT i.aspiration_id, i.cluster_id FROM rembug_item_sources s JOIN rembug_items i ON i.id = s.rt_item_id WHERE s.rw_item_id = ?`,
    ),
    ticketOf: db.prepare(`SELECT ticket FROM aspirations WHERE id = ?`),
    itemsOf: db.prepare(`SELECT id, rank, aspiration_id, cluster_id, funding FROM rembug_items WHERE result_id = ? ORDER BY rank`),
    rtCandidates: db.prepare(CANDIDATES(true)),
    rwCandidates: db.prepare(CANDIDATES(false)),
  };
}
function statements(db: Db): ReturnType<typeof prepare> {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = prepare(db)));
  return s;
}

/** Aspirations on the other confirmed lists of the same cycle and RW (their items, clusters and RT sources). */
function chosenElsewhere(store: Store, r: ResultRow): Set<number> {
  const rows = store.db
    .prepare(
      `WITH items AS (
         SELECT i.aspiration_id AS aid, COALESCE(i.cluster_id, (SELECT cluster_id FROM cluster_members WHERE aspiration_id = i.aspiration_id)) AS cid
           FROM rembug_results r JOIN rembug_items i ON i.result_id = r.id
          WHERE r.cycle_id IS @cycle AND r.rw = @rw AND r.state = 'confirmed' AND r.id <> @id AND r.level IN ('rt', 'rw'))
       SELECT aid AS id FROM items WHERE aid IS NOT NULL
       UNION
       SELECT m.aspiration_id FROM items CROSS JOIN cluster_members m ON m.cluster_id = items.cid`,
    )
    .all({ cycle: r.cycle_id, rw: r.rw, id: r.id }) as Array<{ id: number }>;
  return new Set(rows.map((x) => x.id));
}
