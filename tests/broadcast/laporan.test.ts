/**
 * The delivery report (/laporan, issue 12) through real grammY against the fake Bot API: an undangan to RW 03 and
 * RW 05 with opted-out, blocked (403, chat not found) and failed (rejected) recipients adds up to the audience, in
 * total and per RW; the RSVP tallies per RW and the inclusion counts among Hadir; the same numbers in the admin
 * XLSX; the daftar hadir as the PDF document Telegram received (read back with pdftotext) and as XLSX; and a head
 * sees only reports of broadcasts within their area.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/admin/run-admin.js";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import { setInclusion } from "../../src/broadcast/inclusion.js";
import { broadcastReport } from "../../src/broadcast/report.js";
import type { Audience } from "../../src/broadcast/types.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { FakeBotApi } from "../support/fake-bot-api.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { seedResidents, type SeededResident } from "./seed.js";
import { until } from "../support/until.js";

const ADMIN = 9100;
let h: TelegramHarness;
let p: Pipeline | undefined;
afterEach(async () => {
  await p?.stop();
  p = undefined;
  await h?.close();
});


const textsTo = (chat: number) => h.server.messagesTo(chat).map((c) => String(c.params.text ?? c.params.caption ?? ""));

/** Send a chat message and wait for a reply containing `expected`. */
async function ask(chat: number, text: string, expected: string): Promise<string> {
  const before = textsTo(chat).length;
  await h.handled(h.server.text(chat, text));
  await until(() => textsTo(chat).slice(before).some((t) => t.includes(expected)), `"${expected}" after "${text}"`);
  return textsTo(chat).slice(before).join("\n");
}

function undangan(senderId: number, audience: Audience): number {
  const now = Date.now();
  return h.app.store.tx(() => {
    const id = h.app.broadcasts.broadcaster.repo.create({
      kind: "undangan",
      senderId,
      audience,
      content: { kind: "undangan", title: "Rembug warga RW 03 dan 05", at: now + 3 * 86_400_000, place: "Balai Kelurahan", agenda: "Prioritas usulan" },
      now,
      reminders: { dayBeforeHour: 19, beforeMinutes: 120, zone: "Asia/Jakarta" },
    }).id;
    p!.outbox.publish("broadcast.created", { broadcastId: id }, now);
    return id;
  });
}

