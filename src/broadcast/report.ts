/**
 * The delivery report of a broadcast, computed in one place for the chat (/laporan, /siaran <id>, the sender's
 * finish report), the admin command (text, XLSX) and the web dashboard. Read-only: it reads each recipient's record
 * and, for one still marked queued, the outcome of its outbound row, so it is current even between ticks.
 *
 * Every recipient record is in exactly one of terkirim / gagal / diblokir / dilewati (berhenti) / menunggu, so the
 * five add up to the audience size, in total and per RW. For an undangan: the RSVP tallies of the reached recipients
 * per RW, and the inclusion counts (women, youth, elderly, disability) among those who said Hadir, as totals only.
 */
import type { ChannelName } from "../core/messages.js";
import type { Db } from "../store/db.js";
import { broadcastById, type BroadcastRow } from "./broadcast-repo.js";
import { countInclusion, type InclusionCounts } from "./inclusion.js";
import type { RsvpAnswer } from "./types.js";

export const DELIVERY_STATUSES = ["sent", "failed", "blocked", "skipped", "queued"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export type StatusCounts = Record<DeliveryStatus, number>;
export type RsvpCounts = Record<RsvpAnswer | "none", number>;

export interface RwReport {
  /** null: residents without an RW (e.g. an LPMK member outside the RWs). */
  rw: number | null;
  total: number;
  status: StatusCounts;
  /** Of the reached recipients (sent or still waiting): Hadir / Tidak hadir / Mungkin / belum menjawab. */
  rsvp: RsvpCounts;
}

/** One RW on one channel (the dashboard's table; `channel` null: no working chat). */
export interface ReportLine extends StatusCounts {
  rw: number | null;
  channel: ChannelName | null;
}

export interface DeliveryReport {
  broadcast: BroadcastRow;
  /** The audience size: recipient records (a resident who deleted their data has none any more). */
  total: number;
  byStatus: StatusCounts;
  byChannel: Partial<Record<ChannelName | "none", StatusCounts>>;
  /** Ordered by RW, residents without an RW last. */
  byRw: RwReport[];
  /** Per RW and channel, ordered by RW then channel. */
  lines: ReportLine[];
  rsvp: RsvpCounts;
  /** An undangan only: among those who said Hadir (aggregated, never per person). */
  inclusion?: InclusionCounts;
}

const zeroStatus = (): StatusCounts => ({ sent: 0, failed: 0, blocked: 0, skipped: 0, queued: 0 });
const zeroRsvp = (): RsvpCounts => ({ hadir: 0, tidak: 0, mungkin: 0, none: 0 });

interface Row {
  rw: number | null;
  channel: ChannelName | null;
  status: "queued" | "sent" | "failed" | "skipped";
  reason: string | null;
  out_status: "pending" | "sent" | "failed" | null;
  gone: number;
  rsvp: RsvpAnswer | null;
  inclusion: string | null;
}

/** What one recipient record counts as. */
function statusOf(r: Row): DeliveryStatus {
  const s = r.status === "queued" && (r.out_status === "sent" || r.out_status === "failed") ? r.out_status : r.status;
  if (s !== "failed") return s;
  // No working chat at fan-out, or the chat answered 403 / chat not found (the identity is marked unreachable).
  return r.reason === "unreachable" || r.reason === "blocked" || (r.status === "queued" && r.gone === 1) ? "blocked" : "failed";
}

export function broadcastReport(db: Db, id: number): DeliveryReport | undefined {
  const broadcast = broadcastById(db, id);
  if (!broadcast) return undefined;
  const rows = db
    .prepare(
      `SELECT br.rw, br.channel, br.status, br.reason, o.status AS out_status, br.rsvp, res.inclusion,
              EXISTS (SELECT 1 FROM identities i WHERE i.channel = o.channel AND i.address = o.address AND i.unreachable_at IS NOT NULL) AS gone
         FROM broadcast_recipients br
         LEFT JOIN outbound o ON o.id = br.outbound_id
         LEFT JOIN residents res ON res.id = br.resident_id
        WHERE br.broadcast_id = ?`,
    )
    .all(id) as Row[];
  const byStatus = zeroStatus();
  const rsvp = zeroRsvp();
  const byChannel: DeliveryReport["byChannel"] = {};
  const perRw = new Map<number | null, RwReport>();
  const perLine = new Map<string, ReportLine>();
  const hadir: Array<string | null> = [];
  for (const r of rows) {
    const s = statusOf(r);
    let line = perRw.get(r.rw);
    if (!line) perRw.set(r.rw, (line = { rw: r.rw, total: 0, status: zeroStatus(), rsvp: zeroRsvp() }));
    line.total++;
    line.status[s]++;
    byStatus[s]++;
    (byChannel[r.channel ?? "none"] ??= zeroStatus())[s]++;
    const key = `${r.rw}:${r.channel}`;
    let pl = perLine.get(key);
    if (!pl) perLine.set(key, (pl = { rw: r.rw, channel: r.channel, ...zeroStatus() }));
    pl[s]++;
    if (s === "sent" || s === "queued") {
      const a = r.rsvp ?? "none";
      line.rsvp[a]++;
      rsvp[a]++;
      if (a === "hadir") hadir.push(r.inclusion);
    }
  }
  const byRwOrder = (a: { rw: number | null }, b: { rw: number | null }) => (a.rw === null ? (b.rw === null ? 0 : 1) : b.rw === null ? -1 : a.rw - b.rw);
  const byRw = [...perRw.values()].sort(byRwOrder);
  const lines = [...perLine.values()].sort((a, b) => byRwOrder(a, b) || String(a.channel).localeCompare(String(b.channel)));
  return {
    broadcast,
    total: rows.length,
    byStatus,
    byChannel,
    byRw,
    lines,
    rsvp,
    ...(broadcast.kind === "undangan" ? { inclusion: countInclusion(hadir) } : {}),
  };
}
