/**
 * The rahasia lane: a confidential aspiration reaches the LPMK only. For every command and export an RT or RW head
 * can use, no trace of it appears: neither its text, its ticket nor its reporter's name. Only `--include-rahasia`
 * puts it in a file, on a separate sheet. Rahasia rows are inserted directly (the summary step marks them).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { toCsv, toMarkdown, writeLongList } from "../../src/aggregator/export-files.js";
import { buildLongList } from "../../src/aggregator/long-list.js";
import { buildRecap } from "../../src/aggregator/recap.js";
import { formatRecap } from "../../src/aggregator/recap-text.js";
import { writeBeritaAcara, writeRejectedList } from "../../src/followup/exports.js";
import { followupRecap, formatFollowupRecap } from "../../src/followup/recap.js";
import { register, text } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, replyOf, type TelegramHarness } from "../support/telegram-harness.js";

const SECRET_TEXT = "Ketua RT sering memungut uang keamanan tanpa kuitansi di gang mawar";
const REPORTER = "Wulan Rahasiawati";
const TICKETS = ["ASP-R7HS", "ASP-R8HT"];

async function xlsxText(file: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
    sheets[ws.name] = cells.join("\n");
  }
  return sheets;
}

describe("rahasia aspirations reach the LPMK only", () => {
  let h: TelegramHarness;
  const clock = { now: Date.UTC(2027, 0, 18, 3, 0, 0) };
  afterEach(async () => {
    await h?.close();
  });

  const traces = (s: string) => [SECRET_TEXT.slice(0, 30), REPORTER, ...TICKETS].filter((x) => s.toLowerCase().includes(x.toLowerCase()));

  it("leaves no trace in anything an RT or RW head can see, and a separate sheet only on --include-rahasia", async () => {
    h = await makeTelegramHarness({ clock, env: { LPMK_ADMINS: "telegram:9000" } });
    await register(h, "7001", REPORTER);
    await register(h, "7002", "Pak Ketua RW");
    await register(h, "7003", "Pak Ketua RT");
    await register(h, "7004", "Siti Tetangga");
    const id = (u: string) => h.store.residents.findByIdentity("telegram", u)!.id;
    h.store.roles.grant(id("7002"), { role: "ketua_rw", rw: 1 }, "test");
    h.store.roles.grant(id("7003"), { role: "ketua_rt", rw: 1, rt: 2 }, "test");

    // Two rahasia aspirations of the reporter (RW 01, RT 02): one rejected, one approved.
    for (const [i, ticket] of TICKETS.entries()) {
      const a = h.store.aspirations.create(
        { ticket, residentId: id("7001"), rw: 1, rt: 2, channel: "telegram", category: "keamanan", description: SECRET_TEXT, locationText: "Gang Mawar", lat: null, lon: null, photoPath: null },
        clock.now,
      );
      h.store.db.prepare(`UPDATE aspirations SET confidential = 1 WHERE id = ?`).run(a.id);
      expect(h.app.aggregator.ingest(a.id)).toMatchObject({ ok: false, error: "rahasia" });
      h.store.db
        .prepare(`UPDATE aspirations SET status = ?, status_reason = ?, funding_channel = ? WHERE id = ?`)
        .run(i === 0 ? "ditolak" : "disetujui", i === 0 ? "Bukan kewenangan kelurahan" : null, i === 0 ? null : "rkpd", a.id);
    }
    // A neighbour files a similar, open aspiration: it is clustered and gets no hint pointing at the rahasia one.
    for (const input of ["/aspirasi", "11", "Ada pungutan uang keamanan tanpa kuitansi di gang mawar", "Gang Mawar", "lewati"]) await h.send("7004", text(input));
    const filed = (await h.send("7004", text("kirim"))).map((r) => r.text).join("\n");
    const neighbourTicket = /ASP-\w{4}/.exec(filed)![0];
    const nid = h.store.aspirations.byTicket(neighbourTicket)!.id;
    expect(h.app.aggregator.ingest(nid).ok).toBe(true);
    await h.app.host.idle();

    // Everything an RW or RT head can ask in chat.
    const say = async (u: string, cmd: string) => (await h.send(u, text(cmd))).map((r) => `${r.text}\n${r.options.join("\n")}`).join("\n");
    for (const u of ["7002", "7003"]) for (const cmd of ["/rekap", "/rekap 1", "/dukung", "batal", "/usulan rekap", "batal"]) await h.send(u, text(cmd));
    const seen = ["7002", "7003", "7004"].flatMap((u) => h.server.messagesTo(Number(u)).map(replyOf).map((r) => `${r.text}\n${r.options.join("\n")}`)).join("\n");
    expect(traces(seen)).toEqual([]);
    // A command naming the ticket answers exactly as for a ticket that does not exist (the typed ticket echoed).
    for (const u of ["7002", "7003"]) {
      for (const cmd of ["/status", "/dukung", "/usulan"]) {
        for (const ticket of TICKETS) {
          const real = await say(u, `${cmd} ${ticket}`);
          await h.send(u, text("batal"));
          const none = await say(u, `${cmd} ASP-Z9Z9`);
          await h.send(u, text("batal"));
          expect(real.replaceAll(ticket, "ASP-Z9Z9")).toBe(none);
          expect(traces(real).filter((x) => x !== ticket)).toEqual([]);
        }
      }
    }

    // Every export and recap the heads are given.
    const dir = h.dataDir;
    const lists = buildLongList(h.store.db, { rws: [1, 2] });
    const opts = { t: h.t, kelurahan: "Sukamaju", now: clock.now };
    const header = { kelurahan: "Sukamaju", cycle: "Musrenbang 2027", at: clock.now };
    await writeLongList(path.join(dir, "long.xlsx"), "xlsx", lists, opts);
    await writeRejectedList(path.join(dir, "tolak.xlsx"), "xlsx", h.store.db, { t: h.t, lang: "id", header });
    await writeRejectedList(path.join(dir, "tolak.csv"), "csv", h.store.db, { t: h.t, lang: "id", header });
    await writeBeritaAcara(path.join(dir, "ba.pdf"), h.store.db, { t: h.t, lang: "id", header, rws: [1, 2] });
    const files = [
      toCsv(lists, opts),
      toMarkdown(lists, opts),
      formatRecap(buildRecap(h.store.db, {}), h.t, "id"),
      formatRecap(buildRecap(h.store.db, { rw: 1 }), h.t, "id"),
      formatFollowupRecap(followupRecap(h.store.db), h.t, "id"),
      ...Object.values(await xlsxText(path.join(dir, "long.xlsx"))),
      ...Object.values(await xlsxText(path.join(dir, "tolak.xlsx"))),
      readFileSync(path.join(dir, "tolak.csv"), "utf8"),
      execFileSync("pdftotext", ["-layout", path.join(dir, "ba.pdf"), "-"]).toString(),
    ].join("\n");
    expect(files).toContain(neighbourTicket);
    expect(traces(files)).toEqual([]);

    // Asked for explicitly by the LPMK: a separate sheet, and only there.
    await writeRejectedList(path.join(dir, "tolak-lpmk.xlsx"), "xlsx", h.store.db, { t: h.t, lang: "id", header, includeRahasia: true });
    const sheets = await xlsxText(path.join(dir, "tolak-lpmk.xlsx"));
    expect(Object.keys(sheets)).toEqual(["Tidak Disepakati", "Rahasia (khusus LPMK)"]);
    expect(traces(sheets["Tidak Disepakati"]!)).toEqual([]);
    expect(sheets["Rahasia (khusus LPMK)"]).toContain(TICKETS[0]);
    expect(sheets["Rahasia (khusus LPMK)"]).not.toContain(REPORTER);

    // A pengurus LPMK sees the proposal but not who reported it; the LPMK admin sees it in full, with the name.
    await register(h, "7005", "Pengurus LPMK");
    h.store.roles.grant(id("7005"), { role: "pengurus_lpmk" }, "test");
    const pengurus = (await h.send("7005", text(`/usulan ${TICKETS[0]}`))).map((r) => r.text).join("\n");
    expect(pengurus).toContain(SECRET_TEXT);
    expect(pengurus).not.toContain(REPORTER);
    const lpmk = (await h.send("9000", text(`/usulan ${TICKETS[0]}`))).map((r) => r.text).join("\n");
    expect(lpmk).toContain(SECRET_TEXT);
    expect(lpmk).toContain(REPORTER);
  }, 60_000);

  it("names a rahasia reporter who says it is not fixed to LPMK admins only", async () => {
    h = await makeTelegramHarness({ clock, env: { LPMK_ADMINS: "telegram:9000", FOLLOWUP_DELAY_DAYS: "0" } });
    await register(h, "7101", REPORTER);
    await register(h, "7102", "Pengurus LPMK");
    const id = (u: string) => h.store.residents.findByIdentity("telegram", u)!.id;
    h.store.roles.grant(id("7102"), { role: "pengurus_lpmk" }, "test");
    const a = h.store.aspirations.create(
      { ticket: TICKETS[0]!, residentId: id("7101"), rw: 1, rt: 2, channel: "telegram", category: "keamanan", description: SECRET_TEXT, locationText: null, lat: null, lon: null, photoPath: null },
      clock.now,
    );
    h.store.db.prepare(`UPDATE aspirations SET confidential = 1 WHERE id = ?`).run(a.id);
    h.store.aspirations.setStatus(a.id, "dikerjakan", null, "test", clock.now);
    await h.send("9000", text(`/usulan ${TICKETS[0]} selesai`));
    expect(h.app.followup.tick()).toBe(1);
    await h.app.host.idle();
    const question = h.server.messagesTo(7101).map(replyOf).filter((r) => r.options.length === 3).at(-1)!;
    await h.press("7101", question, "Belum");
    await h.send("7101", text("lewati"));
    await h.send("7101", text("Masih terjadi minggu ini"));
    await h.app.host.idle();
    expect(h.store.aspirations.byTicket(TICKETS[0]!)!.status).toBe("dikerjakan");
    const report = (u: number) => h.server.messagesTo(u).map(replyOf).map((r) => r.text).filter((s) => s.startsWith("Laporan warga"));
    expect(report(9000)).toHaveLength(1);
    expect(report(9000)[0]).toContain(REPORTER);
    expect(report(7102)).toHaveLength(1);
    expect(report(7102)[0]).toContain("dijawab «Belum» oleh warga pelapor (rahasia)");
    expect(traces(report(7102)[0]!).filter((x) => x !== TICKETS[0])).toEqual([]);
  }, 30_000);
});
