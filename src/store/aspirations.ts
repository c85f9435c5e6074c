/** Aspirations: creation with a ticket number, lookups for the status view, status history. */
import type { AspirationDraft, AspirationStatus, AspirationView, Category, Tridaya } from "../core/domain.js";
import { tridayaOf } from "../core/domain.js";
import type { Db } from "./db.js";
import { releaseDraftFile } from "./draft-files.js";

interface Row {
  id: number;
  ticket: string;
  resident_id: number | null;
  rw: number;
  rt: number;
  category: string;
  tridaya: string;
  description: string;
  location_text: string | null;
  lat: number | null;
  lon: number | null;
  photo_path: string | null;
  status: string;
  status_reason: string | null;
  created_at: number;
}

function toView(r: Row): AspirationView {
  return {
    id: r.id,
    ticket: r.ticket,
    residentId: r.resident_id,
    rw: r.rw,
    rt: r.rt,
    category: r.category as Category,
    tridaya: r.tridaya as Tridaya,
    description: r.description,
    locationText: r.location_text,
    lat: r.lat,
    lon: r.lon,
    photoPath: r.photo_path,
    status: r.status as AspirationStatus,
    statusReason: r.status_reason,
    createdAt: r.created_at,
  };
}

export interface NewAspiration extends AspirationDraft {
  ticket: string;
  residentId: number;
  rw: number;
  rt: number;
  channel: string;
}

export class AspirationRepo {
  private readonly insert;
  private readonly byTicketStmt;
  private readonly byResidentStmt;
  private readonly existsStmt;
  private readonly historyStmt;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      `INSERT INTO aspirations (ticket, resident_id, rw, rt, category, tridaya, description, location_text, lat, lon, photo_path, status, channel, created_at, updated_at, cycle_id)
       VALUES (@ticket, @residentId, @rw, @rt, @category, @tridaya, @description, @locationText, @lat, @lon, @photoPath, 'diterima', @channel, @now, @now,
               (SELECT id FROM cycles WHERE closed_at IS NULL))`,
    );
    this.byTicketStmt = db.prepare(`SELECT * FROM aspirations WHERE ticket = ?`);
    this.byResidentStmt = db.prepare(`SELECT * FROM aspirations WHERE resident_id = ? ORDER BY created_at DESC, id DESC LIMIT CAST(? AS INTEGER)`);
    this.existsStmt = db.prepare(`SELECT 1 FROM aspirations WHERE ticket = ?`);
    this.historyStmt = db.prepare(
      `INSERT INTO aspiration_status_history (aspiration_id, status, reason, actor, at) VALUES (?, ?, ?, ?, ?)`,
    );
  }

  create(a: NewAspiration, now: number): AspirationView {
    const info = this.insert.run({ ...a, tridaya: tridayaOf(a.category), now });
    const id = Number(info.lastInsertRowid);
    this.historyStmt.run(id, "diterima", null, `resident:${a.residentId}`, now);
    releaseDraftFile(this.db, a.photoPath);
    return this.byTicket(a.ticket)!;
  }

  byTicket(ticket: string): AspirationView | undefined {
    const r = this.byTicketStmt.get(ticket) as Row | undefined;
    return r ? toView(r) : undefined;
  }

  ticketExists(ticket: string): boolean {
    return this.existsStmt.get(ticket) !== undefined;
  }

  listByResident(residentId: number, limit = 20): AspirationView[] {
    return (this.byResidentStmt.all(residentId, limit) as Row[]).map(toView);
  }

  /** Move an aspiration along its life cycle and record who did it. */
  setStatus(id: number, status: AspirationStatus, reason: string | null, actor: string, now: number): void {
    this.db.prepare(`UPDATE aspirations SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?`).run(status, reason, now, id);
    this.historyStmt.run(id, status, reason, actor, now);
  }
}
