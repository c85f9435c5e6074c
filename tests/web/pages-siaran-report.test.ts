/**
 * Pages 7 (Siaran) and 6 (Unduh) after the broadcast report landed, through fastify.inject: an undangan to RW 01 and
 * RW 02 with answers shows its delivery statuses and RSVP tallies per RW and the inclusion totals among Hadir; the
 * daftar hadir downloads as a PDF (read back with pdftotext) and an XLSX naming the attendee; an RW head sees their
 * own RW's undangan but is refused another RW's report and daftar hadir (403, audited).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { BroadcastRepo } from "../../src/broadcast/broadcast-repo.js";
import { dashboardRoutesOf } from "../../src/web/dashboard/register-dashboard.js";
import { getAs } from "../support/dashboard.js";
import { ADMIN, pagesFixture, type PagesFixture } from "./pages-fixture.js";

let f: PagesFixture;
afterEach(async () => {
  await f?.close();
});

const REMINDERS = { dayBeforeHour: 19, beforeMinutes: 60, zone: "Asia/Jakarta" };

/** The cells of each body row of the first `<table class="report">` (the table per RW), as text. */
function rwRows(body: string): string[][] {
  const table = /<table class="report">[\s\S]*?<\/table>/.exec(body)?.[0] ?? "";
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? "";
  return [...tbody.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!));
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hadir-pdf-"));
  try {
    const file = path.join(dir, "hadir.pdf");
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Residents in RW 01 (Siti, Budi) and RW 02 (Wati, Joko); an undangan to `rws` sent by the admin. */
async function setUp(): Promise<{ admin: { jar: Record<string, string> }; undangan: (rws: number[], title: string) => number }> {
  f = await pagesFixture();
  // Signing in creates the admin's record (outside any RW, so not a recipient of an RW's undangan).
  const admin = await f.session(ADMIN);
  for (const [user, name] of [["6301", "Siti Aminah"], ["6302", "Budi Santoso"], ["6401", "Wati Lestari"], ["6402", "Joko Susilo"]] as const) await f.person(user, name);
  for (const user of ["6401", "6402"]) f.h.store.db.prepare(`UPDATE residents SET rw = 2, rt = 1 WHERE id = ?`).run(f.idOf(user));
  await f.person("7001", "Ketua RW 01", { role: "ketua_rw", rw: 1 });
  const repo = new BroadcastRepo(f.h.store);
  return {
    admin,
    undangan: (rws, title) =>
      f.h.store.db.transaction(() =>
        repo.create({
          kind: "undangan",
          senderId: f.idOf(ADMIN),
          audience: { type: "rw", rws },
          content: { kind: "undangan", title, at: f.clock.now + 86_400_000, place: "Balai RW", agenda: "Prioritas" },
          now: f.clock.now,
          reminders: REMINDERS,
        }),
      )().id,
  };
}

describe("dashboard Siaran report per RW", () => {
  it("shows the delivery statuses and the RSVP tallies per RW, and the inclusion totals among Hadir", async () => {
    const { admin, undangan } = await setUp();
    const id = undangan([1, 2], "Rembug RW 01 dan 02");
    const repo = new BroadcastRepo(f.h.store);
    f.h.store.tx(() => {
      repo.setRsvp(id, f.idOf("6301"), "hadir", f.clock.now);
      repo.setRsvp(id, f.idOf("6302"), "mungkin", f.clock.now);
      repo.setRsvp(id, f.idOf("6401"), "hadir", f.clock.now);
      repo.setRsvp(id, f.idOf("6402"), "tidak", f.clock.now);
    });
    f.h.store.db.prepare(`UPDATE residents SET inclusion = 'perempuan,lansia' WHERE id = ?`).run(f.idOf("6301"));
    f.h.store.db.prepare(`UPDATE residents SET inclusion = 'perempuan' WHERE id = ?`).run(f.idOf("6401"));
    // Budi's chat blocked the bot: he counts as diblokir and no longer among the reached.
    f.h.store.db.prepare(`UPDATE broadcast_recipients SET status = 'failed', reason = 'blocked' WHERE broadcast_id = ? AND resident_id = ?`).run(id, f.idOf("6302"));

    const res = await getAs(f.web.server, admin.jar, `/dasbor/siaran/${id}`);
    expect(res.statusCode).toBe(200);
    // RW, penerima, terkirim, gagal, diblokir, dilewati, menunggu, hadir, tidak, mungkin, belum.
    // RW 01: Siti (hadir), Budi (blocked: his Mungkin is not among the reached) and the RW head (no answer).
    expect(rwRows(res.body)).toEqual([
      ["01", "3", "0", "0", "1", "0", "2", "1", "0", "0", "1"],
      ["02", "2", "0", "0", "0", "0", "2", "1", "1", "0", "0"],
      ["Jumlah", "5", "0", "0", "1", "0", "4", "2", "1", "0", "1"],
    ]);
    // Inclusion among Hadir: Siti (perempuan, lansia) and Wati (perempuan).
    expect(res.body).toContain(`<span class="stat">2</span>Perempuan`);
    expect(res.body).toContain(`<span class="stat">1</span>Lansia`);
    expect(res.body).toContain(`<span class="stat">0</span>Pemuda`);
    expect(res.body).toContain(`href="/dasbor/unduh/daftar-hadir-undangan/${id}?format=pdf"`);
    expect(res.body).toContain(`href="/dasbor/unduh/daftar-hadir-undangan/${id}?format=xlsx"`);
  }, 30_000);

  it("lets an RW head see their own RW's undangan and refuses another RW's report and daftar hadir", async () => {
    const { undangan } = await setUp();
    const own = undangan([1], "Rembug RW 01");
    const other = undangan([2], "Rembug RW 02");
    const both = undangan([1, 2], "Musyawarah dua RW");
    const head = await f.session("7001");
    const list = await getAs(f.web.server, head.jar, "/dasbor/siaran");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/dasbor/siaran/${own}"`);
    expect(list.body).not.toContain(`href="/dasbor/siaran/${other}"`);
    expect(list.body).not.toContain(`href="/dasbor/siaran/${both}"`);
    expect((await getAs(f.web.server, head.jar, `/dasbor/siaran/${own}`)).statusCode).toBe(200);
    expect((await getAs(f.web.server, head.jar, `/dasbor/unduh/daftar-hadir-undangan/${own}?format=pdf`)).statusCode).toBe(200);
    for (const id of [other, both]) {
      const report = await getAs(f.web.server, head.jar, `/dasbor/siaran/${id}`);
      expect(report.statusCode).toBe(403);
      expect(report.body).not.toContain("Rembug RW 02");
      const sheet = await getAs(f.web.server, head.jar, `/dasbor/unduh/daftar-hadir-undangan/${id}?format=pdf`);
      expect(sheet.statusCode).toBe(403);
      expect(sheet.headers["content-type"]).toMatch(/^text\/html/);
    }
    const unduh = await getAs(f.web.server, head.jar, "/dasbor/unduh");
    expect(unduh.body).toContain(`/dasbor/unduh/daftar-hadir-undangan/${own}?format=pdf`);
    expect(unduh.body).not.toContain(`/dasbor/unduh/daftar-hadir-undangan/${other}?`);
    const denied = f.h.store.audit.recent(20, "access.denied").map((e) => e.subject);
    expect(denied).toEqual(expect.arrayContaining([`web:siaran:${other}`, `web:siaran:${both}`, `web:unduh:daftar-hadir-undangan:${other}`, `web:unduh:daftar-hadir-undangan:${both}`]));
    expect((await getAs(f.web.server, head.jar, "/dasbor/siaran/99999")).statusCode).toBe(404);
  }, 30_000);
});

describe("dashboard Unduh daftar hadir of an undangan", () => {
  it("downloads the PDF and the XLSX naming those who said Hadir or Mungkin, audited", async () => {
    const { admin, undangan } = await setUp();
    const id = undangan([1, 2], "Rembug Drainase");
    const repo = new BroadcastRepo(f.h.store);
    f.h.store.tx(() => {
      repo.setRsvp(id, f.idOf("6301"), "hadir", f.clock.now);
      repo.setRsvp(id, f.idOf("6402"), "tidak", f.clock.now);
    });
    const { jar } = admin;
    const page = await getAs(f.web.server, jar, "/dasbor/unduh");
    expect(page.body).toContain(`/dasbor/unduh/daftar-hadir-undangan/${id}?format=xlsx`);
    const pdf = await getAs(f.web.server, jar, `/dasbor/unduh/daftar-hadir-undangan/${id}?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toBe(`attachment; filename="daftar-hadir-undangan-${id}.pdf"`);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain("DAFTAR HADIR");
    expect(text).toContain("Rembug Drainase");
    expect(text).toContain("Siti Aminah");
    expect(text).not.toContain("Joko Susilo");
    const xlsx = await getAs(f.web.server, jar, `/dasbor/unduh/daftar-hadir-undangan/${id}?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getSheetValues().flat().map(String)).toContain("Siti Aminah");
    const audited = f.h.store.audit.recent(10, "dasbor.unduh").filter((e) => e.subject === `broadcast:${id}`);
    expect(audited.map((e) => e.actor)).toEqual([`resident:${f.idOf(ADMIN)}`, `resident:${f.idOf(ADMIN)}`]);
    expect((await getAs(f.web.server, jar, "/dasbor/unduh/daftar-hadir-undangan/99999?format=pdf")).statusCode).toBe(404);
    // The route sits behind the sign-in (tests/web/dashboard-signin.test.ts checks every route listed here).
    expect(dashboardRoutesOf(f.web.server)).toContainEqual({ method: "GET", url: "/dasbor/unduh/daftar-hadir-undangan/:id" });
    const anonymous = await f.web.server.inject({ method: "GET", url: `/dasbor/unduh/daftar-hadir-undangan/${id}?format=pdf` });
    expect([anonymous.statusCode, anonymous.headers.location]).toEqual([303, "/dasbor/masuk"]);
  }, 30_000);
});
