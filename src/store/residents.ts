/** Residents and their channel identities. */
import type { ChannelName } from "../core/messages.js";
import type { ConsentState, Lang, Resident, ResidentPatch } from "../core/domain.js";
import type { Db } from "./db.js";

interface ResidentRow {
  id: number;
  name: string | null;
  rw: number | null;
  rt: number | null;
  lang: string;
  consent: ConsentState;
  opted_out: number;
  registered_at: number | null;
}

/** Defined in the domain (the engine returns patches without importing the store). */
export type { ResidentPatch } from "../core/domain.js";

export interface Identity {
  channel: ChannelName;
  address: string;
  residentId: number;
  unreachable: boolean;
  lastSeenAt: number | null;
}

function toResident(r: ResidentRow): Resident {
  return {
    id: r.id,
    name: r.name,
    rw: r.rw,
    rt: r.rt,
    lang: r.lang === "en" ? "en" : "id",
    consent: r.consent,
    optedOut: r.opted_out === 1,
    registered: r.registered_at !== null,
  };
}

export class ResidentRepo {
  private readonly byIdentity;
  private readonly byId;
  private readonly insertResident;
  private readonly insertIdentity;
  private readonly touchIdentity;
  private readonly insertAlt;

  constructor(private readonly db: Db) {
    this.byIdentity = db.prepare(
      `SELECT r.* FROM identities i JOIN residents r ON r.id = i.resident_id WHERE i.channel = ? AND i.address = ?`,
    );
    this.byId = db.prepare(`SELECT * FROM residents WHERE id = ?`);
    this.insertResident = db.prepare(`INSERT INTO residents (lang, created_at) VALUES (?, ?)`);
    this.insertIdentity = db.prepare(
      `INSERT INTO identities (channel, address, resident_id, display_name, last_seen_at) VALUES (?, ?, ?, ?, ?)`,
    );
    // Alternative forms carry no last_seen_at, so notifications prefer the address the person actually wrote from.
    this.insertAlt = db.prepare(`INSERT OR IGNORE INTO identities (channel, address, resident_id) VALUES (?, ?, ?)`);
    this.touchIdentity = db.prepare(
      `UPDATE identities SET last_seen_at = ?, unreachable_at = NULL WHERE channel = ? AND address = ?`,
    );
  }

  get(id: number): Resident | undefined {
    const row = this.byId.get(id) as ResidentRow | undefined;
    return row ? toResident(row) : undefined;
  }

  findByIdentity(channel: ChannelName, address: string): Resident | undefined {
    const row = this.byIdentity.get(channel, address) as ResidentRow | undefined;
    return row ? toResident(row) : undefined;
  }

  /** Find the resident behind an address (or any of its alternative forms), creating one on first contact. */
  resolve(channel: ChannelName, address: string, opts: { displayName?: string; altAddresses?: string[]; lang: Lang; now: number }): Resident {
    // Alternative forms seen later (a WhatsApp LID next to a known phone JID) are remembered too, so a message
    // that later arrives with only the other form still finds the same person.
    const rememberAlts = (id: number) => {
      for (const alt of opts.altAddresses ?? []) this.insertAlt.run(channel, alt, id);
    };
    const found = this.findByIdentity(channel, address);
    if (found) {
      this.touchIdentity.run(opts.now, channel, address);
      rememberAlts(found.id);
      return found;
    }
    for (const alt of opts.altAddresses ?? []) {
      const viaAlt = this.findByIdentity(channel, alt);
      if (viaAlt) {
        this.insertIdentity.run(channel, address, viaAlt.id, opts.displayName ?? null, opts.now);
        rememberAlts(viaAlt.id);
        return viaAlt;
      }
    }
    const id = Number(this.insertResident.run(opts.lang, opts.now).lastInsertRowid);
    this.insertIdentity.run(channel, address, id, opts.displayName ?? null, opts.now);
    rememberAlts(id);
    return this.get(id)!;
  }

  update(id: number, patch: ResidentPatch, now: number): void {
    const sets: string[] = [];
    const vals: unknown[] = [];
    const set = (col: string, v: unknown) => {
      sets.push(`${col} = ?`);
      vals.push(v);
    };
    if (patch.name !== undefined) set("name", patch.name);
    if (patch.rw !== undefined) set("rw", patch.rw);
    if (patch.rt !== undefined) set("rt", patch.rt);
    if (patch.lang !== undefined) set("lang", patch.lang);
    if (patch.consent !== undefined) {
      set("consent", patch.consent);
      set("consent_at", now);
    }
    if (patch.optedOut !== undefined) set("opted_out", patch.optedOut ? 1 : 0);
    if (patch.registered !== undefined) set("registered_at", patch.registered ? now : null);
    if (!sets.length) return;
    this.db.prepare(`UPDATE residents SET ${sets.join(", ")} WHERE id = ?`).run(...vals, id);
  }

  /**
   * Delete a resident's personal data (UU 27/2022): name, RW/RT, identities and session are removed;
   * aspirations stay but lose the link to the person.
   */
  deletePersonalData(id: number, now: number): void {
    this.db.prepare(`UPDATE aspirations SET resident_id = NULL WHERE resident_id = ?`).run(id);
    this.db.prepare(`DELETE FROM sessions WHERE resident_id = ?`).run(id);
    this.db.prepare(`DELETE FROM identities WHERE resident_id = ?`).run(id);
    this.db
      .prepare(
        `UPDATE residents SET name = NULL, rw = NULL, rt = NULL, consent = 'pending', consent_at = NULL,
         registered_at = NULL, deleted_at = ? WHERE id = ?`,
      )
      .run(now, id);
  }

  identitiesOf(residentId: number): Identity[] {
    const rows = this.db
      .prepare(`SELECT channel, address, resident_id, unreachable_at, last_seen_at FROM identities WHERE resident_id = ? ORDER BY last_seen_at DESC`)
      .all(residentId) as Array<{ channel: ChannelName; address: string; resident_id: number; unreachable_at: number | null; last_seen_at: number | null }>;
    return rows.map((r) => ({
      channel: r.channel,
      address: r.address,
      residentId: r.resident_id,
      unreachable: r.unreachable_at !== null,
      lastSeenAt: r.last_seen_at,
    }));
  }

  markUnreachable(channel: ChannelName, address: string, now: number): void {
    this.db.prepare(`UPDATE identities SET unreachable_at = ? WHERE channel = ? AND address = ?`).run(now, channel, address);
  }
}
