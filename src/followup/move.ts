/**
 * Moving proposals after the Musrenbang: the one function the chat command, the admin import and a later web
 * dashboard call. A proposal is an aspiration and, once aggregated, every aspiration of its cluster: they move
 * together. Each move writes the status history (with the actor) and the audit log, tells everyone behind the
 * proposal in their language through the outbox, and after `selesai` schedules the "is it fixed?" question.
 * A batch applies all its moves or none.
 */
import type { AspirationStatus, Lang } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { clusterOfAspiration, notifyProposal, peopleBehindCluster } from "../app/notify-proposal.js";
import { checkTransition, type FollowupStatus, type FundingChannel, type MoveRefusal } from "./transitions.js";

const DAY_MS = 86_400_000;

export interface MoveRequest {
  ticket: string;
  to: FollowupStatus;
  reason?: string | null;
  channel?: FundingChannel | null;
  /** Override the transition rules; only an admin may (see MoveOptions.mayForce). */
  force?: boolean;
}

export interface MoveOptions {
  store: Store;
  t: Translate;
  /** Who moves it, as the audit log names actors (`resident:12`, `admin-cli`). */
  actor: string;
  /** Whether the actor may force a move the rules refuse (LPMK admins). */
  mayForce: boolean;
  now: number;
  /** Days after `selesai` before residents are asked whether it is fixed (FOLLOWUP_DELAY_DAYS). */
  delayDays: number;
}

export type MoveError = MoveRefusal | { code: "unknown-ticket"; ticket: string } | { code: "force-not-allowed" };

export interface PlannedMove {
  req: MoveRequest;
  aspirationId: number;
  ticket: string;
  from: AspirationStatus;
  clusterId: number | undefined;
  /** Every aspiration that moves with it (the cluster's members, or just itself). */
  members: number[];
  forced: boolean;
}

export type PlanResult = { ok: true; move: PlannedMove } | { ok: false; error: MoveError };

/** Check one request against the stored proposal without changing anything. */
export function planMove(store: Store, req: MoveRequest, mayForce: boolean): PlanResult {
  const row = store.db.prepare(`SELECT id, ticket, status FROM aspirations WHERE ticket = ?`).get(req.ticket) as
    | { id: number; ticket: string; status: AspirationStatus }
    | undefined;
  if (!row) return { ok: false, error: { code: "unknown-ticket", ticket: req.ticket } };
  if (req.force && !mayForce) return { ok: false, error: { code: "force-not-allowed" } };
  const checked = checkTransition({ from: row.status, to: req.to, reason: req.reason, channel: req.channel, force: req.force });
  if (!checked.ok) return checked;
  const clusterId = clusterOfAspiration(store, row.id);
  const members =
    clusterId === undefined
      ? [row.id]
      : (store.db.prepare(`SELECT aspiration_id FROM cluster_members WHERE cluster_id = ? ORDER BY aspiration_id`).pluck().all(clusterId) as number[]);
  const forced = Boolean(req.force) && !checkTransition({ from: row.status, to: req.to, reason: req.reason, channel: req.channel }).ok;
  return { ok: true, move: { req, aspirationId: row.id, ticket: row.ticket, from: row.status, clusterId, members, forced } };
}

/** The one notice residents get for a move, in `lang`: ticket, status in plain words, reason or channel, next. */
export function moveNotice(t: Translate, lang: Lang, m: { ticket: string; to: FollowupStatus; reason?: string | null; channel?: FundingChannel | null }): string {
  const detail =
    m.to === "ditolak" && m.reason
      ? t(lang, "usulan-notice-reason", { reason: m.reason })
      : m.to === "disetujui" && m.channel
        ? t(lang, "usulan-notice-channel", { channel: t(lang, `usulan-channel-${m.channel}`) })
        : "";
  return t(lang, "usulan-notice", { ticket: m.ticket, status: t(lang, `status-${m.to}`), detail, next: t(lang, `usulan-next-${m.to}`) });
}

/** Apply checked moves (inside the caller's transaction, or one of its own). Returns the residents notified. */
export function applyMoves(o: MoveOptions, moves: PlannedMove[]): number[] {
  const notified: number[] = [];
  const history = o.store.db.prepare(
    `INSERT INTO aspiration_status_history (aspiration_id, status, reason, actor, at, funding_channel, forced) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = o.store.db.prepare(`UPDATE aspirations SET status = ?, status_reason = ?, funding_channel = ?, updated_at = ? WHERE id = ?`);
  const ask = o.store.db.prepare(
    `INSERT OR IGNORE INTO followup_asks (aspiration_id, resident_id, completed_at, due_at) VALUES (?, ?, ?, ?)`,
  );
  o.store.db.transaction(() => {
    for (const m of moves) {
      const { to } = m.req;
      const reason = to === "ditolak" ? (m.req.reason ?? null) : null;
      const channel = to === "disetujui" ? (m.req.channel ?? null) : null;
      for (const id of m.members) {
        // The channel of an approval stays with the proposal while it is worked on and finished.
        const keep = to === "dikerjakan" || to === "selesai" ? (o.store.db.prepare(`SELECT funding_channel FROM aspirations WHERE id = ?`).pluck().get(id) as string | null) : null;
        update.run(to, reason, channel ?? keep, o.now, id);
        history.run(id, to, reason, o.actor, o.now, channel, m.forced ? 1 : 0);
      }
      o.store.audit.record(o.actor, m.forced ? "usulan.force" : "usulan.move", `ticket:${m.ticket}`, { from: m.from, to, reason, channel }, o.now);
      const about = m.clusterId !== undefined ? { clusterId: m.clusterId } : { aspirationId: m.aspirationId };
      notified.push(...notifyProposal(o.store, about, (lang) => moveNotice(o.t, lang, { ticket: m.ticket, to, reason, channel }), o.now));
      if (to === "selesai") {
        const people = m.clusterId !== undefined ? peopleBehindCluster(o.store, m.clusterId) : [o.store.db.prepare(`SELECT resident_id FROM aspirations WHERE id = ?`).pluck().get(m.aspirationId) as number | null].filter((x): x is number => x !== null);
        for (const rid of people) ask.run(m.aspirationId, rid, o.now, o.now + o.delayDays * DAY_MS);
      }
    }
  })();
  return notified;
}

/**
 * Check every request first, then apply all of them or none.
 *
 * @example
 * const r = moveProposals(opts, [{ ticket: "ASP-7K3Q", to: "disetujui", channel: "rkpd" }]);
 * if (!r.ok) for (const e of r.errors) log.warn({ line: e.index + 1, code: e.error.code }, "refused");
 */
export function moveProposals(
  o: MoveOptions,
  reqs: MoveRequest[],
): { ok: true; moves: PlannedMove[]; notified: number[] } | { ok: false; errors: Array<{ index: number; error: MoveError }> } {
  const plans = reqs.map((r) => planMove(o.store, r, o.mayForce));
  const errors = plans.flatMap((p, index) => (p.ok ? [] : [{ index, error: p.error }]));
  if (errors.length) return { ok: false, errors };
  const moves = plans.map((p) => (p as { ok: true; move: PlannedMove }).move);
  return { ok: true, moves, notified: applyMoves(o, moves) };
}
