/**
 * The dashboard in a real browser: Debian's Chromium driven by playwright-core against the server listening on a
 * loopback port, with the chat on real grammY and the fake Bot API. An LPMK admin sends /dasbor, opens the link,
 * signs in, filters the proposals, merges two clusters, moves three proposals to disetujui, downloads the Daftar
 * Panjang Usulan as XLSX and reads it back, and the residents get their notices.
 * Screenshots of every page go to test-results/dashboard/ (gitignored) to be looked at.
 */
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { register, text } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, replyOf, type TelegramHarness } from "../support/telegram-harness.js";
import { startWebServer, type WebServer } from "../../src/web/start-web.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SHOTS = path.resolve("test-results/dashboard");
const ADMIN = "9500";
const RESIDENTS = ["6501", "6502", "6503"];

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe.skipIf(!existsSync(CHROMIUM))("the dashboard in Chromium", () => {
  let h: TelegramHarness;
  let web: WebServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const tickets: string[] = [];
  /** Two reports of one problem in other words, in two clusters until the LPMK merges them. */
  const pair: string[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  async function file(user: string, category: string, description: string, location: string): Promise<string> {
    for (const input of ["/aspirasi", category, description, location, "lewati"]) await h.send(user, text(input));
    const done = await h.send(user, text("kirim"));
    return /ASP-\w{4}/.exec(done.map((r) => r.text).join("\n"))![0];
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    h = await makeTelegramHarness({ env: { LPMK_ADMINS: `telegram:${ADMIN}`, WEB_PORT: String(port) } });
    web = await startWebServer(h.app);
    await register(h, RESIDENTS[0]!, "Siti Aminah");
    await register(h, RESIDENTS[1]!, "Budi Santoso");
    await register(h, RESIDENTS[2]!, "Dewi Lestari");
    tickets.push(await file(RESIDENTS[0]!, "2", "Got mampet di depan rumah nomor 12 kalau hujan meluap ke jalan", "Gang Mawar depan musala"));
    tickets.push(await file(RESIDENTS[1]!, "1", "Jalan berlubang besar dan berbahaya untuk motor", "Jalan Kenanga dekat pos ronda"));
    tickets.push(await file(RESIDENTS[2]!, "5", "Sampah menumpuk tidak diangkut sudah seminggu", "Pojok pasar RT 02"));
    pair.push(await file(RESIDENTS[0]!, "1", "Perlu polisi tidur di depan SD karena motor sering ngebut", "Depan SD Negeri 3"));
    pair.push(await file(RESIDENTS[1]!, "1", "Anak sekolah hampir tertabrak, mohon dipasang speed bump", "Dekat sekolah dasar"));
    for (const t of pair) h.app.aggregator.ingest(h.store.aspirations.byTicket(t)!.id);
    expect(h.app.aggregator.clusterOf(h.store.aspirations.byTicket(pair[0]!)!.id)!.clusterId).not.toBe(h.app.aggregator.clusterOf(h.store.aspirations.byTicket(pair[1]!)!.id)!.clusterId);
    for (const t of tickets) {
      const a = h.store.aspirations.byTicket(t)!;
      h.app.aggregator.ingest(a.id);
      // Prioritised at the rembug and taken to the Musrenbang.
      h.store.aspirations.setStatus(a.id, "diusulkan-musrenbang", null, "test", Date.now());
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await h?.close();
  });

  it("signs in with the link from /dasbor, filters, merges two clusters, moves three proposals to disetujui, downloads the XLSX, and the residents are told", async () => {
    const replies = await h.send(ADMIN, text("/dasbor"));
    const link = /http:\/\/\S+\/dasbor\/masuk\?t=[\w-]+/.exec(replies.map((r) => r.text).join("\n"))?.[0];
    expect(link?.startsWith(`${base}/dasbor/masuk?t=`)).toBe(true);

    // 1. Sign in.
    await page.goto(link!);
    await shot("01-masuk");
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.waitForURL(`${base}/dasbor`);
    await expect(page.getByRole("heading", { level: 1, name: "Ringkasan" }).isVisible()).resolves.toBe(true);
    await shot("02-ringkasan");

    // 2. Filter the proposals.
    await page.getByRole("link", { name: "Usulan", exact: true }).click();
    await page.waitForURL(`${base}/dasbor/usulan`);
    await page.locator('select[name="status"]').selectOption("diusulkan-musrenbang");
    await page.locator('select[name="kategori"]').selectOption("drainase");
    await page.getByRole("button", { name: "Saring" }).click();
    await page.waitForURL(/status=diusulkan-musrenbang/);
    expect(await page.locator('input[name="tiket"]').count()).toBe(1);
    await shot("03-usulan-saring");
    await page.locator('select[name="kategori"]').selectOption("");
    await page.getByRole("button", { name: "Saring" }).click();
    await page.waitForURL((u) => !u.search.includes("kategori=drainase"));
    expect(await page.locator('input[name="tiket"]').count()).toBe(3);
    await shot("04-usulan");

    // 3. Detail of one.
    await page.getByRole("link", { name: tickets[0]! }).click();
    await page.waitForURL(`${base}/dasbor/usulan/${tickets[0]}`);
    expect(await page.locator("p.lead").textContent()).toContain("Got mampet di depan rumah nomor 12");
    await shot("05-detail");
    await page.goBack();

    // 4. Merge the two reports of one problem on the Klaster page (dash-b's), with a reason and a confirmation.
    await page.getByRole("link", { name: "Klaster", exact: true }).click();
    await page.waitForURL(`${base}/dasbor/klaster`);
    await shot("06-klaster");
    await page.locator('form[action="/dasbor/klaster/gabung"] input[name="from"]').fill(pair[1]!);
    await page.locator('form[action="/dasbor/klaster/gabung"] input[name="into"]').fill(pair[0]!);
    await page.locator('form[action="/dasbor/klaster/gabung"] textarea[name="reason"]').fill("Masalah yang sama: keselamatan anak di depan SD");
    await page.locator('form[action="/dasbor/klaster/gabung"] button[type="submit"]').click();
    await page.waitForURL(`${base}/dasbor/klaster/gabung`);
    await shot("07-klaster-konfirmasi");
    await page.getByRole("button", { name: "Ya, gabungkan" }).click();
    await page.waitForURL(/ok=gabung/);
    await shot("08-klaster-selesai");
    const clusterOf = (t: string) => h.app.aggregator.clusterOf(h.store.aspirations.byTicket(t)!.id)!.clusterId;
    expect(clusterOf(pair[1]!)).toBe(clusterOf(pair[0]!));
    await h.server.waitFor(() => h.server.messagesTo(Number(RESIDENTS[1])).some((m) => replyOf(m).text.includes(`Kabar usulan ${pair[1]}`)), "merge notice");
    await page.goto(`${base}/dasbor/usulan`);

    // 5. Move three to disetujui (RKPD), with the confirmation step.
    for (const t of tickets) await page.getByRole("checkbox", { name: t }).check();
    await page.locator('select[name="ke"]').selectOption("disetujui");
    await page.locator('select[name="saluran"]').selectOption("rkpd");
    await page.getByRole("button", { name: "Lanjut" }).click();
    await page.waitForURL(`${base}/dasbor/usulan/aksi`);
    await expect(page.getByText("3 usulan akan dipindah ke «Disetujui»").isVisible()).resolves.toBe(true);
    await shot("09-aksi-konfirmasi");
    await page.getByRole("button", { name: /Ya, pindahkan 3 usulan/ }).click();
    await page.waitForURL(/pindah=3&ke=disetujui/);
    await expect(page.getByText("3 usulan sudah dipindah ke «Disetujui»").isVisible()).resolves.toBe(true);
    await shot("10-aksi-selesai");
    for (const t of tickets) expect(h.store.aspirations.byTicket(t)!.status).toBe("disetujui");

    // 6. Download the Daftar Panjang Usulan (dash-b's Unduh page) as XLSX and read it.
    await page.getByRole("link", { name: "Unduh", exact: true }).click();
    await page.waitForURL(`${base}/dasbor/unduh`);
    await shot("11-unduh");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[href="/dasbor/unduh/daftar-panjang?format=xlsx"]').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map((v) => (v && typeof v === "object" && "richText" in v ? (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join("") : String(v))));
    for (const t of [...tickets, pair[0]!]) expect(cells.some((v) => v.includes(t))).toBe(true);
    // One row per usulan: the merged report is not a row of its own.
    expect(cells.some((v) => v === pair[1])).toBe(false);

    // 7. Each resident hears once, on Telegram.
    for (const [i, u] of RESIDENTS.entries()) {
      await h.server.waitFor(() => h.server.messagesTo(Number(u)).some((m) => replyOf(m).text.includes(tickets[i]!) && /Disetujui/.test(replyOf(m).text)), `notice to ${u}`);
    }

    // A phone, English, and the page as printed.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/dasbor/usulan?lang=en`);
    await expect(page.getByRole("heading", { level: 1, name: "Proposals" }).isVisible()).resolves.toBe(true);
    await shot("12-usulan-phone-en");
    await page.goto(`${base}/dasbor?lang=id`);
    await shot("13-ringkasan-phone");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: "print" });
    await shot("14-ringkasan-print");
    await page.emulateMedia({ media: "screen" });

    // Signing out ends the session: the next page goes to the sign-in page.
    await page.goto(`${base}/dasbor`);
    await page.getByRole("button", { name: "Keluar" }).click();
    await page.goto(`${base}/dasbor/usulan`);
    expect(new URL(page.url()).pathname).toBe("/dasbor/masuk");
    await shot("15-keluar");
  }, 120_000);
});
