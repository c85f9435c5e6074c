/**
 * Broadcasts in SQLite: the broadcast, one delivery record per (broadcast, recipient) written in the transaction
 * that creates it, the fan-out into the outbound outbox (idempotent: only recipients without an outbound row get
 * one), statuses read back from the outbound rows, RSVPs and reminder rows with their due times.
 */
import { DateTime } from "luxon";
import type { ChannelName } from "../core/messages.js";
import { HASHED_PREFIX } from "../store/address-key.js";
import type { Db } from "../store/db.js";
import { releaseDraftFile } from "../store/draft-files.js";
import type { Store } from "../store/index.js";
import { resolveAudience, type Recipient } from "./audience.js";
import { broadcastReport, type DeliveryReport } from "./report.js";

/** The delivery report under its earlier name (the web dashboard's queries use it). */
export type BroadcastReport = DeliveryReport;
import { audienceSchema, type Audience, type BroadcastContent, type BroadcastKind, type RsvpAnswer } from "./types.js";

export interface ReminderConfig {
  /** H-1: the day before the meeting at this hour (kelurahan time), if that is still ahead. */
  dayBeforeHour: number;
  /** And this many minutes before the meeting starts. */
  beforeMinutes: number;
  zone: string;
}

export interface BroadcastRow {
  id: number;
  kind: BroadcastKind;
  senderId: number | null;
  audience: Audience;
  content: BroadcastContent;
  meetingAt: number | null;
  createdAt: number;
  fannedOutAt: number | null;
  finishedAt: number | null;
}

export type RecipientStatus = "queued" | "sent" | "failed" | "skipped";

interface RawBroadcast {
  id: number;
  kind: BroadcastKind;
  sender_resident_id: number | null;
  audience: string;
  content: string;
  meeting_at: number | null;
  created_at: number;
  fanned_out_at: number | null;
  finished_at: number | null;
}

function toRow(r: RawBroadcast): BroadcastRow {
  return {
    id: r.id,
    kind: r.kind,
    senderId: r.sender_resident_id,
    audience: audienceSchema.parse(JSON.parse(r.audience)),
    content: { kind: r.kind, ...JSON.parse(r.content) } as BroadcastContent,
    meetingAt: r.meeting_at,
    createdAt: r.created_at,
    fannedOutAt: r.fanned_out_at,
    finishedAt: r.finished_at,
  };
}

/** Due times of the reminders of a meeting at `at`, created at `now`: only those still ahead. */
export function reminderTimes(at: number, now: number, c: ReminderConfig): Array<{ label: string; dueAt: number }> {
  const dayBefore = DateTime.fromMillis(at, { zone: c.zone }).minus({ days: 1 }).set({ hour: c.dayBeforeHour, minute: 0, second: 0, millisecond: 0 }).toMillis();
  const soon = at - c.beforeMinutes * 60_000;
  return [
    { label: "h-1", dueAt: dayBefore },
    { label: "soon", dueAt: soon },
  ].filter((r) => r.dueAt > now && r.dueAt < at);
}

/** One broadcast as stored (read-only; the report and the web dashboard use it without a Store). */
export function broadcastById(db: Db, id: number): BroadcastRow | undefined {
  const r = db.prepare(`SELECT * FROM broadcasts WHERE id = ?`).get(id) as RawBroadcast | undefined;
  return r ? toRow(r) : undefined;
}

export class BroadcastRepo {
  private readonly attachStmt;
  private readonly unreachableStmt;
  private readonly skipStmt;
  private readonly identityStmt;
  private readonly delayStmt;

  constructor(private readonly store: Store) {
    const db = store.db;
    this.attachStmt = db.prepare(`UPDATE broadcast_recipients SET outbound_id = ?, channel = ? WHERE broadcast_id = ? AND resident_id = ?`);
    this.unreachableStmt = db.prepare(`UPDATE broadcast_recipients SET status = 'failed', reason = 'unreachable' WHERE broadcast_id = ? AND resident_id = ?`);
    this.skipStmt = db.prepare(`UPDATE broadcast_recipients SET status = 'skipped', reason = 'berhenti' WHERE broadcast_id = ? AND resident_id = ?`);
    // The same choice as preferredIdentity (src/app/notify.ts), as one prepared statement for large fan-outs.
    this.identityStmt = db.prepare(
      `SELECT channel, address FROM identities WHERE resident_id = ? AND unreachable_at IS NULL AND address NOT LIKE '${HASHED_PREFIX}%'
        ORDER BY last_seen_at DESC LIMIT 1`,
    );
    this.delayStmt = db.prepare(`UPDATE outbound SET next_attempt_at = ? WHERE id = ?`);
  }

