/**
 * Page 6, Unduh, through fastify.inject: the admin's Daftar Panjang Usulan XLSX parses and lists every RW's
 * proposals; an RW head gets their own RW's CSV only (another RW's or the whole kelurahan's is refused and audited)
 * and none of the kelurahan-wide documents; the Daftar Usulan Tidak Disepakati and the berita acara are real files.
 */
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { getAs } from "../support/dashboard.js";
import { ADMIN, pagesFixture, type PagesFixture } from "./pages-fixture.js";

let f: PagesFixture;
afterEach(async () => {
  await f?.close();
});

const WILAYAH_ENV = {};

describe("dashboard page Unduh", () => {
  it("gives the admin every file and an RW head only their own RW's", async () => {
    f = await pagesFixture(WILAYAH_ENV);
    await f.person("6101", "Siti Aminah");
    await f.person("7002", "Ketua RW 02", { role: "ketua_rw", rw: 2 });
    f.aspiration("6101", { ticket: "ASP-7K3Q", rw: 1, rt: 2, text: "Got di Jl. Mawar mampet kalau hujan", location: "Jl Mawar" });
    f.aspiration("7002", { ticket: "ASP-W2XY", rw: 2, rt: 1, text: "Jalan berlubang di depan sekolah", location: "Jl Kenanga", category: "jalan" });
    const secret = f.aspiration("6101", { ticket: "ASP-R4HS", rw: 1, rt: 2, text: "Ketua RT menimbun got", category: "drainase", confidential: true });
    f.h.store.aspirations.setStatus(secret, "ditolak", "tidak terbukti", "test", f.clock.now);

    const admin = await f.session(ADMIN);
    const page = await getAs(f.web.server, admin.jar, "/dasbor/unduh");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("/dasbor/unduh/tidak-disepakati?format=xlsx&amp;rahasia=1");
    const xlsx = await getAs(f.web.server, admin.jar, "/dasbor/unduh/daftar-panjang?format=xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-disposition"]).toMatch(/^attachment; filename="daftar-panjang-usulan-semua-rw-\d{8}-\d{4}\.xlsx"$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells).toEqual(expect.arrayContaining(["ASP-7K3Q", "ASP-W2XY"]));
    expect(cells.join(" ")).not.toContain("ASP-R4HS");
    const rejected = await getAs(f.web.server, admin.jar, "/dasbor/unduh/tidak-disepakati?format=csv");
    expect(rejected.statusCode).toBe(200);
    expect(rejected.body).not.toContain("ASP-R4HS");
    const withSecret = await getAs(f.web.server, admin.jar, "/dasbor/unduh/tidak-disepakati?format=xlsx&rahasia=1");
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(withSecret.rawPayload as unknown as ArrayBuffer);
    expect(wb2.worksheets.map((w) => w.name)).toHaveLength(2);
    expect(wb2.worksheets[1]!.getSheetValues().flat().map(String)).toContain("ASP-R4HS");
    const ba = await getAs(f.web.server, admin.jar, "/dasbor/unduh/berita-acara-musrenbang");
    expect(ba.statusCode).toBe(200);
    expect(ba.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");

    const head = await f.session("7002");
    const own = await getAs(f.web.server, head.jar, "/dasbor/unduh/daftar-panjang?format=csv&rw=2");
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain("ASP-W2XY");
    expect(own.body).not.toContain("ASP-7K3Q");
    for (const url of ["/dasbor/unduh/daftar-panjang?format=csv&rw=1", "/dasbor/unduh/daftar-panjang?format=xlsx", "/dasbor/unduh/tidak-disepakati?format=csv", "/dasbor/unduh/berita-acara-musrenbang"]) {
      const res = await getAs(f.web.server, head.jar, url);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).not.toContain("ASP-7K3Q");
    }
    const headPage = await getAs(f.web.server, head.jar, "/dasbor/unduh");
    expect(headPage.body).not.toContain("tidak-disepakati");
    expect(headPage.body).not.toContain("rw=1");
    expect(f.h.store.audit.recent(20, "access.denied").map((e) => e.subject)).toContain("web:unduh:daftar-panjang:1");
    // An LPMK member who is not an admin may not ask for the rahasia sheet.
    await f.person("7100", "Pengurus LPMK", { role: "pengurus_lpmk" });
    const lpmk = await f.session("7100");
    expect((await getAs(f.web.server, lpmk.jar, "/dasbor/unduh/tidak-disepakati?format=xlsx&rahasia=1")).statusCode).toBe(403);
    expect((await getAs(f.web.server, lpmk.jar, "/dasbor/unduh/tidak-disepakati?format=xlsx")).statusCode).toBe(200);
  }, 40_000);
});
