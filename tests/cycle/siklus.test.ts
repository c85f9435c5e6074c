/** /siklus through the real engine and store: open (adopting, notifying RT heads), progress, close with carry-over. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

async function file(user: string, description: string): Promise<string> {
  await h.send(user, "/aspirasi");
  await h.press(user, "drainase");
  await h.send(user, description);
  await h.send(user, "Gang Mawar");
  await h.send(user, "lewati");
  return /ASP-\w{4}/.exec(textOf(await h.send(user, "kirim")))![0];
}

const idOf = (user: string) => h.app.store.residents.findByIdentity("fake", user)!.id;
const row = (ticket: string) =>
  h.app.store.db.prepare(`SELECT id, cycle_id, carried_from, status FROM aspirations WHERE ticket = ?`).get(ticket) as {
    id: number;
    cycle_id: number | null;
    carried_from: number | null;
    status: string;
  };

describe("/siklus", () => {
  it("opens a cycle: earlier aspirations join it, later ones belong to it, and each Ketua RT gets a short notice", async () => {
    await h.register("warga");
    await h.register("ketua", "Pak Harjo", "3", "2");
    await h.register("ketua5", "Bu Sri", "3", "5");
    h.app.store.roles.grant(idOf("ketua"), { role: "ketua_rt", rw: 3, rt: 2 }, "test");
    h.app.store.roles.grant(idOf("ketua5"), { role: "ketua_rt", rw: 3, rt: 5 }, "test");
    h.app.store.residents.update(idOf("ketua5"), { lang: "en" }, h.clock.now);
    const before = await file("warga", "Selokan mampet di depan rumah nomor 12");
    expect(row(before).cycle_id).toBeNull();

    expect(textOf(await h.send("admin", "/siklus"))).toContain("Belum ada siklus");
    const opened = textOf(await h.send("admin", "/siklus buka Musrenbang 2027"));
    expect(opened).toContain("Siklus Musrenbang 2027 sudah dibuka");
    expect(opened).toContain("Aspirasi yang masuk sebelum siklus dibuka: 1");
    expect(opened).toContain("Ketua RT yang diberi tahu: 2");
    const cycle = h.app.store.cycles.current()!;
    expect(cycle.name).toBe("Musrenbang 2027");
    expect(row(before).cycle_id).toBe(cycle.id);

    const notice = h.channel.sentTo("ketua").map((m) => m.text).join("\n");
    expect(notice).toContain("Ketua RT 02 / RW 03, siklus perencanaan Musrenbang 2027 sudah dibuka");
    expect(notice).toContain("tidak ada usulan tahun ini");
    expect(h.channel.sentTo("ketua5").map((m) => m.text).join("\n")).toContain("Head of RT 05 / RW 03");
    expect(h.channel.sentTo("warga").map((m) => m.text).join("\n")).not.toContain("siklus perencanaan");

    const after = await file("warga", "Lampu jalan mati di gang mawar");
    expect(row(after).cycle_id).toBe(cycle.id);
    expect(textOf(await h.send("admin", "/siklus buka Musrenbang 2028"))).toContain("masih berjalan");
    expect(h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM cycles`).get()).toEqual({ n: 1 });
  });

  it("is refused to a resident and to an RT head", async () => {
    await h.register("warga");
    await h.register("ketua", "Pak Harjo", "3", "2");
    h.app.store.roles.grant(idOf("ketua"), { role: "ketua_rt", rw: 3, rt: 2 }, "test");
    for (const u of ["warga", "ketua"]) {
      await h.send(u, "/siklus buka Musrenbang 2027");
      await h.send(u, "/siklus tutup");
    }
    expect(h.app.store.cycles.current()).toBeUndefined();
    const denied = h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'access.denied'`).get() as { n: number };
    expect(denied.n).toBe(4);
  });

  it("shows per RW how many RTs have confirmed their rembug", async () => {
    await h.send("admin", "/siklus buka Musrenbang 2027");
    const cycle = h.app.store.cycles.current()!;
    const insert = h.app.store.db.prepare(
      `INSERT INTO rembug_results (cycle_id, level, rw, rt, state, created_at, updated_at, confirmed_at) VALUES (?, ?, ?, ?, ?, 1, 1, 1)`,
    );
    insert.run(cycle.id, "rt", 3, 2, "confirmed");
    insert.run(cycle.id, "rt", 3, 4, "confirmed");
    insert.run(cycle.id, "rt", 3, 5, "draft");
    insert.run(cycle.id, "rt", 1, 1, "confirmed");
    insert.run(cycle.id, "rw", 1, null, "confirmed");
    const rts = h.app.wilayah.rws.reduce((n, rw) => n + h.app.wilayah.rtsOf(rw).length, 0);
    const text = textOf(await h.send("admin", "/siklus"));
    expect(text).toContain("Siklus Musrenbang 2027");
    expect(text).toContain(`Rembug RT yang sudah dikonfirmasi: 3 dari ${rts} RT`);
    expect(text).toContain(`RW 03: 2 dari ${h.app.wilayah.rtsOf(3).length} RT\n`);
    expect(text).toContain(`RW 01: 1 dari ${h.app.wilayah.rtsOf(1).length} RT, rembug RW sudah dikonfirmasi`);
  });

  it("closes after a confirmation: what was not accommodated carries over and the next cycle picks it up", async () => {
    await h.register("warga");
    await h.send("admin", "/siklus buka Musrenbang 2027");
    const first = h.app.store.cycles.current()!;
    const kept = await file("warga", "Selokan mampet di depan rumah nomor 12");
    const done = await file("warga", "Lampu jalan mati di gang mawar");
    const rejected = await file("warga", "Jalan berlubang di gang melati");
    h.app.store.aspirations.setStatus(row(done).id, "disetujui", null, "test", h.clock.now);
    h.app.store.aspirations.setStatus(row(rejected).id, "ditolak", null, "test", h.clock.now);

    const ask = textOf(await h.send("admin", "/siklus tutup"));
    expect(ask).toContain("Tutup siklus Musrenbang 2027?");
    expect(ask).toContain("2 aspirasi yang belum terakomodasi");
    expect(textOf(await h.send("admin", "tidak"))).toContain("siklus tetap berjalan");
    expect(h.app.store.cycles.current()?.id).toBe(first.id);
    await h.send("admin", "/siklus tutup");
    expect(textOf(await h.send("admin", "ya"))).toContain("Siklus Musrenbang 2027 sudah ditutup. 2 aspirasi dibawa");
    expect(h.app.store.cycles.current()).toBeUndefined();
    expect(row(kept)).toMatchObject({ cycle_id: first.id, carried_from: first.id });
    expect(row(rejected)).toMatchObject({ cycle_id: first.id, carried_from: first.id });
    expect(row(done)).toMatchObject({ cycle_id: first.id, carried_from: null, status: "disetujui" });

    // Sent while no cycle is open: it belongs to the next one.
    const between = await file("warga", "Sampah menumpuk di ujung gang");
    expect(row(between).cycle_id).toBeNull();

    h.clock.now += 86_400_000;
    expect(textOf(await h.send("admin", "/siklus buka Musrenbang 2028"))).toContain("Usulan tahun lalu yang dibawa: 2");
    const second = h.app.store.cycles.current()!;
    for (const t of [kept, rejected]) {
      expect(row(t)).toMatchObject({ cycle_id: second.id, carried_from: first.id, status: "diterima" });
      const history = h.app.store.db
        .prepare(`SELECT status, reason FROM aspiration_status_history WHERE aspiration_id = ? ORDER BY id`)
        .all(row(t).id) as Array<{ status: string; reason: string | null }>;
      expect(history[0]!.status).toBe("diterima");
      expect(history.at(-1)).toEqual({ status: "diterima", reason: `carry-over from cycle ${first.id}` });
      expect(history.length).toBeGreaterThan(1);
    }
    expect(row(between).cycle_id).toBe(second.id);
    expect(row(done).cycle_id).toBe(first.id);
    // The ticket is the same one the resident had: /status still finds it.
    expect(textOf(await h.send("warga", `/status ${kept}`))).toContain(kept);
  });
});
