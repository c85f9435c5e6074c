/** A half-done rembug survives restarts and expired sessions; a confirmed one is locked until the LPMK reopens it. */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { jpegWithGps } from "../support/photos.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { auditRows, file, finishPlainly, head, items, openCycle, results } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin", SESSION_TTL_HOURS: "24" } });
});
afterEach(async () => {
  await h.close();
});

async function setUp(): Promise<string[]> {
  await h.register("w1", "Siti Aminah");
  const a = await file(h, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
  const b = await file(h, "w1", "Lampu jalan di Gang Melati mati sudah sebulan", "Gang Melati", "keamanan");
  openCycle(h);
  await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
  return [a, b];
}

describe("rembug draft", () => {
  it("keeps the half-done list through a restart, mid-flow", async () => {
    const [a, b] = await setUp();
    await h.send("ketua", "/rembug");
    await h.send("ketua", "2 1");
    await h.press("ketua", "selesai");
    await h.press("ketua", "apbd");
    h = await h.restart();
    expect(results(h)).toMatchObject([{ state: "draft" }]);
    expect(items(h, results(h)[0]!.id).map((i) => [i.ticket, i.funding])).toEqual([
      [b, "apbd"],
      [a, null],
    ]);
    // The session survived too: the volume question of item 1 is answered.
    expect(textOf(await h.send("ketua", "30 m2"))).toContain("Volume: 30 m2");
  });

  it("offers the stored draft again days later, after the session expired", async () => {
    const [a, b] = await setUp();
    await h.send("ketua", "/rembug");
    await h.send("ketua", "2 1");
    await h.press("ketua", "selesai");
    await h.press("ketua", "csr");
    await h.send("ketua", "2 unit");
    h.clock.now += 3 * 24 * 3_600_000;
    h = await h.restart();
    expect(textOf(await h.send("ketua", "halo"))).toMatch(/berakhir|kedaluwarsa|lama/i);
    const back = textOf(await h.send("ketua", "/rembug"));
    expect(back).toContain("Ada draf rembug RT 02 / RW 03 yang tersimpan (2 usulan)");
    await h.press("ketua", "lanjut");
    // Item 1 has its funding; item 2 is the first without one.
    expect(textOf(h.channel.sentTo("ketua").slice(-1))).toContain(`Usulan 2 dari 2: ${a}`);
    await h.send("ketua", "swadaya");
    await h.send("ketua", "lewati");
    await h.send("ketua", "lewati");
    await h.send("ketua", "kerja bakti");
    await h.send("ketua", "10");
    for (let i = 0; i < 5; i++) await h.send("ketua", "lewati");
    await h.send("ketua", "konfirmasi");
    expect(items(h, results(h)[0]!.id)).toMatchObject([
      { ticket: b, funding: "csr", volume: 2, unit: "unit" },
      { ticket: a, funding: "swadaya", swadaya: "kerja bakti" },
    ]);
  });

  it("can start the draft again from scratch", async () => {
    await setUp();
    await h.send("ketua", "/rembug");
    await h.send("ketua", "1");
    await h.send("ketua", "selesai");
    await h.send("ketua", "menu");
    await h.send("ketua", "/rembug");
    await h.press("ketua", "ulang");
    expect(items(h, results(h)[0]!.id)).toEqual([]);
    expect(h.lastQuestion("ketua")!.text).toContain("Kandidat usulan");
  });
});

describe("confirmed rembug", () => {
  async function confirmOne(): Promise<void> {
    await h.send("ketua", "/rembug");
    await h.send("ketua", "1");
    await h.send("ketua", "selesai");
    await h.press("ketua", "selesai");
    await finishPlainly(h, "ketua", 1);
    await h.send("ketua", "konfirmasi");
  }

  it("is locked: the head cannot confirm again; an LPMK member reopens it as a new draft version that copies its items", async () => {
    const [a] = await setUp();
    await confirmOne();
    expect(textOf(await h.send("ketua", "/rembug"))).toContain("sudah dikonfirmasi (versi 1)");
    // The head cannot reopen it.
    expect(textOf(await h.send("ketua", "/rembug buka 3 2"))).toContain("hanya dapat dilakukan pengurus LPMK");
    expect(results(h)).toMatchObject([{ state: "confirmed", version: 1 }]);
    expect(textOf(await h.send("admin", "/rembug buka 3 2"))).toContain("dibuka kembali sebagai versi 2");
    expect(auditRows(h, "rembug.reopen")).toHaveLength(1);
    expect(results(h)).toMatchObject([
      { state: "superseded", version: 1 },
      { state: "draft", version: 2 },
    ]);
    const [old, fresh] = results(h);
    expect(items(h, fresh!.id)).toEqual(items(h, old!.id));
    const back = textOf(await h.send("ketua", "/rembug"));
    expect(back).toContain("Ada draf rembug");
    await h.press("ketua", "lanjut");
    await h.press("ketua", "ubah");
    await h.press("ketua", "rincian");
    await h.press("ketua", "0");
    await h.press("ketua", "pusat");
    await h.send("ketua", "lewati");
    await h.send("ketua", "2,5 M");
    await h.send("ketua", "konfirmasi");
    expect(results(h).map((r) => r.state)).toEqual(["superseded", "confirmed"]);
    expect(items(h, results(h)[1]!.id)).toMatchObject([{ ticket: a, funding: "pusat", cost: 2_500_000_000 }]);
    expect(items(h, results(h)[0]!.id)).toMatchObject([{ ticket: a, funding: "apbd", cost: null }]);
  });

  it("tells the LPMK when there is nothing to reopen", async () => {
    await setUp();
    expect(textOf(await h.send("admin", "/rembug buka 3 2"))).toContain("Belum ada hasil rembug RT 02 / RW 03 yang dikonfirmasi");
    expect(textOf(await h.send("admin", "/rembug buka xx"))).toContain("/rembug buka <RW> <RT>");
  });
});

describe("hapus data of a head", () => {
  it("keeps the meeting's result but nothing that links it back to the person", async () => {
    await setUp();
    await h.send("ketua", "/rembug");
    await h.send("ketua", "1");
    await h.send("ketua", "selesai");
    await h.press("ketua", "selesai");
    await finishPlainly(h, "ketua", 1);
    await h.send("ketua", "konfirmasi");
    const id = h.app.store.residents.findByIdentity("fake", "ketua")!.id;
    await h.send("ketua", "hapus data");
    await h.send("ketua", "1");
    const rows = h.app.store.db.prepare(`SELECT state, created_by, confirmed_by FROM rembug_results`).all() as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.state).toBe("confirmed");
    expect(JSON.stringify(rows)).not.toContain(`resident:${id}`);
    expect(rows[0]!.confirmed_by).toMatch(/^anon:/);
  });
});

describe("attendance photo", () => {
  it("keeps the photo of the daftar hadir with the confirmed result, and no longer as the head's unfinished draft photo", async () => {
    await setUp();
    await h.send("ketua", "/rembug");
    await h.send("ketua", "1");
    await h.send("ketua", "selesai");
    await h.press("ketua", "selesai");
    await h.send("ketua", "apbd");
    await h.send("ketua", "lewati");
    await h.send("ketua", "lewati");
    await h.send("ketua", "10");
    for (let i = 0; i < 4; i++) await h.send("ketua", "lewati");
    const ref = h.channel.addMedia(await jpegWithGps());
    expect(textOf(await h.send("ketua", { kind: "photo", ref }))).toContain("Foto daftar hadir: ada");
    await h.send("ketua", "konfirmasi");
    const row = h.app.store.db.prepare(`SELECT attendance_photo FROM rembug_results`).get() as { attendance_photo: string };
    expect(row.attendance_photo).toMatch(/^photos\//);
    expect(existsSync(path.join(h.dataDir, row.attendance_photo))).toBe(true);
    expect(h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM draft_photos WHERE path = ?`).get(row.attendance_photo)).toEqual({ n: 0 });
  });
});
