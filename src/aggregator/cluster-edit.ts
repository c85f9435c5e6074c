/**
 * Cluster editing by the LPMK (issue 13): merge two clusters of likely duplicates, or split one aspiration out of
 * its cluster into a cluster of its own, each with a reason. The one implementation the chat commands (/gabung,
 * /pisah) and the web dashboard call: authorisation, validation, the change, its trail (cluster_edits, migration
 * 027), the audit entry and the residents' notices (through the outbox) happen here, in one transaction.
 *
 * A merge moves every member and supporter of the source cluster into the target (a person who supported both
 * counts once), points rembug list items and pending summary choices at the target, and deletes the source cluster
 * row, so every list, recap and export keeps seeing one row per proposal. The normalised features and FTS rows stay
 * as they are: both clusters are of the same RW and category, so their search scope is the same.
 *
 * Re-ingest and reindex leave these edits alone: `ingest` skips an aspiration that already has a cluster, and
 * `reindexAggregator` rewrites features and FTS rows only, never membership (tests/aggregator/cluster-edit.test.ts).
 */
import type { Lang } from "../core/domain.js";
import { mayAct, type RoleGrant, type RoleName } from "../core/roles.js";
import type { Translate } from "../i18n/fluent.js";
import type { Db } from "../store/db.js";
import type { Store } from "../store/index.js";
import { notifyProposal } from "../app/notify-proposal.js";

/** Who may edit clusters: LPMK admins and members (kelurahan-wide). */
export const CLUSTER_EDIT_ROLES: readonly RoleName[] = ["admin", "pengurus_lpmk"];
export const REASON_MIN = 3;
export const REASON_MAX = 300;

export type ClusterEditError =
  | { code: "forbidden" }
  | { code: "reason-required" }
  | { code: "unknown-ticket"; ticket: string }
  /** Not aggregated (yet), or rahasia: a confidential aspiration is never clustered. */
  | { code: "not-clustered"; ticket: string }
  | { code: "same-cluster"; ticket: string; other: string }
  | { code: "other-rw"; ticket: string; other: string }
  | { code: "other-category"; ticket: string; other: string }
  /** The two proposals are at different statuses: move one first (/usulan), so the merged one has one status. */
  | { code: "status-differs"; ticket: string; other: string }
  /** A split needs a cluster of at least two aspirations. */
  | { code: "alone"; ticket: string };

/** A cluster as an edit sees it, named by its representative's ticket (how the LPMK and residents know it). */
export interface ClusterRef {
  clusterId: number;
  rw: number;
  category: string;
  status: string;
  representativeId: number;
  ticket: string;
  members: number;
  supporters: number;
}

export interface MergePlan {
  from: ClusterRef;
  into: ClusterRef;
  /** The aspirations that move (every member of `from`). */
  members: number[];
}

export interface SplitPlan {
  aspirationId: number;
  ticket: string;
  from: ClusterRef;
}

export interface ClusterEditOptions {
  store: Store;
  t: Translate;
  /** As the audit log names actors (`resident:12`, `admin-cli`). */
  actor: string;
  /** The actor's grants (configured admin included); checked with `mayAct` against the clusters' RW. */
  grants: readonly RoleGrant[];
  now: number;
}

export type MergeResult =
  | { ok: true; plan: MergePlan; clusterId: number; supporters: number; notified: number[] }
  | { ok: false; error: ClusterEditError };
export type SplitResult =
  | { ok: true; plan: SplitPlan; clusterId: number; notified: number[] }
  | { ok: false; error: ClusterEditError };

/** One line of a proposal's trail, as /usulan, /status and the dashboard show it. */
export interface TrailEntry {
  at: number;
  /**
   * merged-into: this aspiration moved into `ticket`'s cluster; merged-from: `ticket`'s cluster was merged into this
   * one; split-from: this aspiration was split out of `ticket`'s cluster; split-out: `ticket` was split out of this.
   */
  kind: "merged-into" | "merged-from" | "split-from" | "split-out";
  ticket: string;
  reason: string;
}

/** One stored edit, newest first, for the dashboard's cluster page. */
export interface ClusterEditRow {
  id: number;
  kind: "merge" | "split";
  fromTicket: string;
  toTicket: string;
  reason: string;
  actor: string;
  at: number;
  rw: number | null;
  moved: number;
}

