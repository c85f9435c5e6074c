/**
 * A PDF as the attachment of a sosialisasi over WhatsApp on the fake Baileys socket: a documentMessage at the
 * attachment step is downloaded, stored by hash and named in the preview, and recipients get it as a document.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { WAMessage } from "@whiskeysockets/baileys";
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { wa } from "../support/fake-baileys.js";
import { makeWaTestApp, type WaTestApp } from "../support/fake-baileys-app.js";
import { jpegWithGps } from "../support/photos.js";
import { seedResidents } from "./seed.js";

const ADMIN = "6281200000100@s.whatsapp.net";
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);
let h: WaTestApp;
let p: Pipeline | undefined;
afterEach(async () => {
  await p?.stop();
  p = undefined;
  await h?.close();
});

describe("a PDF attached to a sosialisasi on WhatsApp", () => {
  it("accepts a documentMessage at the attachment step and sends it on as a document", async () => {
    const downloaded: WAMessage[] = [];
    h = await makeWaTestApp({
      env: { LPMK_ADMINS: `whatsapp:${ADMIN}`, WHATSAPP_MIN_DELAY_MS: "1000", WHATSAPP_MAX_DELAY_MS: "1000" },
      download: async (m) => {
        downloaded.push(m);
        return PDF;
      },
    });
    const now = Date.now();
    seedResidents(h.app.store, "whatsapp", 1, { rws: [1], address: () => ADMIN, now });
    const people = seedResidents(h.app.store, "whatsapp", 2, { rws: [3], address: (i) => `62813000001${10 + i}@s.whatsapp.net`, now });
    const say = async (text: string) => (await h.receive(ADMIN, wa.text(ADMIN, text))).join("\n");
    await say("/umumkan");
    await say("Sosialisasi / informasi");
    await say("Warga RW tertentu");
    await say("3");
    expect(await say("Kerja bakti membersihkan saluran air hari Minggu pagi.")).toContain(h.app.i18n.t("id", "umumkan-poster-prompt"));

    const doc = wa.raw(ADMIN, { documentMessage: { fileName: "denah-kerja-bakti.pdf", mimetype: "application/pdf", fileLength: PDF.length } });
    const after = (await h.receive(ADMIN, doc)).join("\n");
    expect(after).toContain(h.app.i18n.t("id", "umumkan-link-prompt"));
    expect(downloaded).toHaveLength(1);
    expect(downloaded[0]!.message?.documentMessage?.fileName).toBe("denah-kerja-bakti.pdf");
    const month = path.join(h.dataDir, "documents", String(new Date(h.clock.now()).getUTCFullYear()));
    expect(readdirSync(month, { recursive: true }).some((f) => /whatsapp-[0-9a-f]{16}\.pdf$/.test(String(f)))).toBe(true);

    await say("Lewati");
    expect(await say("Sekarang")).toContain("Lampiran: denah-kerja-bakti.pdf (PDF)");
    p = await startAppPipeline(h.app, "all");
    await say("Kirim");
    expect(await p.settle(10_000)).toBe(true);
    const docsTo = (jid: string) => h.sock.sent.filter((s) => s.jid === jid && "document" in s.content).map((s) => s.content as { document: Buffer; fileName: string; mimetype: string });
    for (let i = 0; i < 20 && !people.every((r) => docsTo(r.address).length > 0); i++) {
      h.clock.advance(10_000);
      h.app.host.delivery.flushAll();
      await h.app.host.idle();
    }
    for (const r of people) {
      const got = docsTo(r.address);
      expect(got).toHaveLength(1);
      expect(got[0]!.fileName).toBe("denah-kerja-bakti.pdf");
      expect(got[0]!.mimetype).toBe("application/pdf");
      expect(Buffer.from(got[0]!.document).equals(PDF)).toBe(true);
    }
  }, 40_000);
});

describe("a picture sent as a file on WhatsApp", () => {
  it("is taken as the poster photo at the attachment step, not refused as 'not a PDF'", async () => {
    const jpeg = await jpegWithGps();
    h = await makeWaTestApp({ env: { LPMK_ADMINS: `whatsapp:${ADMIN}` }, download: async () => jpeg });
    seedResidents(h.app.store, "whatsapp", 1, { rws: [1], address: () => ADMIN, now: Date.now() });
    seedResidents(h.app.store, "whatsapp", 2, { rws: [3], address: (i) => `62813000002${10 + i}@s.whatsapp.net`, now: Date.now() });
    const say = async (text: string) => (await h.receive(ADMIN, wa.text(ADMIN, text))).join("\n");
    for (const t of ["/umumkan", "Sosialisasi / informasi", "Warga RW tertentu", "3", "Kerja bakti membersihkan saluran air hari Minggu pagi."]) await say(t);
    const file = wa.raw(ADMIN, { documentMessage: { fileName: "IMG-20261201-WA0007.jpg", mimetype: "image/jpeg", fileLength: jpeg.length } });
    const after = (await h.receive(ADMIN, file)).join("\n");
    expect(after).not.toContain(h.app.i18n.t("id", "input-document-not-pdf"));
    expect(after).toContain(h.app.i18n.t("id", "umumkan-link-prompt"));
    // Stored as a photo (re-encoded, without EXIF), not as a document.
    expect(readdirSync(path.join(h.dataDir, "photos"), { recursive: true }).filter((f) => String(f).endsWith(".jpg"))).toHaveLength(1);
  }, 40_000);
});
