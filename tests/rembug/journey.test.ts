/**
 * The whole rembug journey of issue 10, end to end, through real grammY on the fake Bot API and the real outbox,
 * in-process queue and workers (aggregate and rembug.confirmed):
 * residents of RT 02 / RW 03 file aspirations (two duplicates, clustered by the aggregate worker); the admin opens the
 * cycle and invites the RT and RW heads, who redeem their codes in their own chats; the RT head confirms two
 * candidates and a meeting item with funding and receives the berita acara PDF; the RW head orders the RW list;
 * /rekap and its XLSX show the items in order with their funding; each resident is told exactly about their own
 * proposals.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { lastOf, text, type HarnessReply } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, replyOf, type TelegramHarness } from "../support/telegram-harness.js";

const ADMIN = "1000";
const RT_HEAD = "600";
const RW_HEAD = "700";
const [SITI, BUDI, ANI] = ["501", "502", "503"];

let h: TelegramHarness;
let pipeline: Pipeline;
beforeEach(async () => {
  h = await makeTelegramHarness({ env: { LPMK_ADMINS: `telegram:${ADMIN}` } });
  pipeline = await startAppPipeline(h.app, "all");
});
afterEach(async () => {
  await pipeline.stop();
  await h.close();
});

const all = (rs: HarnessReply[]) => rs.map((r) => r.text).join("\n");

/** Everything the bot sent to `chat` since the `from`-th message. */
const textsTo = (chat: string, from = 0) => h.server.messagesTo(Number(chat)).slice(from).map((c) => replyOf(c).text);

/** Wait until the outbox is relayed and consumed, then push queued notices out as the running bot's poll does. */
async function settle(): Promise<void> {
  expect(await pipeline.settle()).toBe(true);
  h.app.host.delivery.flushAll();
  await h.app.host.idle();
}

async function registerIn(user: string, name: string): Promise<void> {
  const consent = lastOf(await h.send(user, text("halo")));
  await h.press(user, consent, "Setuju");
  await h.send(user, text(name));
  await h.send(user, text("3"));
  expect(all(await h.send(user, text("2")))).toContain("Menu utama");
}

/** File an aspiration by chat; the aggregate worker (not the test) clusters it. Returns the ticket. */
async function aspiration(user: string, category: string, description: string, location: string): Promise<string> {
  await h.send(user, text("/aspirasi"));
  await h.send(user, text(category));
  await h.send(user, text(description));
  await h.send(user, text(location));
  await h.send(user, text("lewati"));
  let reply = await h.send(user, text("kirim"));
  // A similar proposal of the RW is offered at the summary (issue 9): the duplicate joins it.
  if (/mirip/i.test(all(reply)) && !/ASP-\w{4}\b.*diterima/i.test(all(reply))) reply = await h.press(user, lastOf(reply), lastOf(reply).options[0]!);
  const ticket = /ASP-\w{4}/.exec(all(reply))![0];
  await settle();
  return ticket;
}

/** The admin invites `role args`; `user` registers, redeems the code in their own chat and accepts. */
async function invite(args: string, user: string, name: string, role: RegExp): Promise<void> {
  const answer = all(await h.send(ADMIN, text(`/undang ${args}`)));
  const code = /\/kode ([A-Z]+-\w{4}-\w{4})/.exec(answer)![1]!;
  await registerIn(user, name);
  const offer = lastOf(await h.send(user, text(`/kode ${code}`)));
  expect(offer.text).toMatch(role);
  expect(all(await h.press(user, offer, "Terima"))).toMatch(/kini tercatat sebagai/);
}

const pdfText = (chat: string, n = 0): { caption: string; body: string } => {
  const call = h.server.callsOf("sendDocument", Number(chat))[n]!;
  const pdf = Object.values(call.files ?? {})[0]!;
  const file = path.join(h.dataDir, `doc-${chat}-${n}.pdf`);
  writeFileSync(file, pdf.data);
  return { caption: String(call.params.caption), body: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }) };
};

