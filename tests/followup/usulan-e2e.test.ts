/**
 * After the Musrenbang, end to end through real grammY and the fake Bot API with a controllable clock: a bulk move
 * is confirmed first; a proposal with three residents behind it moves disetujui (RKPD) -> dikerjakan -> selesai and
 * each of them hears exactly once per change in their own language; after FOLLOWUP_DELAY_DAYS they are asked once
 * whether it is fixed; a "Belum" reopens it and the LPMK hears.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lastOf, plain, register, text } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, replyOf, type TelegramHarness } from "../support/telegram-harness.js";

const ADMIN = "9000";
const DAY = 86_400_000;

describe("Musrenbang follow-up over Telegram", () => {
  let h: TelegramHarness;
  const START = Date.UTC(2027, 0, 18, 3, 0, 0);
  const clock = { now: START };
  beforeEach(() => {
    clock.now = START;
  });
  afterEach(async () => {
    await h?.close();
  });

  async function file(user: string, description: string, location: string): Promise<string> {
    for (const input of ["/aspirasi", "2", description, location, "lewati"]) await h.send(user, text(input));
    const done = await h.send(user, text("kirim"));
    return /ASP-\w{4}/.exec(done.map((r) => r.text).join("\n"))![0];
  }
  const residentOf = (user: string) => h.store.residents.findByIdentity("telegram", user)!;
  const texts = (user: string) => h.server.messagesTo(Number(user)).map(replyOf).map((r) => r.text);
  const notices = (user: string, ticket: string) => texts(user).filter((s) => (s.startsWith("Kabar usulan") || s.startsWith("News of proposal")) && s.includes(ticket));

  it("asks a question that fell due while the bot was down once it is back", async () => {
    h = await makeTelegramHarness({ clock, env: { LPMK_ADMINS: `telegram:${ADMIN}`, FOLLOWUP_DELAY_DAYS: "3" } });
    await register(h, "6101", "Siti Aminah");
    const ticket = await file("6101", "Selokan di depan rumah nomor 12 mampet dan meluap kalau hujan", "Gang Mawar depan musala");
    h.store.aspirations.setStatus(h.store.aspirations.byTicket(ticket)!.id, "dikerjakan", null, "test", clock.now);
    await h.send(ADMIN, text(`/usulan ${ticket} selesai`));
    expect(h.app.followup.tick()).toBe(0);
    // Down over the due date; the poll at start-up asks it.
    await h.restart(() => {
      clock.now += 4 * DAY;
    });
    await h.app.host.idle();
    const asked = h.server.messagesTo(6101).map(replyOf).filter((r) => r.text.includes(ticket) && r.options.length === 3);
    expect(asked).toHaveLength(1);
    expect(h.app.followup.tick()).toBe(0);
  }, 30_000);

  it("confirms a bulk move, tells each resident once per change in their language, asks after the delay and reopens on Belum", async () => {
    h = await makeTelegramHarness({ clock, env: { LPMK_ADMINS: `telegram:${ADMIN}`, FOLLOWUP_DELAY_DAYS: "3" } });
    await register(h, "6001", "Siti Aminah");
    await register(h, "6002", "John Tan");
    await register(h, "6003", "Budi Santoso");
    await h.send("6002", text("bahasa"));
    // BERHENTI stops announcements only: Budi still hears about his own proposal.
    await h.send("6003", text("berhenti"));
    expect(residentOf("6003").optedOut).toBe(true);
    expect(residentOf("6002").lang).toBe("en");
    const ticket = await file("6001", "Selokan di depan rumah nomor 12 mampet dan meluap kalau hujan", "Gang Mawar depan musala");
    const id = h.store.aspirations.byTicket(ticket)!.id;
    expect(h.app.aggregator.ingest(id).ok).toBe(true);
    const cluster = h.app.aggregator.clusterOf(id)!.clusterId;
    for (const u of ["6002", "6003"]) expect(h.app.aggregator.support(cluster, residentOf(u).id).ok).toBe(true);
    // The RW rembug put it on the priority list.
    h.store.aspirations.setStatus(id, "masuk-prioritas", null, "test", clock.now);
    const result = h.store.db
      .prepare(`INSERT INTO rembug_results (level, rw, rt, state, created_at, updated_at, confirmed_at) VALUES ('rt', 1, 2, 'confirmed', ?, ?, ?)`)
      .run(clock.now, clock.now, clock.now).lastInsertRowid;
    h.store.db.prepare(`INSERT INTO rembug_items (result_id, rank, aspiration_id, cluster_id, source) VALUES (?, 1, ?, ?, 'aspirasi')`).run(result, id, cluster);

    // A bulk move of RW 01 says how many will move and waits for a yes.
    const summary = await h.send(ADMIN, text("/usulan rw 1 diusulkan-musrenbang"));
    expect(summary.map((r) => r.text).join("\n")).toContain("1 usulan akan dipindah ke «Diusulkan ke Musrenbang»");
    expect(lastOf(summary).options).toEqual(["Ya, pindahkan", "Batal"]);
    expect(h.store.aspirations.byTicket(ticket)!.status).toBe("masuk-prioritas");
    expect(notices("6001", ticket)).toHaveLength(0);
    await h.press(ADMIN, lastOf(summary), "Ya, pindahkan");
    expect(h.store.aspirations.byTicket(ticket)!.status).toBe("diusulkan-musrenbang");

    // disetujui asks for the channel.
    clock.now += DAY;
    const ask = await h.send(ADMIN, text(`/usulan ${ticket} disetujui`));
    expect(lastOf(ask).options).toContain("RKPD");
    await h.press(ADMIN, lastOf(ask), "RKPD");
    clock.now += DAY;
    await h.send(ADMIN, text(`/usulan ${ticket} dikerjakn`));
    clock.now += DAY;
    const done = await h.send(ADMIN, text(`/usulan ${ticket} selesai`));
    expect(done.map((r) => r.text).join("\n")).toContain(`Usulan ${ticket} dipindah ke «Selesai»`);
    await h.app.host.idle();

    for (const u of ["6001", "6003"]) {
      const n = notices(u, ticket);
      expect(n).toHaveLength(4);
      expect(n[1]).toContain("Disetujui");
      expect(n[1]).toContain("Pendanaan: RKPD");
    }
    const en = notices("6002", ticket);
    expect(en).toHaveLength(4);
    expect(en.every((s) => s.startsWith("News of proposal"))).toBe(true);
    expect(en[2]).toContain(`it is now ${plain(h.t("en", "status-dikerjakan"))}`);
    expect(h.store.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'usulan.move' AND subject = ?`).pluck().get(`ticket:${ticket}`)).toBe(4);

    // Not before the delay...
    clock.now += 3 * DAY - 60_000;
    expect(h.app.followup.tick()).toBe(0);
    // ...then each of the three is asked once.
    clock.now += 120_000;
    expect(h.app.followup.tick()).toBe(3);
    await h.app.host.idle();
    const question = (u: string) => h.server.messagesTo(Number(u)).map(replyOf).filter((r) => r.text.includes(ticket) && r.options.length === 3).at(-1);
    expect(question("6001")?.options).toEqual(["Sudah beres", "Belum", "Sebagian"]);
    expect(question("6002")?.options).toEqual(["Fixed", "Not yet", "Partly"]);
    expect(h.app.followup.tick()).toBe(0);

    // Budi says it is not fixed: reopened as dikerjakan, his answer recorded, the LPMK told.
    const adminBefore = texts(ADMIN).length;
    await h.press("6003", question("6003")!, "Belum");
    await h.send("6003", text("lewati"));
    const thanks = await h.send("6003", text("Masih meluap kalau hujan"));
    expect(thanks.map((r) => r.text).join("\n")).toContain("dibuka kembali");
    await h.app.host.idle();
    expect(h.store.aspirations.byTicket(ticket)!.status).toBe("dikerjakan");
    const last = h.store.db.prepare(`SELECT status, actor FROM aspiration_status_history WHERE aspiration_id = ? ORDER BY id DESC LIMIT 1`).get(id);
    expect(last).toEqual({ status: "dikerjakan", actor: `resident:${residentOf("6003").id}` });
    const report = texts(ADMIN).slice(adminBefore).filter((s) => s.startsWith("Laporan warga"));
    expect(report).toHaveLength(1);
    expect(report[0]).toContain("Budi Santoso");
    expect(report[0]).toContain("Masih meluap kalau hujan");
    expect(h.store.db.prepare(`SELECT answer FROM followup_asks WHERE resident_id = ?`).pluck().get(residentOf("6003").id)).toBe("belum");

    // Nobody who did not answer is asked again, however long it waits, restarts included.
    clock.now += 30 * DAY;
    expect(h.app.followup.tick()).toBe(0);
    await h.restart();
    expect(h.app.followup.tick()).toBe(0);
    const recap = (await h.send(ADMIN, text("/usulan rekap"))).map((r) => r.text).join("\n");
    expect(recap).toContain("RW 01: 0 selesai · 0 warga mengonfirmasi · 1 warga melaporkan belum beres");

    // /status shows the whole history in plain words.
    const status = await h.send("6001", text(`/status ${ticket}`));
    const st = plain(status.map((r) => r.text).join("\n"));
    expect(st).toContain("18 Jan 2027 · masuk daftar prioritas RT 02, urutan 1");
    expect(st).toContain("19 Jan 2027 · Disetujui melalui RKPD");
    expect(st).toContain("21 Jan 2027 · Selesai");
  }, 60_000);
});