type Plan<T> = { ok: true; plan: T } | { ok: false; error: ClusterEditError };

/** Whether `grants` allow editing clusters of RW `rw` (or any RW when `rw` is undefined). */
export function mayEditClusters(grants: readonly RoleGrant[], rw?: number): boolean {
  return mayAct(grants, CLUSTER_EDIT_ROLES, rw === undefined ? {} : { rw });
}

/** The trimmed reason, or null when it is too short. Longer reasons are cut at REASON_MAX. */
export function cleanReason(reason: string | null | undefined): string | null {
  const r = (reason ?? "").replace(/\s+/g, " ").trim();
  return r.length < REASON_MIN ? null : r.slice(0, REASON_MAX);
}

function clusterByTicket(db: Db, ticket: string): { ref: ClusterRef; aspirationId: number } | { error: ClusterEditError } {
  const a = db.prepare(`SELECT id, ticket FROM aspirations WHERE ticket = ?`).get(ticket) as { id: number; ticket: string } | undefined;
  if (!a) return { error: { code: "unknown-ticket", ticket } };
  const c = db
    .prepare(
      `SELECT c.id, c.rw, c.category, c.representative_aspiration_id AS rep, c.members, c.supporters, r.ticket, r.status
         FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id JOIN aspirations r ON r.id = c.representative_aspiration_id
        WHERE m.aspiration_id = ?`,
    )
    .get(a.id) as { id: number; rw: number; category: string; rep: number; members: number; supporters: number; ticket: string; status: string } | undefined;
  if (!c) return { error: { code: "not-clustered", ticket: a.ticket } };
  return {
    aspirationId: a.id,
    ref: { clusterId: c.id, rw: c.rw, category: c.category, status: c.status, representativeId: c.rep, ticket: c.ticket, members: c.members, supporters: c.supporters },
  };
}

/**
 * Check a merge of `fromTicket`'s cluster into `intoTicket`'s without changing anything. Either ticket may be any
 * member of its cluster; the clusters are named by their representatives' tickets afterwards.
 */
export function planMerge(db: Db, fromTicket: string, intoTicket: string, grants?: readonly RoleGrant[]): Plan<MergePlan> {
  const from = clusterByTicket(db, fromTicket);
  if ("error" in from) return { ok: false, error: from.error };
  const into = clusterByTicket(db, intoTicket);
  if ("error" in into) return { ok: false, error: into.error };
  if (grants && (!mayEditClusters(grants, from.ref.rw) || !mayEditClusters(grants, into.ref.rw))) return { ok: false, error: { code: "forbidden" } };
  const pair = { ticket: fromTicket, other: intoTicket };
  if (from.ref.clusterId === into.ref.clusterId) return { ok: false, error: { code: "same-cluster", ...pair } };
  if (from.ref.rw !== into.ref.rw) return { ok: false, error: { code: "other-rw", ...pair } };
  if (from.ref.category !== into.ref.category) return { ok: false, error: { code: "other-category", ...pair } };
  if (from.ref.status !== into.ref.status) return { ok: false, error: { code: "status-differs", ...pair } };
  const members = db.prepare(`SELECT aspiration_id FROM cluster_members WHERE cluster_id = ? ORDER BY aspiration_id`).pluck().all(from.ref.clusterId) as number[];
  return { ok: true, plan: { from: from.ref, into: into.ref, members } };
}

/** Check splitting `ticket` out of its cluster without changing anything. */
export function planSplit(db: Db, ticket: string, grants?: readonly RoleGrant[]): Plan<SplitPlan> {
  const c = clusterByTicket(db, ticket);
  if ("error" in c) return { ok: false, error: c.error };
  if (grants && !mayEditClusters(grants, c.ref.rw)) return { ok: false, error: { code: "forbidden" } };
  if (c.ref.members < 2) return { ok: false, error: { code: "alone", ticket } };
  const own = db.prepare(`SELECT ticket FROM aspirations WHERE id = ?`).pluck().get(c.aspirationId) as string;
  return { ok: true, plan: { aspirationId: c.aspirationId, ticket: own, from: c.ref } };
}