describe("the rembug journey over Telegram", () => {
  it("from three residents' aspirations to the RW list, the recap, the XLSX and each resident's own notices", async () => {
    // The LPMK opens the cycle: the aspirations below belong to it.
    expect(all(await h.send(ADMIN, text("/siklus buka Musrenbang 2027")))).toContain("Musrenbang 2027");

    // (1) Three residents of RT 02 / RW 03; Siti's and Budi's drainage reports are the same problem.
    await registerIn(SITI, "Siti Aminah");
    await registerIn(BUDI, "Budi Santoso");
    await registerIn(ANI, "Ani Lestari");
    const drain = await aspiration(SITI, "2", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const drain2 = await aspiration(BUDI, "2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar");
    const road = await aspiration(ANI, "1", "Jalan di Gang Kenari berlubang besar dan berbahaya", "Gang Kenari");
    const park = await aspiration(ANI, "11", "Taman bermain anak rusak, ayunan patah", "Taman RT 02");
    const clusterOf = (ticket: string) =>
      h.store.db.prepare(`SELECT m.cluster_id AS c FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id WHERE a.ticket = ?`).get(ticket) as
        | { c: number }
        | undefined;
    expect(clusterOf(drain)).toBeDefined();
    expect(clusterOf(drain2)).toEqual(clusterOf(drain));
    expect(clusterOf(road)!.c).not.toBe(clusterOf(drain)!.c);
    // From here on, whatever reaches a resident's chat is a notice.
    const mark = new Map([SITI, BUDI, ANI].map((u) => [u, h.server.messagesTo(Number(u)).length]));

    // (2) The admin invites the RT head and the RW head; each redeems the code in their own chat.
    await invite("ketua_rt 3 2", RT_HEAD, "Pak Harto", /Ketua RT 02 \/ RW 03/);
    await invite("ketua_rw 3", RW_HEAD, "Bu Ratna", /Ketua RW 03/);

    // (3) The RT head: the drainage (2 supporters) and the road, then an item raised at the meeting.
    const list = lastOf(await h.send(RT_HEAD, text("/rembug")));
    expect(list.options).toEqual([
      `${drain} Drainase / gorong-gorong · Jl Mawar — 2 pendukung`,
      `${road} Jalan / gang · Gang Kenari — 1 pendukung`,
      `${park} Lainnya · Taman RT 02 — 1 pendukung`,
    ]);
    const picked = all(await h.send(RT_HEAD, text("1 2")));
    expect(picked).toMatch(new RegExp(`1\\. ${drain}[\\s\\S]*2\\. ${road}`));
    await h.send(RT_HEAD, text("1"));
    await h.send(RT_HEAD, text("10"));
    await h.send(RT_HEAD, text("Pos ronda baru di ujung gang"));
    const raised = /nomor (ASP-\w{4})/.exec(all(await h.send(RT_HEAD, text("Ujung Gang Kenari"))))![1]!;
    await h.send(RT_HEAD, text("2"));
    // Drainage: APBD, 150 m, 25 jt. Road: swadaya with what residents give. Meeting item: CSR.
    for (const answer of ["apbd", "150 m", "25 jt", "swadaya", "lewati", "lewati", "kerja bakti warga", "csr", "1 unit", "5.000.000"]) {
      await h.send(RT_HEAD, text(answer));
    }
    for (const answer of ["30", "14", "6", "4", "1"]) await h.send(RT_HEAD, text(answer));
    const summary = lastOf(await h.send(RT_HEAD, text("lewati")));
    expect(summary.options).toEqual(["Konfirmasi", "Ubah", "Batal"]);
    await h.press(RT_HEAD, summary, "Konfirmasi");
    await h.server.waitFor(() => h.server.callsOf("sendDocument", Number(RT_HEAD)).length > 0, "the RT berita acara");
    const rtPdf = pdfText(RT_HEAD);
    expect(rtPdf.caption).toBe("Berita acara rembug RT 02 / RW 03");
    expect(rtPdf.body).toContain("BERITA ACARA REMBUG RT");
    // Each row names its item, with its funding, volume, cost and swadaya on the same line.
    expect(rtPdf.body).toMatch(new RegExp(`\\n1\\s+${drain} · Drainase[^\\n]*APBD\\s+150 m\\s+Rp25\\.000\\.000`));
    expect(rtPdf.body).toMatch(new RegExp(`\\n2\\s+${road} · Jalan / gang[^\\n]*Swadaya\\s+-\\s+-\\s+kerja bakti warga`));
    expect(rtPdf.body).toMatch(new RegExp(`\\n3\\s+${raised} · Keamanan / ketertiban[^\\n]*CSR\\s+1 unit\\s+Rp5\\.000\\.000`));
    expect(rtPdf.body).toContain("Pak Harto");
    await settle();

    // (4) The RW head orders the RW list from RT 02's list: the road first, then the drainage; the meeting item stays off.
    const rwIntro = await h.send(RW_HEAD, text("/rembug"));
    expect(all(rwIntro)).toMatch(/sudah mengonfirmasi rembug: 02\n/);
    const rwList = lastOf(rwIntro);
    const n = (ticket: string) => rwList.options.findIndex((o) => o.startsWith(ticket)) + 1;
    expect(rwList.options.find((o) => o.startsWith(road))).toMatch(/\(RT 02 no\. 2\)$/);
    expect(all(await h.send(RW_HEAD, text(`${n(road)} ${n(drain)}`)))).toContain("Sumber dana");
    for (const answer of ["apbd", "lewati", "40 jt", "pusat", "lewati", "lewati", "25", "lewati", "lewati", "lewati", "lewati"]) {
      await h.send(RW_HEAD, text(answer));
    }
    const rwSummary = lastOf(await h.send(RW_HEAD, text("lewati")));
    await h.press(RW_HEAD, rwSummary, "Konfirmasi");
    await h.server.waitFor(() => h.server.callsOf("sendDocument", Number(RW_HEAD)).length > 0, "the RW berita acara");
    const rwPdf = pdfText(RW_HEAD);
    expect(rwPdf.caption).toBe("Berita acara rembug RW 03");
    expect(rwPdf.body).toMatch(new RegExp(`1\\s+${road}[\\s\\S]*2\\s+${drain}`));
    await settle();

    // (5) The recap lists RW 03's items by the RW list, then the RT ranks, with their funding; so does the XLSX.
    const recap = await h.send(ADMIN, text("/rekap"));
    const recapText = all(recap);
    const block = recapText.slice(recapText.indexOf("Daftar prioritas hasil rembug")).split("\n\n")[0]!.split("\n");
    expect(block).toEqual([
      "Daftar prioritas hasil rembug (urut daftar RW, lalu urutan RT):",
      "RW 03:",
      `• 1. Jalan di Gang Kenari berlubang besar dan berbahaya (${road}), sumber dana APBD`,
      `• 2. Got di Jl. Mawar mampet kalau hujan, air masuk ru… (${drain}), sumber dana dana pusat`,
      `• RT 02: 3. Pos ronda baru di ujung gang (${raised}), sumber dana CSR`,
    ]);
    await h.press(ADMIN, lastOf(recap), "Kirim berkas Excel (.xlsx)");
    await h.server.waitFor(() => h.server.callsOf("sendDocument", Number(ADMIN)).length > 0, "the XLSX");
    const xlsx = Object.values(h.server.callsOf("sendDocument", Number(ADMIN))[0]!.files ?? {})[0]!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("RW 03")!;
    const row = (r: number) => [1, 2, 9, 12, 13, 14, 15].map((c) => String(ws.getRow(r).getCell(c).value ?? ""));
    expect([6, 7, 8, 9].map(row)).toEqual([
      ["1", "Jalan di Gang Kenari berlubang besar dan berbahaya", "APBD", "Rp 40.000.000", "kerja bakti warga", "aspirasi warga", road],
      // The RW gave no cost for the drainage: the RT's estimate stands.
      ["2", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "dana pusat", "Rp 25.000.000", "", "aspirasi warga", `${drain}, ${drain2}`],
      ["RT 02: 3", "Pos ronda baru di ujung gang", "CSR", "Rp 5.000.000", "", "rembug RT", raised],
      ["", "Taman bermain anak rusak, ayunan patah", "", "", "", "aspirasi warga", park],
    ]);

    // (6) Each resident got exactly the notices about their own proposals, and nobody else's.
    const rt = (ticket: string, rank: number, funding: string) => `Usulan Bapak/Ibu ${ticket} masuk daftar prioritas RT 02 (urutan ${rank}), sumber dana ${funding}.`;
    const rw = (ticket: string, rank: number, funding: string) => `Usulan Bapak/Ibu ${ticket} masuk daftar prioritas RW 03 (urutan ${rank}), sumber dana ${funding}.`;
    await h.server.waitFor(() => textsTo(ANI, mark.get(ANI)).length >= 3, "Ani's notices");
    const notices = (u: string) => textsTo(u, mark.get(u));
    expect(notices(SITI)).toEqual([rt(drain, 1, "APBD"), rw(drain, 2, "dana pusat")]);
    expect(notices(BUDI)).toEqual([rt(drain, 1, "APBD"), rw(drain, 2, "dana pusat")]);
    expect(notices(ANI).sort()).toEqual(
      [
        rt(road, 2, "swadaya"),
        `Usulan Bapak/Ibu ${park} belum diprioritaskan tahun ini di rembug RT 02, dan akan dibawa lagi ke rembug berikutnya.`,
        rw(road, 1, "APBD"),
      ].sort(),
    );
    for (const u of [ADMIN, RT_HEAD, RW_HEAD]) expect(textsTo(u).filter((t) => t.startsWith("Usulan Bapak/Ibu ASP-"))).toEqual([]);
    // Only the heads got berita acara documents; residents got none.
    for (const u of [SITI, BUDI, ANI]) expect(h.server.callsOf("sendDocument", Number(u))).toEqual([]);
  });
});
