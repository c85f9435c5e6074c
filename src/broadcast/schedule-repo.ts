/**
 * Broadcast timing and control in SQLite: a broadcast's send time and state (active, paused, cancelled), repeating
 * schedules and their iterations (one broadcasts row each, unique per schedule and moment), holding a paused
 * broadcast's deliveries back from the outbound outbox and giving them back on resume, and moving or calling off a
 * meeting with its reminders. Every method is synchronous and runs inside the caller's transaction.
 */
import type { Store } from "../store/index.js";
import { BroadcastRepo, reminderTimes, type ReminderConfig } from "./broadcast-repo.js";
import { cronPattern, repeatRuleSchema, type RepeatRule } from "./schedule-rule.js";
import { audienceSchema, type Audience, type BroadcastContent, type BroadcastKind } from "./types.js";

export type BroadcastState = "active" | "paused" | "cancelled";

export interface BroadcastTiming {
  id: number;
  sendAt: number | null;
  scheduleId: number | null;
  state: BroadcastState;
  fannedOutAt: number | null;
  finishedAt: number | null;
  senderId: number | null;
}

/** What the list shows: scheduled (not started), running, paused, finished, cancelled. */
export type BroadcastPhase = "scheduled" | "running" | "paused" | "finished" | "cancelled";

export function phaseOf(t: BroadcastTiming, now: number): BroadcastPhase {
  if (t.state === "cancelled") return "cancelled";
  if (t.state === "paused") return "paused";
  if (t.finishedAt !== null) return "finished";
  if (t.fannedOutAt === null && t.sendAt !== null && t.sendAt > now) return "scheduled";
  return "running";
}

export interface ScheduleRow {
  id: number;
  kind: BroadcastKind;
  senderId: number | null;
  audience: Audience;
  content: BroadcastContent;
  rule: RepeatRule;
  pattern: string;
  tz: string;
  createdAt: number;
  stoppedAt: number | null;
}

interface RawSchedule {
  id: number;
  kind: BroadcastKind;
  sender_resident_id: number | null;
  audience: string;
  content: string;
  rule: string;
  pattern: string;
  tz: string;
  created_at: number;
  stopped_at: number | null;
}

function toSchedule(r: RawSchedule): ScheduleRow {
  return {
    id: r.id,
    kind: r.kind,
    senderId: r.sender_resident_id,
    audience: audienceSchema.parse(JSON.parse(r.audience)),
    content: { kind: r.kind, ...JSON.parse(r.content) } as BroadcastContent,
    rule: repeatRuleSchema.parse(JSON.parse(r.rule)),
    pattern: r.pattern,
    tz: r.tz,
    createdAt: r.created_at,
    stoppedAt: r.stopped_at,
  };
}

/** The last_error of an outbound row taken back from delivery by a pause, or replaced by a reschedule. */
export const HELD = "paused";
export const SUPERSEDED = "superseded";
export const WITHDRAWN = "cancelled";

export class ScheduleRepo {
  readonly broadcasts: BroadcastRepo;

  constructor(private readonly store: Store) {
    this.broadcasts = new BroadcastRepo(store);
  }

  private get db() {
    return this.store.db;
  }

  timing(id: number): BroadcastTiming | undefined {
    return this.db
      .prepare(
        `SELECT id, send_at AS sendAt, schedule_id AS scheduleId, state, fanned_out_at AS fannedOutAt, finished_at AS finishedAt,
                sender_resident_id AS senderId FROM broadcasts WHERE id = ?`,
      )
      .get(id) as BroadcastTiming | undefined;
  }

  /** Fan out at `at`; a reminder due by then would come before the invitation, so it is not kept. */
  setSendAt(id: number, at: number): void {
    this.db.prepare(`UPDATE broadcasts SET send_at = ? WHERE id = ?`).run(at, id);
    this.db.prepare(`DELETE FROM broadcast_reminders WHERE broadcast_id = ? AND fired_at IS NULL AND due_at <= ?`).run(id, at);
  }

  // --- repeating schedules ---