const recountSql = `UPDATE clusters SET
   supporters = (SELECT COUNT(*) FROM cluster_supporters WHERE cluster_id = clusters.id),
   members = (SELECT COUNT(*) FROM cluster_members WHERE cluster_id = clusters.id),
   updated_at = ?
 WHERE id = ?`;

function recordEdit(
  db: Db,
  e: { kind: "merge" | "split"; from: ClusterRef; toClusterId: number; toAspirationId: number; toTicket: string; reason: string; actor: string; at: number; moved: number[] },
): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO cluster_edits (kind, from_cluster_id, from_aspiration_id, from_ticket, to_cluster_id, to_aspiration_id, to_ticket, reason, actor, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.kind, e.from.clusterId, e.from.representativeId, e.from.ticket, e.toClusterId, e.toAspirationId, e.toTicket, e.reason, e.actor, e.at).lastInsertRowid,
  );
  const member = db.prepare(`INSERT INTO cluster_edit_members (edit_id, aspiration_id) VALUES (?, ?)`);
  for (const a of e.moved) member.run(id, a);
  return id;
}

/**
 * Merge the cluster of `from` into the cluster of `into` (same RW, category and status), with a reason.
 * Everyone behind the merged proposal hears about it in their language through the outbox.
 *
 * @example
 * const r = mergeClusters({ store, t, actor: "resident:12", grants, now: Date.now() },
 *   { from: "ASP-7K3Q", into: "ASP-P4MN", reason: "lokasi dan masalah sama" });
 * if (!r.ok) reply(clusterEditRefusal(t, lang, r.error));
 */
export function mergeClusters(o: ClusterEditOptions, req: { from: string; into: string; reason: string }): MergeResult {
  const reason = cleanReason(req.reason);
  const db = o.store.db;
  return db.transaction((): MergeResult => {
    const p = planMerge(db, req.from, req.into, o.grants);
    if (!p.ok) return p;
    if (!reason) return { ok: false, error: { code: "reason-required" } };
    const { from, into, members } = p.plan;
    // Told before anything moves: the people behind the source cluster (its senders and supporters).
    const notified = notifyProposal(
      o.store,
      { clusterId: from.clusterId },
      (lang: Lang) => o.t(lang, "klaster-notice-merged", { from: from.ticket, into: into.ticket, reason }),
      o.now,
    );
    db.prepare(`UPDATE cluster_members SET cluster_id = ?, state = 'merged', score = NULL, joined_at = ? WHERE cluster_id = ?`).run(into.clusterId, o.now, from.clusterId);
    // A person who supported both counts once; support backed by an aspiration wins over a menu "Dukung".
    const supporters = db.prepare(`SELECT rowid, resident_id, aspiration_id, via, at FROM cluster_supporters WHERE cluster_id = ?`).all(from.clusterId) as Array<{
      rowid: number;
      resident_id: number | null;
      aspiration_id: number | null;
      via: string;
      at: number;
    }>;
    const existing = db.prepare(`SELECT rowid, via, at FROM cluster_supporters WHERE cluster_id = ? AND resident_id = ?`);
    for (const s of supporters) {
      const there = s.resident_id === null ? undefined : (existing.get(into.clusterId, s.resident_id) as { rowid: number; via: string; at: number } | undefined);
      if (!there) {
        db.prepare(`UPDATE cluster_supporters SET cluster_id = ? WHERE rowid = ?`).run(into.clusterId, s.rowid);
        continue;
      }
      if (there.via !== "aspiration" && s.via === "aspiration") {
        db.prepare(`UPDATE cluster_supporters SET via = ?, aspiration_id = ?, at = ? WHERE rowid = ?`).run(s.via, s.aspiration_id, Math.min(s.at, there.at), there.rowid);
      }
      db.prepare(`DELETE FROM cluster_supporters WHERE rowid = ?`).run(s.rowid);
    }
    db.prepare(`UPDATE rembug_items SET cluster_id = ? WHERE cluster_id = ?`).run(into.clusterId, from.clusterId);
    db.prepare(`UPDATE aspirations SET preferred_cluster_id = ? WHERE preferred_cluster_id = ?`).run(into.clusterId, from.clusterId);
    db.prepare(`DELETE FROM clusters WHERE id = ?`).run(from.clusterId);
    db.prepare(recountSql).run(o.now, into.clusterId);
    recordEdit(db, { kind: "merge", from, toClusterId: into.clusterId, toAspirationId: into.representativeId, toTicket: into.ticket, reason, actor: o.actor, at: o.now, moved: members });
    o.store.audit.record(o.actor, "cluster.lpmk-merge", `ticket:${from.ticket}`, { into: into.ticket, reason, moved: members.length }, o.now);
    const after = db.prepare(`SELECT supporters FROM clusters WHERE id = ?`).pluck().get(into.clusterId) as number;
    return { ok: true, plan: p.plan, clusterId: into.clusterId, supporters: after, notified };
  }).immediate();
}