describe("/laporan: the delivery report per RW", () => {
  it("adds up to the audience with blocked, opted-out and failed recipients; RSVP and inclusion per RW; XLSX and daftar hadir", async () => {
    const server = await new FakeBotApi().start();
    server.flood = { perSecond: 30, perChatPerSecond: 1 };
    h = await makeTelegramHarness({ server, env: { LPMK_ADMINS: `telegram:${ADMIN}` }, channel: { pacing: { perSecond: 25, perChatPerSecond: 1, chatBurst: 1 } } });
    const [admin] = seedResidents(h.app.store, "telegram", 1, { rws: [1], address: () => String(ADMIN), now: Date.now() });
    const rw3 = seedResidents(h.app.store, "telegram", 12, { rws: [3], address: (i) => String(3000 + i), now: Date.now() });
    const rw5 = seedResidents(h.app.store, "telegram", 8, { rws: [5], address: (i) => String(5000 + i), now: Date.now() });
    const chat = (r: SeededResident) => Number(r.address);
    // RW 03: two said berhenti, one blocked the bot, one message rejected by Telegram. RW 05: one blocked, one chat gone.
    for (const r of [rw3[0]!, rw3[1]!]) h.app.store.residents.update(r.id, { optedOut: true }, Date.now());
    server.failWhile("sendMessage", { kind: "403" }, () => true, chat(rw3[2]!));
    server.failWhile("sendMessage", { kind: "400", description: "Bad Request: can't parse entities: unsupported start tag" }, () => true, chat(rw3[3]!));
    server.failWhile("sendMessage", { kind: "403" }, () => true, chat(rw5[0]!));
    server.failWhile("sendMessage", { kind: "400", description: "Bad Request: chat not found" }, () => true, chat(rw5[1]!));
    p = await startAppPipeline(h.app, "all");

    const id = undangan(admin!.id, { type: "rw", rws: [3, 5] });
    void p.relay!.kick();
    const repo = h.app.broadcasts.broadcaster.repo;
    await until(() => (h.app.broadcasts.broadcaster.tick(), repo.get(id)?.finishedAt != null), "the broadcast to finish");
    await until(() => textsTo(ADMIN).some((t) => t.includes("Pengiriman selesai")), "the sender's finish report");
    expect(textsTo(ADMIN).find((t) => t.includes("Pengiriman selesai"))).toContain("Penerima 20: terkirim 14, gagal 1, diblokir 3, dilewati (berhenti) 2, menunggu 0.");

    // RSVPs: RW 03 two Hadir (a woman with a disability, and one who gave no inclusion answer), one Mungkin, one
    // Tidak; RW 05 one Hadir (youth), one Mungkin who is elderly (not counted: inclusion is among Hadir only).
    const now = Date.now();
    const answer = (r: SeededResident, a: "hadir" | "tidak" | "mungkin") => expect(repo.setRsvp(id, r.id, a, now)).toBe(true);
    answer(rw3[4]!, "hadir");
    answer(rw3[5]!, "hadir");
    answer(rw3[6]!, "mungkin");
    answer(rw3[7]!, "tidak");
    answer(rw5[2]!, "hadir");
    answer(rw5[3]!, "mungkin");
    setInclusion(h.app.store.db, rw3[4]!.id, ["perempuan", "disabilitas"], now);
    setInclusion(h.app.store.db, rw5[2]!.id, ["pemuda"], now);
    setInclusion(h.app.store.db, rw5[3]!.id, ["lansia"], now);

    const r = broadcastReport(h.app.store.db, id)!;
    const sum = (s: typeof r.byStatus) => s.sent + s.failed + s.blocked + s.skipped + s.queued;
    expect(r.total).toBe(20);
    expect(sum(r.byStatus)).toBe(20);
    expect(r.byStatus).toEqual({ sent: 14, failed: 1, blocked: 3, skipped: 2, queued: 0 });
    expect(r.byRw.map((l) => [l.rw, l.total, sum(l.status)])).toEqual([
      [3, 12, 12],
      [5, 8, 8],
    ]);
    expect(r.byRw[0]!.status).toEqual({ sent: 8, failed: 1, blocked: 1, skipped: 2, queued: 0 });
    expect(r.byRw[1]!.status).toEqual({ sent: 6, failed: 0, blocked: 2, skipped: 0, queued: 0 });
    expect(r.byRw[0]!.rsvp).toEqual({ hadir: 2, tidak: 1, mungkin: 1, none: 4 });
    expect(r.byRw[1]!.rsvp).toEqual({ hadir: 1, tidak: 0, mungkin: 1, none: 4 });
    expect(r.lines).toEqual([
      { rw: 3, channel: "telegram", sent: 8, failed: 1, blocked: 1, skipped: 2, queued: 0 },
      { rw: 5, channel: "telegram", sent: 6, failed: 0, blocked: 2, skipped: 0, queued: 0 },
    ]);
    expect(r.inclusion).toEqual({ perempuan: 1, pemuda: 1, lansia: 0, disabilitas: 1, answered: 2, unanswered: 1 });

    const text = await ask(ADMIN, `/laporan ${id}`, "Laporan pengiriman");
    expect(text).toContain("Penerima 20: terkirim 14, gagal 1, diblokir 3, dilewati (berhenti) 2, menunggu 0.");
    expect(text).toContain("Kehadiran: hadir 3, tidak hadir 1, mungkin 2, belum menjawab 8.");
    expect(text).toContain("Di antara yang hadir: perempuan 1, pemuda 1, lansia 0, penyandang disabilitas 1 (dari 2 orang yang mengisi data inklusi; 1 tidak mengisi).");
    expect(text).toContain("RW 03 (12 orang): terkirim 8, gagal 1, diblokir 1, dilewati 2, menunggu 0\n   hadir 2, tidak hadir 1, mungkin 1, belum menjawab 4");
    expect(text).toContain("RW 05 (8 orang): terkirim 6, gagal 0, diblokir 2, dilewati 0, menunggu 0\n   hadir 1, tidak hadir 0, mungkin 1, belum menjawab 4");

    // The admin XLSX: the same numbers, one row per RW and a total row.
    const env = { DATA_DIR: h.dataDir, LOG_LEVEL: "silent", LPMK_ADMINS: `telegram:${ADMIN}` };
    const xlsx = path.join(h.dataDir, "laporan.xlsx");
    expect(await runAdmin(["siaran", "laporan", String(id), "--format", "xlsx", "--out", xlsx], () => undefined, () => undefined, env)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const rows = (wb.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    const header = rows.find((row) => row[0] === "RW")!;
    expect(header).toEqual(["RW", "Penerima", "Terkirim", "Gagal", "Diblokir", "Dilewati (berhenti)", "Menunggu", "Hadir", "Tidak hadir", "Mungkin", "Belum menjawab"]);
    expect(rows.find((row) => row[0] === "03")).toEqual(["03", 12, 8, 1, 1, 2, 0, 2, 1, 1, 4]);
    expect(rows.find((row) => row[0] === "05")).toEqual(["05", 8, 6, 0, 2, 0, 0, 1, 0, 1, 4]);
    expect(rows.find((row) => row[0] === "Jumlah")).toEqual(["Jumlah", 20, 14, 1, 3, 2, 0, 3, 1, 2, 8]);
    expect(rows.find((row) => row[0] === "Penyandang disabilitas")).toEqual(["Penyandang disabilitas", 1]);

    // The daftar hadir as Telegram received it: Hadir and Mungkin, by RW and RT, with the meeting in the title.
    const before = server.calls.filter((c) => c.method === "sendDocument").length;
    await h.handled(server.text(ADMIN, `/laporan ${id} hadir`));
    await until(() => server.calls.filter((c) => c.method === "sendDocument").length > before, "the daftar hadir PDF");
    const doc = server.calls.filter((c) => c.method === "sendDocument").at(-1)!;
    const file = Object.values(doc.files)[0]!;
    expect(file.filename).toBe(`daftar-hadir-undangan-${id}.pdf`);
    expect(doc.params.caption).toBe(`Daftar hadir undangan #${id}: Rembug warga RW 03 dan 05`);
    const pdf = path.join(h.dataDir, "received.pdf");
    writeFileSync(pdf, file.data);
    if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, file.data);
    const pdfText = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(pdfText).toContain("DAFTAR HADIR");
    expect(pdfText).toContain("Acara: Rembug warga RW 03 dan 05");
    expect(pdfText).toContain("Tempat: Balai Kelurahan");
    expect(pdfText).toMatch(/Hari, tanggal: \w+, \d+ \w+ \d{4} pukul \d\d\.\d\d WIB/);
    const names = [...pdfText.matchAll(/^\s*\d+\s+(Warga \d+)\s+(\d\d\/\d\d)\s+(Hadir|Mungkin)/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    // seedResidents: Warga i lives in RT 1 + i % 2 of the batch it was seeded in.
    expect(names).toEqual(["Warga 4 01/03 Hadir", "Warga 6 01/03 Mungkin", "Warga 5 02/03 Hadir", "Warga 2 01/05 Hadir", "Warga 3 02/05 Mungkin"]);
    // Blank rows for walk-ins, numbered on after the answers.
    expect(pdfText).toMatch(/^\s*15\s*$/m);
    expect(pdfText).not.toContain("Warga 7");

    const hadirXlsx = path.join(h.dataDir, "hadir.xlsx");
    expect(await runAdmin(["siaran", "hadir", String(id), "--format", "xlsx", "--out", hadirXlsx], () => undefined, () => undefined, env)).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(hadirXlsx);
    const sheet = (wb2.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    expect(sheet[0]![0]).toBe("DAFTAR HADIR");
    expect(sheet.slice(1, 5).map((row) => row[0])).toEqual(["Kelurahan Sukamaju", "Acara: Rembug warga RW 03 dan 05", expect.stringMatching(/^Hari, tanggal: /), "Tempat: Balai Kelurahan"]);
    expect(sheet.map((row) => row.slice(1, 4).join(" ")).filter((s) => s.startsWith("Warga"))).toEqual(["Warga 4 01/03 Hadir", "Warga 6 01/03 Mungkin", "Warga 5 02/03 Hadir", "Warga 2 01/05 Hadir", "Warga 3 02/05 Mungkin"]);
    expect(sheet.filter((row) => typeof row[0] === "number").length).toBe(5 + 10);
  }, 90_000);

  it("shows a head only the reports of broadcasts within their area", async () => {
    const server = await new FakeBotApi().start();
    h = await makeTelegramHarness({ server, env: { LPMK_ADMINS: `telegram:${ADMIN}` } });
    const [admin] = seedResidents(h.app.store, "telegram", 1, { rws: [1], address: () => String(ADMIN), now: Date.now() });
    seedResidents(h.app.store, "telegram", 4, { rws: [3, 5], address: (i) => String(3100 + i), now: Date.now() });
    const [head3, head5, headRt] = seedResidents(h.app.store, "telegram", 3, { rws: [3, 5, 3], address: (i) => String(7100 + i), now: Date.now() });
    h.app.store.roles.grant(head3!.id, { role: "ketua_rw", rw: 3 }, "test");
    h.app.store.roles.grant(head5!.id, { role: "ketua_rw", rw: 5 }, "test");
    h.app.store.roles.grant(headRt!.id, { role: "ketua_rt", rw: 3, rt: 1 }, "test");
    p = await startAppPipeline(h.app, "all");
    const both = undangan(admin!.id, { type: "rw", rws: [3, 5] });
    const only3 = undangan(admin!.id, { type: "rw", rws: [3] });
    const rt31 = undangan(admin!.id, { type: "rt", rw: 3, rt: 1 });

    expect(await ask(Number(head3!.address), `/laporan ${only3}`, "Laporan pengiriman")).toContain(`#${only3} Undangan rapat`);
    expect(await ask(Number(head3!.address), `/laporan ${both}`, "tidak ditemukan")).toContain(`Pengumuman ${both} tidak ditemukan, atau bukan pengumuman yang dapat Bapak/Ibu lihat.`);
    await ask(Number(head5!.address), `/laporan ${only3}`, "tidak ditemukan");
    await ask(Number(headRt!.address), `/laporan ${only3}`, "tidak ditemukan");
    await ask(Number(headRt!.address), `/laporan ${rt31}`, "Laporan pengiriman");
    // The attendance list is refused the same way.
    await ask(Number(head5!.address), `/laporan ${only3} hadir`, "tidak ditemukan");
    const denied = h.app.store.db.prepare(`SELECT subject FROM audit_log WHERE action = 'access.denied' ORDER BY id`).all() as Array<{ subject: string }>;
    expect(denied.map((d) => d.subject)).toEqual([`broadcast:${both}`, `broadcast:${only3}`, `broadcast:${only3}`, `broadcast:${only3}`]);
    expect(server.calls.some((c) => c.method === "sendDocument")).toBe(false);
  }, 60_000);
});
