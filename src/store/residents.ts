/** Residents and their channel identities. */
import type { ChannelName } from "../core/messages.js";
import type { ConsentState, Lang, Resident, ResidentPatch } from "../core/domain.js";
import { HASHED_PREFIX, type AddressKey } from "./address-key.js";
import type { Db } from "./db.js";
import type { Statement } from "better-sqlite3";

/** How often the identity a resident writes from is marked seen (last_seen_at) when they write several times. */
const TOUCH_EVERY_MS = 30_000;

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
  private readonly ownsIdentity;
  private readonly moveIdentity;
  private readonly dropIdentity;

  constructor(
    private readonly db: Db,
    /** Keyed hash of an address: what is stored for someone who has not (yet) consented. */
    private readonly key: AddressKey,
  ) {
    this.byIdentity = db.prepare(
      `SELECT r.* FROM identities i JOIN residents r ON r.id = i.resident_id WHERE i.channel = ? AND i.address = ?`,
    );
    this.byId = db.prepare(`SELECT * FROM residents WHERE id = ?`);
    this.insertResident = db.prepare(`INSERT INTO residents (lang, created_at) VALUES (?, ?)`);
    // The platform's display name is never stored: the resident gives the name we use, after consenting.
    this.insertIdentity = db.prepare(`INSERT OR IGNORE INTO identities (channel, address, resident_id, last_seen_at) VALUES (?, ?, ?, ?)`);
    this.touchIdentity = db.prepare(
      `UPDATE identities SET last_seen_at = ?, unreachable_at = NULL WHERE channel = ? AND address = ?`,
    );
    this.ownsIdentity = db.prepare(`SELECT 1 FROM identities WHERE channel = ? AND address = ? AND resident_id = ?`);
    this.moveIdentity = db.prepare(`UPDATE identities SET address = ?, display_name = NULL WHERE channel = ? AND address = ? AND resident_id = ?`);
    this.dropIdentity = db.prepare(`DELETE FROM identities WHERE channel = ? AND address = ? AND resident_id = ?`);
  }

  get(id: number): Resident | undefined {
    const row = this.byId.get(id) as ResidentRow | undefined;
    return row ? toResident(row) : undefined;
  }

  /** The resident behind an address, whether it is stored in plain (consent given) or as its keyed hash. */
  findByIdentity(channel: ChannelName, address: string): Resident | undefined {
    const row = (this.byIdentity.get(channel, address) ?? this.byIdentity.get(channel, this.key(channel, address))) as ResidentRow | undefined;
    return row ? toResident(row) : undefined;
  }

  /**
   * Find the resident behind an address (or any of its alternative forms), creating one on first contact.
   * Addresses are stored in plain only for residents who consented; everyone else's only as a keyed hash,
   * enough to recognise them (and their refusal) when they write again.
   */
  resolve(channel: ChannelName, address: string, opts: { displayName?: string; altAddresses?: string[]; lang: Lang; now: number }): Resident {
    // Alternative forms seen later (a WhatsApp LID next to a known phone JID) are remembered too, so a message
    // that later arrives with only the other form still finds the same person.
    const alts = opts.altAddresses ?? [];
    const direct = this.findByIdentity(channel, address);
    let found = direct;
    for (let i = 0; !found && i < alts.length; i++) found = this.findByIdentity(channel, alts[i]!);
    if (!found) found = this.get(Number(this.insertResident.run(opts.lang, opts.now).lastInsertRowid))!;
    // Another resident may hold the primary address already (found via an alternative form): leave theirs alone.
    this.settle(found, channel, address, opts.now, direct !== undefined);
    for (const alt of alts) this.settle(found, channel, alt, null);
    return found;
  }

  /**
   * Store one address form of `resident` in the form its consent allows (plain once given, hashed otherwise),
   * converting a row kept in the other form. `seenAt` marks the address the person actually wrote from.
   */
  private settle(resident: Resident, channel: ChannelName, address: string, seenAt: number | null, rowFound = false): void {
    const plain = resident.consent === "given";
    const want = plain ? address : this.key(channel, address);
    const other = plain ? this.key(channel, address) : address;
    // The row is there (the resident was just found by this address) and this process settled it in this form a
    // moment ago (a change of consent changes the form): nothing to convert, and last_seen_at (which identity to
    // notify a resident on) need not be rewritten on every message.
    const touchedKey = `${channel}\u0000${want}\u0000${resident.id}`;
    if (seenAt !== null && rowFound && seenAt - (this.touched.get(touchedKey) ?? -Infinity) < TOUCH_EVERY_MS) return;
    if (this.ownsIdentity.get(channel, other, resident.id)) {
      if (this.ownsIdentity.get(channel, want, resident.id)) this.dropIdentity.run(channel, other, resident.id);
      else this.moveIdentity.run(want, channel, other, resident.id);
    }
    if (seenAt === null) {
      this.insertIdentity.run(channel, want, resident.id, seenAt);
      return;
    }
    // Touch first: on every message but the first the row is there, and the insert would be one more (ignored) write.
    if (this.touchIdentity.run(seenAt, channel, want).changes === 0) this.insertIdentity.run(channel, want, resident.id, seenAt);
    if (this.touched.size >= 10_000) this.touched.clear();
    this.touched.set(touchedKey, seenAt);
  }

  /** When this process last set last_seen_at of an identity (channel, stored address, resident id). */
  private readonly touched = new Map<string, number>();

  /** After consent is given: keep this address in plain so the resident can be notified there. */
  rememberAddress(residentId: number, channel: ChannelName, address: string, now: number): void {
    // A change of consent: every identity is settled afresh (see settle).
    this.touched.clear();
    const r = this.get(residentId);
    if (r) this.settle(r, channel, address, now);
  }

  /** Without consent nothing but the refusal is kept: every address of the resident becomes its keyed hash. */
  forgetAddresses(residentId: number): void {
    this.touched.clear();
    const rows = this.db
      .prepare(`SELECT channel, address FROM identities WHERE resident_id = ? AND address NOT LIKE '${HASHED_PREFIX}%'`)
      .all(residentId) as Array<{ channel: ChannelName; address: string }>;
    for (const r of rows) {
      const hashed = this.key(r.channel, r.address);
      if (this.ownsIdentity.get(r.channel, hashed, residentId)) this.dropIdentity.run(r.channel, r.address, residentId);
      else this.moveIdentity.run(hashed, r.channel, r.address, residentId);
    }
    this.db.prepare(`UPDATE identities SET display_name = NULL WHERE resident_id = ?`).run(residentId);
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
    const sql = `UPDATE residents SET ${sets.join(", ")} WHERE id = ?`;
    let stmt = this.updates.get(sql);
    if (!stmt) this.updates.set(sql, (stmt = this.db.prepare(sql)));
    stmt.run(...vals, id);
  }

  /** The UPDATE statements of `update`, one per set of columns (a few dozen at most), prepared once each. */
  private readonly updates = new Map<string, Statement>();

  /**
   * Delete a resident's personal data (UU 27/2022). Afterwards nothing links the aspirations (which stay, for the
   * Musrenbang) back to the person: their resident row is emptied, identities, session and link codes are removed; the
   * message journal rows of their addresses are deleted; cluster support and status history lose the resident id;
   * audit entries keep the action under `pseudonym` (random, never derived from the id) and lose their details.
   * `current` is the address the request came from (it may be stored only as a keyed hash).
   * Run it in the host's transaction; checkpoint the WAL after the commit (see `checkpointAfterDeletion`).
   */
  deletePersonalData(id: number, now: number, o: { pseudonym: string; current?: { channel: ChannelName; address: string } }): void {
    this.touched.clear();
    const db = this.db;
    const actor = `resident:${id}`;
    const idents = db.prepare(`SELECT channel, address FROM identities WHERE resident_id = ?`).all(id) as Array<{ channel: ChannelName; address: string }>;
    const plain = idents.filter((i) => !i.address.startsWith(HASHED_PREFIX));
    if (o.current && !plain.some((i) => i.channel === o.current!.channel && i.address === o.current!.address)) plain.push(o.current);
    const dropInbound = db.prepare(
      // WhatsApp message ids are "<jid>:<id>": they name the address too.
      `DELETE FROM inbound WHERE channel = ? AND processed_at IS NOT NULL AND (address = ? OR substr(message_id, 1, length(?) + 1) = ? || ':')`,
    );
    const dropOutbound = db.prepare(`DELETE FROM outbound WHERE channel = ? AND address = ?`);
    const dropWaSent = db.prepare(`DELETE FROM wa_sent_messages WHERE remote_jid = ?`);
    for (const { channel, address } of plain) {
      dropInbound.run(channel, address, address, address);
      dropOutbound.run(channel, address);
      if (channel === "whatsapp") dropWaSent.run(address);
    }
    db.prepare(`DELETE FROM identity_link_codes WHERE resident_id = ?`).run(id);
    db.prepare(`DELETE FROM draft_photos WHERE resident_id = ?`).run(id);
    db.prepare(`DELETE FROM followup_asks WHERE resident_id = ?`).run(id);
    db.prepare(`UPDATE aspirations SET resident_id = NULL WHERE resident_id = ?`).run(id);
    db.prepare(`UPDATE cluster_supporters SET resident_id = NULL WHERE resident_id = ?`).run(id);
    db.prepare(`UPDATE aspiration_status_history SET actor = ? WHERE actor = ?`).run(o.pseudonym, actor);
    db.prepare(`UPDATE audit_log SET actor = ?, detail = NULL WHERE actor = ?`).run(o.pseudonym, actor);
    db.prepare(`UPDATE cluster_edits SET actor = ? WHERE actor = ?`).run(o.pseudonym, actor);
    // A rembug result stays (it is the meeting's record); who drew it up and confirmed it becomes the pseudonym.
    db.prepare(`UPDATE rembug_results SET created_by = ? WHERE created_by = ?`).run(o.pseudonym, actor);
    db.prepare(`UPDATE rembug_results SET confirmed_by = ? WHERE confirmed_by = ?`).run(o.pseudonym, actor);
    db.prepare(`UPDATE audit_log SET subject = ?, detail = NULL WHERE subject = ?`).run(o.pseudonym, actor);
    // Roles end with the person: their grants go; invites and groups they made or used no longer name them.
    const ended = (db.prepare(`SELECT COUNT(*) AS n FROM role_grants WHERE resident_id = ? AND revoked_at IS NULL`).get(id) as { n: number }).n;
    db.prepare(`DELETE FROM role_grants WHERE resident_id = ?`).run(id);
    // Which roles (an RT head is known by their RT) stays out of the log; that some ended, and when, is kept.
    if (ended) db.prepare(`INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, 'role.revoked', NULL, ?)`).run(now, o.pseudonym, JSON.stringify({ reason: "deleted", grants: ended }));
    db.prepare(`UPDATE role_grants SET revoked_by = ? WHERE revoked_by = ?`).run(o.pseudonym, actor);
    db.prepare(`UPDATE role_grants SET granted_by = ? WHERE granted_by = ?`).run(o.pseudonym, actor);
    db.prepare(`UPDATE pokmas SET created_by = ? WHERE created_by = ?`).run(o.pseudonym, actor);
    db.prepare(`UPDATE invites SET created_by = ? WHERE created_by = ?`).run(o.pseudonym, actor);
    db.prepare(`UPDATE invites SET held_by = NULL WHERE held_by = ?`).run(id);
    db.prepare(`UPDATE invites SET used_by = NULL WHERE used_by = ?`).run(id);
    db.prepare(`DELETE FROM invite_failures WHERE resident_id = ?`).run(id);
    db.prepare(`DELETE FROM sessions WHERE resident_id = ?`).run(id);
    // Broadcasts: their delivery record and RSVP go; a broadcast they sent stays, without its sender.
    db.prepare(`DELETE FROM broadcast_recipients WHERE resident_id = ?`).run(id);
    db.prepare(`UPDATE broadcasts SET sender_resident_id = NULL WHERE sender_resident_id = ?`).run(id);
    // A repeating broadcast they set up stops (no further iteration in their name) and keeps no link to them.
    db.prepare(`UPDATE broadcast_schedules SET sender_resident_id = NULL, stopped_at = COALESCE(stopped_at, ?) WHERE sender_resident_id = ?`).run(now, id);
    db.prepare(`DELETE FROM identities WHERE resident_id = ?`).run(id);
    // The emptied row stays as a tombstone (id, language, dates): it names no one, and keeps SQLite from giving
    // the id to the next new resident, so a job still in flight for it can never reach another person.
    db.prepare(
      `UPDATE residents SET name = NULL, rw = NULL, rt = NULL, consent = 'pending', consent_at = NULL,
       registered_at = NULL, opted_out = 0, inclusion = NULL, inclusion_at = NULL, created_at = ?, deleted_at = ? WHERE id = ?`,
    ).run(now, now, id);
  }

  /** Remember a photo stored for the resident's draft (until the aspiration is created or the data deleted). */
  recordDraftPhoto(residentId: number, photoPath: string, now: number): void {
    this.db.prepare(`INSERT OR IGNORE INTO draft_photos (path, resident_id, stored_at) VALUES (?, ?, ?)`).run(photoPath, residentId, now);
  }

  /** Photos of the resident's drafts that never became an aspiration. */
  draftPhotosOf(residentId: number): string[] {
    return (
      this.db
        .prepare(`SELECT path FROM draft_photos d WHERE resident_id = ? AND NOT EXISTS (SELECT 1 FROM aspirations a WHERE a.photo_path = d.path)`)
        .all(residentId) as Array<{ path: string }>
    ).map((r) => r.path);
  }

  /** Flush the write-ahead log into the database file and truncate it, so deleted data is gone from disk. */
  checkpointAfterDeletion(): void {
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  identitiesOf(residentId: number): Identity[] {
    const rows = this.db
      .prepare(`SELECT channel, address, resident_id, unreachable_at, last_seen_at FROM identities WHERE resident_id = ? AND address NOT LIKE '${HASHED_PREFIX}%' ORDER BY last_seen_at DESC`)
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
    // The next message from it must clear the mark (the touch does): none is skipped.
    this.touched.clear();
    this.db
      .prepare(`UPDATE identities SET unreachable_at = ? WHERE channel = ? AND address IN (?, ?)`)
      .run(now, channel, address, this.key(channel, address));
  }
}