/**
 * Take `ticket` out of its cluster into a cluster of its own, with a reason. When it was the representative, the
 * oldest remaining member becomes the old cluster's representative. Its sender is told through the outbox.
 */
export function splitAspiration(o: ClusterEditOptions, req: { ticket: string; reason: string }): SplitResult {
  const reason = cleanReason(req.reason);
  const db = o.store.db;
  return db.transaction((): SplitResult => {
    const p = planSplit(db, req.ticket, o.grants);
    if (!p.ok) return p;
    if (!reason) return { ok: false, error: { code: "reason-required" } };
    const { aspirationId, ticket, from } = p.plan;
    const old = from.clusterId;
    const tridaya = db.prepare(`SELECT tridaya FROM clusters WHERE id = ?`).pluck().get(old) as string;
    const fresh = Number(
      db
        .prepare(
          `INSERT INTO clusters (rw, category, tridaya, representative_aspiration_id, supporters, members, created_at, updated_at)
           VALUES (?, ?, ?, ?, 0, 0, ?, ?)`,
        )
        .run(from.rw, from.category, tridaya, aspirationId, o.now, o.now).lastInsertRowid,
    );
    db.prepare(`UPDATE cluster_members SET cluster_id = ?, state = 'own', score = NULL, joined_at = ? WHERE aspiration_id = ?`).run(fresh, o.now, aspirationId);
    let oldTicket = from.ticket;
    if (from.representativeId === aspirationId) {
      const next = db.prepare(`SELECT m.aspiration_id AS id, a.ticket FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id WHERE m.cluster_id = ? ORDER BY m.aspiration_id LIMIT 1`).get(old) as { id: number; ticket: string };
      db.prepare(`UPDATE clusters SET representative_aspiration_id = ? WHERE id = ?`).run(next.id, old);
      db.prepare(`UPDATE cluster_members SET state = 'own' WHERE aspiration_id = ?`).run(next.id);
      oldTicket = next.ticket;
    }
    // The support the aspiration brought goes with it; its sender keeps supporting the old cluster only through
    // another aspiration of theirs still in it. A menu "Dukung" stays where it was given.
    const author = db.prepare(`SELECT resident_id FROM aspirations WHERE id = ?`).pluck().get(aspirationId) as number | null;
    db.prepare(`UPDATE cluster_supporters SET cluster_id = ? WHERE cluster_id = ? AND aspiration_id = ?`).run(fresh, old, aspirationId);
    if (author !== null) {
      db.prepare(`INSERT INTO cluster_supporters (cluster_id, resident_id, aspiration_id, via, at) VALUES (?, ?, ?, 'aspiration', ?) ON CONFLICT (cluster_id, resident_id) DO NOTHING`).run(
        fresh,
        author,
        aspirationId,
        o.now,
      );
      const other = db
        .prepare(`SELECT m.aspiration_id FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id WHERE m.cluster_id = ? AND a.resident_id = ? ORDER BY m.aspiration_id LIMIT 1`)
        .pluck()
        .get(old, author) as number | undefined;
      if (other !== undefined) {
        db.prepare(`INSERT INTO cluster_supporters (cluster_id, resident_id, aspiration_id, via, at) VALUES (?, ?, ?, 'aspiration', ?) ON CONFLICT (cluster_id, resident_id) DO NOTHING`).run(
          old,
          author,
          other,
          o.now,
        );
      }
    }
    db.prepare(recountSql).run(o.now, old);
    db.prepare(recountSql).run(o.now, fresh);
    recordEdit(db, { kind: "split", from, toClusterId: fresh, toAspirationId: aspirationId, toTicket: ticket, reason, actor: o.actor, at: o.now, moved: [aspirationId] });
    o.store.audit.record(o.actor, "cluster.lpmk-split", `ticket:${ticket}`, { from: from.ticket, reason }, o.now);
    const notified = notifyProposal(o.store, { aspirationId }, (lang: Lang) => o.t(lang, "klaster-notice-split", { ticket, from: oldTicket, reason }), o.now);
    return { ok: true, plan: p.plan, clusterId: fresh, notified };
  }).immediate();
}

