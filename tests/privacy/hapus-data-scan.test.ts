/**
 * After `hapus data` nothing on disk names the person or links their aspirations back to them: every column of
 * every table, the WAL file, the database file and the photos directory are scanned for the name, the phone
 * number, the chat address and the resident id.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { jpegWithGps } from "../support/photos.js";

const NAME = "Zubaidah Rahmawati";
const PHONE = "6281377724619";
const USER = `${PHONE}@s.whatsapp.net`;
const NEIGHBOUR = "6285799001122@s.whatsapp.net";
const WORDS = "Got di Jl. Mawar mampet kalau hujan, air masuk rumah Bu Sri nomor 7";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
let pipeline: Pipeline | undefined;
afterEach(async () => {
  await pipeline?.stop();
  pipeline = undefined;
  await h.close();
});

async function fileAspiration(user: string, description: string, photo: boolean, submit = true): Promise<string | undefined> {
  await h.send(user, "/aspirasi");
  await h.press(user, "drainase");
  await h.send(user, description);
  await h.send(user, "Gang Mawar dekat rumah Bu Sri nomor 7");
  if (photo) await h.send(user, { kind: "photo", ref: h.channel.addMedia(await jpegWithGps()) });
  else await h.send(user, "lewati");
  if (!submit) return undefined;
  let done = textOf(await h.send(user, "kirim"));
  // After Kirim the RW's similar proposals may be offered (issue 9): "2" = none is the same.
  if (!/ASP-\w{4}/.test(done)) done = textOf(await h.send(user, "2"));
  const ticket = /ASP-\w{4}/.exec(done)![0];
  const a = h.app.store.aspirations.byTicket(ticket)!;
  expect(h.app.aggregator.ingest(a.id).ok).toBe(true);
  await h.app.host.idle();
  return ticket;
}

/** Every file under dir, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Every (table.column, value) in the database where `hit` is true. */
function scanTables(hit: (table: string, column: string, value: unknown) => boolean): string[] {
  const db = h.app.store.db;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>;
  const found: string[] = [];
  for (const { name } of tables) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>) {
      for (const [col, v] of Object.entries(row)) if (hit(name, col, v)) found.push(`${name}.${col}=${String(v).slice(0, 80)}`);
    }
  }
  return found;
}

describe("hapus data", () => {
  it("leaves no name, phone number, chat address or resident id in any table, the WAL, the database file or the photos", async () => {
    await deleteAndScan();
  });

  // As `npm start` runs it: the pipeline wraps the host's effects, and must not replace its "resident.delete".
  it("does the same with the aspiration pipeline running", async () => {
    pipeline = await startAppPipeline(h.app, "all");
    await deleteAndScan();
  });
});

async function deleteAndScan(): Promise<void> {
    await h.register(USER, NAME, "3", "4");
    const id = h.app.store.residents.findByIdentity("fake", USER)!.id;
    const ticket = (await fileAspiration(USER, WORDS, true))!;
    await h.register(NEIGHBOUR, "Budi Santoso", "3", "2");
    await fileAspiration(NEIGHBOUR, "Selokan jln mawar tersumbat, tolong dikeruk", false);
    await h.send(USER, "/tautkan");
    await h.press(USER, "create");
    await fileAspiration(USER, "Lampu jalan di gang mawar mati semua sejak bulan lalu", true, false);
    // WhatsApp message ids are "<jid>:<id>": the journal's key names the person too.
    await h.channel.say(USER, "menu", { messageId: `${USER}:3EB0C0FFEE` });
    await h.app.host.idle();
    expect(filesUnder(path.join(h.dataDir, "photos"))).toHaveLength(2);
    // Before: the data is there (so the scan below can find it).
    const nameHits = () => scanTables((_t, _c, v) => typeof v === "string" && (v.includes(NAME) || v.includes(PHONE)));
    expect(nameHits().length).toBeGreaterThan(0);

    await h.send(USER, "hapus data");
    expect(textOf(await h.send(USER, "1"))).toMatch(/sudah dihapus/);

    expect(nameHits()).toEqual([]);
    const idHits = scanTables(
      (t, c, v) =>
        (/resident_id$/.test(c) && v === id) ||

        (typeof v === "string" && new RegExp(`resident:${id}\\b`).test(v)),
    );
    expect(idHits).toEqual([]);
    // The resident row itself stays only as an empty tombstone (so the id is never given to someone else).
    expect(h.app.store.db.prepare(`SELECT name, rw, rt, consent, registered_at FROM residents WHERE id = ?`).get(id)).toEqual({
      name: null,
      rw: null,
      rt: null,
      consent: "pending",
      registered_at: null,
    });
    // The RW/RT of the registration audit line is gone with its details.
    expect(scanTables((t, c, v) => t === "audit_log" && c === "detail" && typeof v === "string" && /"rt":4/.test(v))).toEqual([]);
    // The aspiration stays for the Musrenbang, anonymised.
    expect(h.app.store.aspirations.byTicket(ticket)).toMatchObject({ residentId: null, rw: 3, rt: 4 });

    const wal = path.join(h.dataDir, "rembug.db-wal");
    const walBytes = existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0);
    for (const s of [NAME, PHONE, USER]) expect(walBytes.includes(Buffer.from(s)), `WAL holds ${s}`).toBe(false);

    // The unsubmitted draft photo is gone; the submitted one stays, under a name that says nothing.
    const photos = filesUnder(path.join(h.dataDir, "photos"));
    expect(photos).toHaveLength(1);
    for (const p of photos) {
      const bytes = readFileSync(p);
      for (const s of [NAME, PHONE]) {
        expect(p.includes(s)).toBe(false);
        expect(bytes.includes(Buffer.from(s))).toBe(false);
      }
    }

    // Closing checkpoints what is left; freed pages were zeroed (secure_delete), so the file holds none of it either.
    await h.close();
    const dbBytes = readFileSync(path.join(h.dataDir, "rembug.db"));
    for (const s of [NAME, PHONE, USER]) expect(dbBytes.includes(Buffer.from(s)), `database file holds ${s}`).toBe(false);
    await pipeline?.stop();
    pipeline = undefined;
    h = await createHarness({ dataDir: h.dataDir });
}