  private get db() {
    return this.store.db;
  }

  /**
   * Store a broadcast with one record per recipient (queued, or skipped with its reason) and its reminders.
   * Run it inside the caller's transaction (the effect that confirmed it).
   */
  create(o: { kind: BroadcastKind; senderId: number; audience: Audience; content: BroadcastContent; now: number; reminders: ReminderConfig }): { id: number; recipients: Recipient[] } {
    const { kind: _kind, ...content } = o.content;
    const meetingAt = o.content.kind === "undangan" ? o.content.at : null;
    const id = Number(
      this.db
        .prepare(`INSERT INTO broadcasts (kind, sender_resident_id, audience, content, meeting_at, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(o.kind, o.senderId, JSON.stringify(o.audience), JSON.stringify(content), meetingAt, o.now).lastInsertRowid,
    );
    // The poster or PDF is the broadcast's from now on: hapus data by the sender must not delete a file that a
    // scheduled or repeating broadcast still sends (as a submitted aspiration keeps its photo).
    if (o.content.kind === "sosialisasi") {
      releaseDraftFile(this.db, o.content.photo);
      releaseDraftFile(this.db, o.content.document?.path);
    }
    const recipients = resolveAudience(this.store, o.audience);
    const ins = this.db.prepare(
      `INSERT INTO broadcast_recipients (broadcast_id, resident_id, rw, rt, channel, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of recipients) {
      const status: RecipientStatus = r.skip === "berhenti" ? "skipped" : r.skip === "unreachable" ? "failed" : "queued";
      ins.run(id, r.residentId, r.rw, r.rt, r.to?.channel ?? null, status, r.skip ?? null);
    }
    if (meetingAt !== null) {
      const rem = this.db.prepare(`INSERT INTO broadcast_reminders (broadcast_id, label, due_at, for_meeting_at) VALUES (?, ?, ?, ?)`);
      for (const r of reminderTimes(meetingAt, o.now, o.reminders)) rem.run(id, r.label, r.dueAt, meetingAt);
    }
    return { id, recipients };
  }

  get(id: number): BroadcastRow | undefined {
    return broadcastById(this.db, id);
  }

  /** The latest broadcasts, newest first; only the sender's own when `senderId` is given. */
  list(limit: number, senderId?: number): BroadcastRow[] {
    const rows = (
      senderId === undefined
        ? this.db.prepare(`SELECT * FROM broadcasts ORDER BY id DESC LIMIT CAST(? AS INTEGER)`).all(limit)
        : this.db.prepare(`SELECT * FROM broadcasts WHERE sender_resident_id = ? ORDER BY id DESC LIMIT CAST(? AS INTEGER)`).all(senderId, limit)
    ) as RawBroadcast[];
    return rows.map(toRow);
  }

  /** Queued recipients that have no outbound row yet (what a fan-out still has to write). */
  unsentRecipients(id: number): Array<{ residentId: number }> {
    return this.db
      .prepare(`SELECT resident_id AS residentId FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'queued' AND outbound_id IS NULL ORDER BY resident_id`)
      .all(id) as Array<{ residentId: number }>;
  }

  attachOutbound(id: number, residentId: number, outboundId: number, channel: ChannelName): void {
    this.attachStmt.run(outboundId, channel, id, residentId);
  }

  markUnreachable(id: number, residentId: number): void {
    this.unreachableStmt.run(id, residentId);
  }

  markSkipped(id: number, residentId: number): void {
    this.skipStmt.run(id, residentId);
  }

  /** Where a resident is reached now (the identity they last wrote from that still works). */
  reachableAt(residentId: number): { channel: ChannelName; address: string } | undefined {
    return this.identityStmt.get(residentId) as { channel: ChannelName; address: string } | undefined;
  }

  /** Hold an outbound row until `at` (a paced broadcast's turn). */
  delayOutbound(outboundId: number, at: number): void {
    this.delayStmt.run(at, outboundId);
  }

  markFannedOut(id: number, now: number): void {
    this.db.prepare(`UPDATE broadcasts SET fanned_out_at = ? WHERE id = ? AND fanned_out_at IS NULL`).run(now, id);
  }

  /** Copy the outcome of each recipient's outbound row (sent, or failed: blocked, rejected, given up) to its record. */
  syncStatuses(id: number): void {
    this.db
      .prepare(
        `UPDATE broadcast_recipients SET
           status = (SELECT o.status FROM outbound o WHERE o.id = broadcast_recipients.outbound_id),
           reason = (SELECT CASE
                               WHEN o.status <> 'failed' THEN NULL
                               -- 403 / chat not found: the delivery loop marked the chat unreachable (reported as diblokir)
                               WHEN EXISTS (SELECT 1 FROM identities i WHERE i.channel = o.channel AND i.address = o.address AND i.unreachable_at IS NOT NULL)
                                 THEN 'blocked'
                               ELSE substr(o.last_error, 1, 120) END
                       FROM outbound o WHERE o.id = broadcast_recipients.outbound_id)
         WHERE broadcast_id = ? AND status = 'queued'
           AND EXISTS (SELECT 1 FROM outbound o WHERE o.id = broadcast_recipients.outbound_id AND o.status IN ('sent', 'failed'))`,
      )
      .run(id);
  }

  /** Broadcasts fanned out but not finished yet. */
  unfinished(): number[] {
    return (this.db.prepare(`SELECT id FROM broadcasts WHERE fanned_out_at IS NOT NULL AND finished_at IS NULL ORDER BY id`).all() as Array<{ id: number }>).map((r) => r.id);
  }

  queuedCount(id: number): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'queued'`).get(id) as { n: number }).n;
  }

  /** Mark finished once; false when another tick or process did it first. */
  markFinished(id: number, now: number): boolean {
    return this.db.prepare(`UPDATE broadcasts SET finished_at = ? WHERE id = ? AND finished_at IS NULL`).run(now, id).changes === 1;
  }

  /** The delivery report (see broadcastReport): read the outcome of every send, as the outbound rows have it. */
  report(id: number): DeliveryReport | undefined {
    return broadcastReport(this.db, id);
  }

  /** The recipient record of a resident, if the broadcast went to them. */
  recipient(id: number, residentId: number): { status: RecipientStatus; rsvp: RsvpAnswer | null } | undefined {
    return this.db.prepare(`SELECT status, rsvp FROM broadcast_recipients WHERE broadcast_id = ? AND resident_id = ?`).get(id, residentId) as
      | { status: RecipientStatus; rsvp: RsvpAnswer | null }
      | undefined;
  }

  setRsvp(id: number, residentId: number, answer: RsvpAnswer, now: number): boolean {
    return (
      this.db.prepare(`UPDATE broadcast_recipients SET rsvp = ?, rsvp_at = ? WHERE broadcast_id = ? AND resident_id = ? AND status <> 'skipped'`).run(answer, now, id, residentId)
        .changes === 1
    );
  }

  dueReminders(now: number): Array<{ broadcastId: number; label: string; dueAt: number }> {
    return this.db
      .prepare(`SELECT broadcast_id AS broadcastId, label, due_at AS dueAt FROM broadcast_reminders WHERE fired_at IS NULL AND due_at <= ? ORDER BY due_at, broadcast_id`)
      .all(now) as Array<{ broadcastId: number; label: string; dueAt: number }>;
  }

  /** Mark a reminder fired once; false when it already was (another tick or process). */
  markReminderFired(broadcastId: number, label: string, now: number): boolean {
    return this.db.prepare(`UPDATE broadcast_reminders SET fired_at = ? WHERE broadcast_id = ? AND label = ? AND fired_at IS NULL`).run(now, broadcastId, label).changes === 1;
  }

  /** Who a reminder goes to: reached recipients who did not answer Tidak hadir. */
  reminderRecipients(id: number): number[] {
    return (
      this.db
        .prepare(`SELECT resident_id AS id FROM broadcast_recipients WHERE broadcast_id = ? AND status IN ('queued', 'sent') AND (rsvp IS NULL OR rsvp <> 'tidak') ORDER BY resident_id`)
        .all(id) as Array<{ id: number }>
    ).map((r) => r.id);
  }
}