/** The cluster edits that touched one aspiration, oldest first. */
export function clusterTrail(db: Db, aspirationId: number): TrailEntry[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.kind, e.at, e.reason, e.from_ticket, e.to_ticket, e.from_aspiration_id, e.to_aspiration_id,
              EXISTS (SELECT 1 FROM cluster_edit_members m WHERE m.edit_id = e.id AND m.aspiration_id = ?) AS moved
         FROM cluster_edits e
        WHERE e.from_aspiration_id = ? OR e.to_aspiration_id = ?
           OR e.id IN (SELECT edit_id FROM cluster_edit_members WHERE aspiration_id = ?)
        ORDER BY e.at, e.id`,
    )
    .all(aspirationId, aspirationId, aspirationId, aspirationId) as Array<{
    kind: "merge" | "split";
    at: number;
    reason: string;
    from_ticket: string;
    to_ticket: string;
    from_aspiration_id: number;
    to_aspiration_id: number;
    moved: number;
  }>;
  const out: TrailEntry[] = [];
  for (const r of rows) {
    const base = { at: r.at, reason: r.reason };
    if (r.kind === "merge") {
      if (r.moved) out.push({ ...base, kind: "merged-into", ticket: r.to_ticket });
      else if (r.to_aspiration_id === aspirationId) out.push({ ...base, kind: "merged-from", ticket: r.from_ticket });
    } else if (r.moved) out.push({ ...base, kind: "split-from", ticket: r.from_ticket });
    else if (r.from_aspiration_id === aspirationId) out.push({ ...base, kind: "split-out", ticket: r.to_ticket });
  }
  return out;
}

/** Stored edits, newest first, optionally of one RW (by the aspiration that stayed or was moved). Paged. */
export function listClusterEdits(db: Db, o: { rw?: number; limit: number; offset?: number }): ClusterEditRow[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.kind, e.from_ticket, e.to_ticket, e.reason, e.actor, e.at, a.rw,
              (SELECT COUNT(*) FROM cluster_edit_members m WHERE m.edit_id = e.id) AS moved
         FROM cluster_edits e JOIN aspirations a ON a.id = e.to_aspiration_id
        WHERE (? IS NULL OR a.rw = ?)
        ORDER BY e.at DESC, e.id DESC LIMIT CAST(? AS INTEGER) OFFSET CAST(? AS INTEGER)`,
    )
    .all(o.rw ?? null, o.rw ?? null, o.limit, o.offset ?? 0) as Array<{
    id: number;
    kind: "merge" | "split";
    from_ticket: string;
    to_ticket: string;
    reason: string;
    actor: string;
    at: number;
    rw: number | null;
    moved: number;
  }>;
  return rows.map((r) => ({ id: r.id, kind: r.kind, fromTicket: r.from_ticket, toTicket: r.to_ticket, reason: r.reason, actor: r.actor, at: r.at, rw: r.rw, moved: r.moved }));
}

/** Why an edit was refused, in plain words in `lang` (chat and dashboard alike). */
export function clusterEditRefusal(t: Translate, lang: Lang, e: ClusterEditError): string {
  switch (e.code) {
    case "forbidden":
      return t(lang, "klaster-refused-forbidden");
    case "reason-required":
      return t(lang, "klaster-refused-reason", { min: REASON_MIN });
    case "unknown-ticket":
      return t(lang, "klaster-refused-unknown", { ticket: e.ticket });
    case "not-clustered":
      return t(lang, "klaster-refused-not-clustered", { ticket: e.ticket });
    case "alone":
      return t(lang, "klaster-refused-alone", { ticket: e.ticket });
    default:
      return t(lang, `klaster-refused-${e.code}`, { ticket: e.ticket, other: e.other });
  }
}
