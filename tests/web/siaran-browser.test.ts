/**
 * The Siaran report in a real browser (Debian's Chromium through playwright-core): an RW head signs in through the
 * link of /dasbor, opens the report of an undangan to their RW with answers, sees the RSVP tallies in the table
 * per RW, and downloads the daftar hadir PDF from the report. Screenshots go to test-results/dashboard/ (gitignored);
 * docs/img/dasbor-siaran.png is the admin's view of a two-RW undangan taken here.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { register, text } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { startWebServer, type WebServer } from "../../src/web/start-web.js";
import { BroadcastRepo } from "../../src/broadcast/broadcast-repo.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SHOTS = path.resolve("test-results/dashboard");
const ADMIN = "9600";
const REMINDERS = { dayBeforeHour: 19, beforeMinutes: 60, zone: "Asia/Jakarta" };

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe.skipIf(!existsSync(CHROMIUM))("the Siaran report in Chromium", () => {
  let h: TelegramHarness;
  let web: WebServer;
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await h?.close();
  });

  it("shows the RSVP tallies per RW and downloads the daftar hadir", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    h = await makeTelegramHarness({ env: { LPMK_ADMINS: `telegram:${ADMIN}`, WEB_PORT: String(port) } });
    web = await startWebServer(h.app);
    const people = [["6601", "Siti Aminah"], ["6602", "Budi Santoso"], ["6603", "Dewi Lestari"], ["6701", "Wati Lestari"], ["6702", "Joko Susilo"], ["6703", "Rahmat Hidayat"]] as const;
    for (const [user, name] of people) await register(h, user, name);
    const idOf = (user: string) => h.store.residents.findByIdentity("telegram", user)!.id;
    for (const user of ["6701", "6702", "6703"]) h.store.db.prepare(`UPDATE residents SET rw = 2, rt = 3 WHERE id = ?`).run(idOf(user));
    h.store.roles.grant(idOf("6601"), { role: "ketua_rw", rw: 1 }, "test", Date.now());
    const linkOf = async (user: string) => /http:\/\/\S+\/dasbor\/masuk\?t=[\w-]+/.exec((await h.send(user, text("/dasbor"))).map((r) => r.text).join("\n"))![0];
    const adminLink = await linkOf(ADMIN);
    const repo = new BroadcastRepo(h.store);
    const make = (rws: number[], title: string) =>
      h.store.db.transaction(() =>
        repo.create({ kind: "undangan", senderId: idOf(ADMIN), audience: { type: "rw", rws }, content: { kind: "undangan", title, at: Date.now() + 3 * 86_400_000, place: "Balai Kelurahan", agenda: "Prioritas usulan" }, now: Date.now(), reminders: REMINDERS }),
      )().id;
    const own = make([1], "Rembug warga RW 01");
    const both = make([1, 2], "Musyawarah drainase RW 01 dan 02");
    h.store.tx(() => {
      for (const id of [own, both]) {
        repo.setRsvp(id, idOf("6601"), "hadir", Date.now());
        repo.setRsvp(id, idOf("6602"), "mungkin", Date.now());
      }
      repo.setRsvp(both, idOf("6701"), "hadir", Date.now());
      repo.setRsvp(both, idOf("6702"), "tidak", Date.now());
    });
    h.store.db.prepare(`UPDATE residents SET inclusion = 'perempuan' WHERE id IN (?, ?)`).run(idOf("6601"), idOf("6701"));
    h.store.db.prepare(`UPDATE broadcast_recipients SET status = 'sent' WHERE broadcast_id = ? AND resident_id <> ?`).run(both, idOf("6703"));
    h.store.db.prepare(`UPDATE broadcast_recipients SET status = 'failed', reason = 'blocked' WHERE broadcast_id = ? AND resident_id = ?`).run(both, idOf("6703"));

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await admin.goto(adminLink);
    await admin.getByRole("button", { name: "Masuk" }).click();
    await admin.goto(`${base}/dasbor/siaran/${both}`);
    const rw2 = admin.locator("table.report").first().locator("tbody tr", { hasText: /^\s*02/ });
    expect((await rw2.locator("td").allInnerTexts()).map((s) => s.trim())).toEqual(["02", "3", "2", "0", "1", "0", "0", "1", "1", "0", "0"]);
    await admin.screenshot({ path: path.join(SHOTS, "siaran-laporan-admin.png"), fullPage: true });
    await admin.goto(`${base}/dasbor/siaran`);
    await admin.screenshot({ path: path.join(SHOTS, "siaran-daftar.png"), fullPage: true });

    const head = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await head.goto(await linkOf("6601"));
    await head.getByRole("button", { name: "Masuk" }).click();
    await head.getByRole("link", { name: "Siaran" }).click();
    await expect(head.getByRole("link", { name: /Rembug warga RW 01/ }).count()).resolves.toBe(1);
    await expect(head.getByRole("link", { name: /Musyawarah drainase/ }).count()).resolves.toBe(0);
    await head.getByRole("link", { name: /Rembug warga RW 01/ }).click();
    await head.screenshot({ path: path.join(SHOTS, "siaran-laporan-ketua-rw.png"), fullPage: true });
    const [download] = await Promise.all([head.waitForEvent("download"), head.getByRole("link", { name: "PDF" }).click()]);
    expect(download.suggestedFilename()).toBe(`daftar-hadir-undangan-${own}.pdf`);
    const saved = path.join(SHOTS, download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe("%PDF-");
    await head.getByRole("link", { name: "Unduh" }).click();
    await expect(head.locator(`a[href="/dasbor/unduh/daftar-hadir-undangan/${own}?format=xlsx"]`).count()).resolves.toBe(1);
    await expect(head.locator(`a[href="/dasbor/unduh/daftar-hadir-undangan/${both}?format=xlsx"]`).count()).resolves.toBe(0);
    await head.screenshot({ path: path.join(SHOTS, "unduh-ketua-rw.png"), fullPage: true });
    if (process.env.UPDATE_DOCS_IMG === "1") copyFileSync(path.join(SHOTS, "siaran-laporan-admin.png"), path.resolve("docs/img/dasbor-siaran.png"));
  }, 120_000);
});
