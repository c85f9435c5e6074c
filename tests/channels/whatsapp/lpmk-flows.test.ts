/** The aggregator's resident and LPMK flows over WhatsApp: duplicate hint, Dukung usulan, /rekap with its file. */
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeWaTestApp, type WaTestApp } from "../../support/fake-baileys-app.js";
import { wa } from "../../support/fake-baileys.js";

const ADMIN = "6281100000001@s.whatsapp.net";
const U1 = "6281100000002@s.whatsapp.net";
const U2 = "6281100000003@s.whatsapp.net";

let h: WaTestApp;
beforeEach(async () => {
  h = await makeWaTestApp({ env: { LPMK_ADMINS: `whatsapp:${ADMIN}` } });
});
afterEach(async () => {
  await h.close();
});

const say = async (jid: string, text: string) => (await h.receive(jid, wa.text(jid, text))).join("\n");

async function register(jid: string, name: string, rw = "3", rt = "2"): Promise<void> {
  for (const text of ["halo", "1", name, rw, rt]) await say(jid, text);
}

/**
 * File a drainage aspiration over WhatsApp and let the aggregator take it (what the aggregate worker does).
 * `hint`: whether the aggregator must send the duplicate hint (exactly one message) or nothing at all.
 */
async function fileAndAggregate(jid: string, description: string, location: string, hint: boolean): Promise<string> {
  return aggregate(jid, await file(jid, description, location), hint);
}

async function file(jid: string, description: string, location: string): Promise<string> {
  await say(jid, "/aspirasi");
  await say(jid, "2");
  await say(jid, description);
  await say(jid, location);
  await say(jid, "1");
  return /ASP-\w{4}/.exec(await say(jid, "1"))![0];
}

async function aggregate(jid: string, ticket: string, hint: boolean): Promise<string> {
  const a = h.app.store.aspirations.byTicket(ticket)!;
  const before = h.sock.sent.length;
  expect(h.app.aggregator.ingest(a.id).ok).toBe(true);
  await h.app.host.idle();
  const sent = h.sock.sent.slice(before);
  expect(sent.map((m) => m.jid)).toEqual(hint ? [jid] : []);
  if (hint) expect(h.sock.textsTo(jid).at(-1)).toMatch(/^Usulan serupa sudah disampaikan/);
  return ticket;
}

describe("aggregator flows over WhatsApp", () => {
  it("sends the duplicate hint as a numbered question and merges on the answer 1", async () => {
    await register(U1, "Siti Aminah");
    await register(U2, "Budi Santoso");
    // Both filed before the first is aggregated (else the summary step offers it): the hint comes afterwards.
    const t1 = await file(U1, "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const t2 = await file(U2, "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar");
    await aggregate(U1, t1, false);
    await aggregate(U2, t2, true);
    const hint = h.sock.textsTo(U2).at(-1)!;
    expect(hint).toMatch(/Usulan serupa sudah disampaikan 1 warga di RW Bapak\/Ibu/);
    expect(hint).toMatch(/Balas dengan angka:\n1\. .+\n2\. .+/);
    expect(await say(U2, "1")).toMatch(/sudah digabung[\s\S]*didukung 2 warga/);
  });

  it("refuses /rekap to a resident and gives it to an LPMK member, with the Excel file as a WhatsApp document", async () => {
    await register(U1, "Siti Aminah");
    await fileAndAggregate(U1, "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar", false);
    expect(await say(U1, "/rekap")).toMatch(/hanya untuk pengurus yang berwenang/);

    await register(ADMIN, "Pak Harto", "1", "1");
    const recap = await say(ADMIN, "/rekap 3");
    expect(recap).toMatch(/Rekap aspirasi RW 03[\s\S]*Aspirasi masuk: 1/);
    expect(recap).toMatch(/Balas dengan angka:\n1\. /);
    await say(ADMIN, "1");
    await h.app.host.idle();
    const doc = h.sock.sent.find((s) => s.jid === ADMIN && "document" in s.content);
    expect(doc?.content).toMatchObject({ mimetype: expect.stringContaining("spreadsheet") });
    expect((doc?.content as { fileName: string }).fileName).toMatch(/^daftar-panjang-usulan-rw03-\d{8}-\d{4}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((doc!.content as { document: Buffer }).document as never);
    expect(wb.getWorksheet("RW 03")!.getRow(6).getCell(2).value).toMatch(/Got di Jl\. Mawar/);
  });
});
