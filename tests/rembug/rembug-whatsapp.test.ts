/** The rembug RT over WhatsApp (fake Baileys socket): numbered lists instead of buttons, the PDF as a document. */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeWaTestApp, type WaTestApp } from "../support/fake-baileys-app.js";
import { wa } from "../support/fake-baileys.js";

const U1 = "6281100000002@s.whatsapp.net";
const HEAD = "6281100000009@s.whatsapp.net";
let h: WaTestApp;
beforeEach(async () => {
  h = await makeWaTestApp();
});
afterEach(async () => {
  await h.close();
});

const say = async (jid: string, text: string) => (await h.receive(jid, wa.text(jid, text))).join("\n");
async function register(jid: string, name: string): Promise<void> {
  for (const text of ["halo", "1", name, "3", "2"]) await say(jid, text);
}

describe("rembug RT over WhatsApp", () => {
  it("shows the candidates and every choice as a numbered list, takes numbers, and sends the PDF", async () => {
    await register(U1, "Siti Aminah");
    const tickets: string[] = [];
    for (const [cat, desc, loc] of [
      ["2", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar"],
      ["1", "Jalan di Gang Kenari berlubang besar dan berbahaya", "Gang Kenari"],
    ]) {
      await say(U1, "/aspirasi");
      await say(U1, cat!);
      await say(U1, desc!);
      await say(U1, loc!);
      await say(U1, "1");
      const ticket = /ASP-\w{4}/.exec(await say(U1, "1"))![0];
      tickets.push(ticket);
      h.app.aggregator.ingest(h.app.store.aspirations.byTicket(ticket)!.id);
      await h.app.host.idle();
    }
    h.app.store.db.prepare(`INSERT INTO cycles (name, opened_at) VALUES ('Musrenbang 2027', 1)`).run();
    await register(HEAD, "Pak Harto");
    h.app.store.roles.grant(h.app.store.residents.findByIdentity("whatsapp", HEAD)!.id, { role: "ketua_rt", rw: 3, rt: 2 }, "test");

    const list = await say(HEAD, "/rembug");
    expect(list).toMatch(new RegExp(`Balas dengan angka:\\n1\\. ${tickets[0]} Drainase[^\\n]*\\n2\\. ${tickets[1]} Jalan`));
    expect(await say(HEAD, "2,1")).toMatch(new RegExp(`1\\. ${tickets[1]}[\\s\\S]*2\\. ${tickets[0]}[\\s\\S]*1\\. Tambah usulan rapat\\n2\\. Lanjut`));
    const funding = await say(HEAD, "2");
    expect(funding).toMatch(/Sumber dana[\s\S]*1\. Swadaya\n2\. APBD\n3\. CSR\n4\. Dana pusat\n5\. Lainnya/);
    await say(HEAD, "2");
    await say(HEAD, "150 m");
    await say(HEAD, "25 jt");
    await say(HEAD, "3");
    await say(HEAD, "lewati");
    await say(HEAD, "1");
    await say(HEAD, "20");
    for (let i = 0; i < 4; i++) await say(HEAD, "lewati");
    const summary = await say(HEAD, "1");
    expect(summary).toMatch(/Ringkasan rembug RT 02 \/ RW 03[\s\S]*1\. Konfirmasi\n2\. Ubah\n3\. Batal/);
    await say(HEAD, "1");
    await h.app.host.idle();
    const doc = h.sock.sent.find((s) => s.jid === HEAD && "document" in s.content);
    expect(doc?.content).toMatchObject({ mimetype: "application/pdf", fileName: "berita-acara-rembug-rt03-02-v1.pdf" });
    const file = path.join(h.dataDir, "wa.pdf");
    writeFileSync(file, (doc!.content as { document: Buffer }).document);
    const body = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(body).toMatch(new RegExp(`1\\s+${tickets[1]} · Jalan`));
    expect(body).toMatch(new RegExp(`2\\s+${tickets[0]} · Drainase`));
  });
});