  createSchedule(o: { kind: BroadcastKind; senderId: number; audience: Audience; content: BroadcastContent; rule: RepeatRule; tz: string; now: number }): number {
    const { kind: _k, ...content } = o.content;
    return Number(
      this.db
        .prepare(`INSERT INTO broadcast_schedules (kind, sender_resident_id, audience, content, rule, pattern, tz, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(o.kind, o.senderId, JSON.stringify(o.audience), JSON.stringify(content), JSON.stringify(o.rule), cronPattern(o.rule), o.tz, o.now).lastInsertRowid,
    );
  }

  schedule(id: number): ScheduleRow | undefined {
    const r = this.db.prepare(`SELECT * FROM broadcast_schedules WHERE id = ?`).get(id) as RawSchedule | undefined;
    return r ? toSchedule(r) : undefined;
  }

  /** Schedules not stopped, newest first (only the sender's own when `senderId` is given). */
  activeSchedules(senderId?: number): ScheduleRow[] {
    const rows = (
      senderId === undefined
        ? this.db.prepare(`SELECT * FROM broadcast_schedules WHERE stopped_at IS NULL ORDER BY id DESC`).all()
        : this.db.prepare(`SELECT * FROM broadcast_schedules WHERE stopped_at IS NULL AND sender_resident_id = ? ORDER BY id DESC`).all(senderId)
    ) as RawSchedule[];
    return rows.map(toSchedule);
  }

  stopSchedule(id: number, now: number): boolean {
    return this.db.prepare(`UPDATE broadcast_schedules SET stopped_at = ? WHERE id = ? AND stopped_at IS NULL`).run(now, id).changes === 1;
  }

  /**
   * The broadcast of the schedule's iteration at `slot`, created on the first call (its own recipients and report);
   * undefined when the schedule is stopped or gone. Calling it again for the same slot returns the same broadcast.
   */
  occurrence(scheduleId: number, slot: number, now: number, reminders: ReminderConfig): { id: number; created: boolean } | undefined {
    const s = this.schedule(scheduleId);
    if (!s || s.stoppedAt !== null) return undefined;
    const old = this.db.prepare(`SELECT id FROM broadcasts WHERE schedule_id = ? AND send_at = ?`).get(scheduleId, slot) as { id: number } | undefined;
    if (old) return { id: old.id, created: false };
    if (s.senderId === null) return undefined;
    const { id } = this.broadcasts.create({ kind: s.kind, senderId: s.senderId, audience: s.audience, content: s.content, now, reminders });
    this.db.prepare(`UPDATE broadcasts SET schedule_id = ?, send_at = ? WHERE id = ?`).run(scheduleId, slot, id);
    return { id, created: true };
  }

  // --- control ---

  cancel(id: number, now: number): boolean {
    const ok = this.db.prepare(`UPDATE broadcasts SET state = 'cancelled', cancelled_at = ? WHERE id = ? AND state <> 'cancelled'`).run(now, id).changes === 1;
    if (!ok) return false;
    this.db.prepare(`DELETE FROM broadcast_reminders WHERE broadcast_id = ? AND fired_at IS NULL`).run(id);
    // Invitations not yet delivered are withdrawn (counted as failed with the reason).
    this.takeBack(id, WITHDRAWN);
    this.broadcasts.syncStatuses(id);
    return true;
  }

  /** Nothing more of it reaches delivery: its pending outbound rows are taken back (held) until resume. */
  pause(id: number): { held: number } | undefined {
    if (this.db.prepare(`UPDATE broadcasts SET state = 'paused' WHERE id = ? AND state = 'active'`).run(id).changes !== 1) return undefined;
    return { held: this.takeBack(id, HELD) };
  }

  /**
   * Active again. Held rows whose send completed while pausing (it was in flight) are kept; the other recipients are
   * left without an outbound row, so the next fan-out writes them a fresh one. False when it was not paused.
   */
  resume(id: number): boolean {
    if (this.db.prepare(`UPDATE broadcasts SET state = 'active' WHERE id = ? AND state = 'paused'`).run(id).changes !== 1) return false;
    this.db
      .prepare(
        `UPDATE broadcast_recipients SET outbound_id = held_outbound_id
          WHERE broadcast_id = ? AND held_outbound_id IS NOT NULL AND outbound_id IS NULL
            AND EXISTS (SELECT 1 FROM outbound o WHERE o.id = broadcast_recipients.held_outbound_id AND o.status = 'sent')`,
      )
      .run(id);
    this.db.prepare(`UPDATE broadcast_recipients SET held_outbound_id = NULL WHERE broadcast_id = ?`).run(id);
    return true;
  }

  /**
   * Take the still-pending outbound rows of a broadcast's queued recipients out of delivery (status failed, with
   * `reason` as last_error). Held and superseded recipients lose their row (a later fan-out writes a new one);
   * withdrawn ones keep it, so the report shows them failed with the reason.
   */
  private takeBack(id: number, reason: string): number {
    const n = this.db
      .prepare(
        `UPDATE outbound SET status = 'failed', last_error = ?
          WHERE status = 'pending' AND id IN (SELECT outbound_id FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'queued' AND outbound_id IS NOT NULL)`,
      )
      .run(reason, id).changes;
    if (reason === WITHDRAWN) return n;
    this.db
      .prepare(
        `UPDATE broadcast_recipients SET held_outbound_id = outbound_id, outbound_id = NULL
          WHERE broadcast_id = ? AND status = 'queued'
            AND outbound_id IN (SELECT id FROM outbound WHERE status = 'failed' AND last_error = ?)`,
      )
      .run(id, reason);
    return n;
  }

  /**
   * Move a meeting to `at`: the content and meeting time change, unfired reminders are dropped and new ones made for
   * the new time, invitations not yet delivered are replaced (the next fan-out writes them with the new time).
   * Returns the residents who already got the invitation (they get one change notice).
   */
  reschedule(id: number, at: number, now: number, reminders: ReminderConfig): number[] {
    const b = this.broadcasts.get(id);
    if (!b || b.content.kind !== "undangan") return [];
    const { kind: _k, ...content } = { ...b.content, at };
    this.db.prepare(`UPDATE broadcasts SET content = ?, meeting_at = ? WHERE id = ?`).run(JSON.stringify(content), at, id);
    this.db.prepare(`DELETE FROM broadcast_reminders WHERE broadcast_id = ? AND fired_at IS NULL`).run(id);
    const rem = this.db.prepare(`INSERT OR REPLACE INTO broadcast_reminders (broadcast_id, label, due_at, for_meeting_at) VALUES (?, ?, ?, ?)`);
    const sendAt = this.timing(id)?.fannedOutAt == null ? (this.timing(id)?.sendAt ?? now) : now;
    for (const r of reminderTimes(at, Math.max(now, sendAt), reminders)) rem.run(id, r.label, r.dueAt, at);
    this.takeBack(id, SUPERSEDED);
    this.db.prepare(`UPDATE broadcast_recipients SET held_outbound_id = NULL WHERE broadcast_id = ?`).run(id);
    this.broadcasts.syncStatuses(id);
    return this.reached(id);
  }

  /** Recipients the broadcast reached (their invitation was sent). */
  reached(id: number): number[] {
    this.broadcasts.syncStatuses(id);
    return (this.db.prepare(`SELECT resident_id AS id FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'sent' ORDER BY resident_id`).all(id) as Array<{ id: number }>).map(
      (r) => r.id,
    );
  }

  /**
   * Whether a due reminder still belongs to the meeting as it is now: the broadcast is not cancelled and the meeting
   * time the reminder was made for is the meeting's current time.
   */
  reminderIsCurrent(broadcastId: number, label: string): boolean {
    const r = this.db
      .prepare(
        `SELECT r.for_meeting_at AS forAt, b.meeting_at AS meetingAt, b.state AS state
           FROM broadcast_reminders r JOIN broadcasts b ON b.id = r.broadcast_id WHERE r.broadcast_id = ? AND r.label = ?`,
      )
      .get(broadcastId, label) as { forAt: number | null; meetingAt: number | null; state: BroadcastState } | undefined;
    return !!r && r.state !== "cancelled" && r.forAt !== null && r.forAt === r.meetingAt;
  }
}
