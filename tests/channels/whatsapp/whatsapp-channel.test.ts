import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeWaTestApp, type WaTestApp } from "../../support/fake-baileys-app.js";
import { jpegWithGps } from "../../support/photos.js";
import { FakeChannel } from "../../../src/channels/fake/fake-channel.js";
import { closeError, wa } from "../../support/fake-baileys.js";

const PN = "6281234567890@s.whatsapp.net";
const LID = "204859876543210@lid";

/** Register over WhatsApp with typed answers; returns the last texts. */
async function register(h: WaTestApp, from: string, name = "Siti Aminah", alt?: string): Promise<string[]> {
  const to = alt && from.endsWith("@lid") ? alt : from;
  const o = alt ? { alt } : {};
  await h.receive(to, wa.text(from, "halo", o));
  await h.receive(to, wa.text(from, "1", o));
  await h.receive(to, wa.text(from, name, o));
  await h.receive(to, wa.text(from, "3", o));
  return h.receive(to, wa.text(from, "2", o));
}

describe("WhatsApp channel end to end (fake socket, real host, engine and SQLite)", () => {
  let h: WaTestApp;
  afterEach(async () => {
    await h?.close();
  });

  it("registers a resident and files an aspiration that gets a ticket, with numbered options", async () => {
    h = await makeWaTestApp();
    const welcome = await h.receive(PN, wa.text(PN, "halo"));
    const consent = welcome.at(-1)!;
    expect(consent).toContain("Balas dengan angka:\n1. Setuju\n2. Tidak setuju");
    const menu = await register(h, PN);
    expect(menu.join("\n")).toContain("Siti Aminah");
    expect(menu.at(-1)).toMatch(/Balas dengan angka:\n1\. Sampaikan aspirasi\n2\. Cek status aspirasi/);

    await h.receive(PN, wa.text(PN, "1"));
    await h.receive(PN, wa.text(PN, "2"));
    await h.receive(PN, wa.extendedText(PN, "Selokan di depan rumah mampet dan banjir setiap hujan"));
    await h.receive(PN, wa.text(PN, "Gang Melati dekat pos ronda"));
    const summary = await h.receive(PN, wa.text(PN, "1"));
    expect(summary.join("\n")).toContain("Gang Melati dekat pos ronda");
    const result = await h.receive(PN, wa.text(PN, "1"));
    const rows = h.app.store.db.prepare("SELECT ticket, rw, rt, category, channel FROM aspirations").all() as Array<{ ticket: string }>;
    expect(rows).toEqual([{ ticket: expect.stringMatching(/^ASP-[A-Z0-9]{4}$/), rw: 3, rt: 2, category: "drainase", channel: "whatsapp" }]);
    expect(result.join("\n")).toContain(`Nomor tiket: *${rows[0]!.ticket}*`);
    // Each of the 12 messages the resident sent got a read receipt, once.
    expect(h.sock.read.map((k) => k.remoteJid)).toEqual(Array.from({ length: 12 }, () => PN));
    expect(new Set(h.sock.read.map((k) => k.id)).size).toBe(12);
  });

  it("treats a LID chat and the phone number it belongs to as one resident", async () => {
    h = await makeWaTestApp();
    // First contact arrives LID-addressed with the phone number as remoteJidAlt: replies go to the phone JID.
    await register(h, LID, "Budi", PN);
    // Later the same person writes PN-addressed without any alternative.
    const status = await h.receive(PN, wa.text(PN, "/status"));
    expect(status.join("\n")).not.toContain("Selamat datang");
    const residents = h.app.store.db.prepare("SELECT count(*) AS n FROM residents").get() as { n: number };
    expect(residents.n).toBe(1);
    const ids = h.app.store.db.prepare("SELECT address FROM identities ORDER BY address").all();
    expect(ids).toEqual([{ address: LID }, { address: PN }]);
  });

  it("remembers a LID that first shows up next to a known phone number", async () => {
    h = await makeWaTestApp();
    await register(h, PN, "Dewi");
    await h.receive(PN, wa.text(PN, "menu", { alt: LID }));
    // Later the LID alone, with no mapping available: still the same resident.
    const replies = await h.receive(LID, wa.text(LID, "menu"));
    expect(replies.at(-1)).toContain("Sampaikan aspirasi");
    expect(h.app.store.db.prepare("SELECT count(*) AS n FROM residents").get()).toEqual({ n: 1 });
  });

  it("uses the library's LID mapping when a LID message comes without the phone number", async () => {
    h = await makeWaTestApp();
    await register(h, PN, "Rahmat");
    h.sock.lidToPn.set(LID, PN);
    const replies = await h.receive(PN, wa.text(LID, "menu"));
    expect(replies.at(-1)).toContain("Sampaikan aspirasi");
    const residents = h.app.store.db.prepare("SELECT count(*) AS n FROM residents").get() as { n: number };
    expect(residents.n).toBe(1);
  });

  it("downloads and stores an image sent with a caption", async () => {
    const jpeg = await jpegWithGps();
    const downloaded: string[] = [];
    h = await makeWaTestApp({
      download: async (m) => {
        downloaded.push(m.key.id!);
        return jpeg;
      },
    });
    await register(h, PN);
    await h.receive(PN, wa.text(PN, "1"));
    await h.receive(PN, wa.text(PN, "1"));
    await h.receive(PN, wa.text(PN, "Jalan berlubang besar di depan sekolah dasar"));
    await h.receive(PN, wa.text(PN, "Jl. Kenanga"));
    const replies = await h.receive(PN, wa.image(PN, "Lubangnya dalam", { id: "IMG42" }));
    expect(replies.join("\n")).toContain("Foto diterima");
    expect(downloaded).toEqual(["IMG42"]);
    await h.receive(PN, wa.text(PN, "1"));
    const row = h.app.store.db.prepare("SELECT photo_path FROM aspirations").get() as { photo_path: string };
    expect(row.photo_path).toMatch(/whatsapp/);
    expect(existsSync(path.join(h.dataDir, row.photo_path))).toBe(true);
  });

  it("handles a duplicate upsert once", async () => {
    h = await makeWaTestApp();
    await h.receive(PN, wa.text(PN, "halo", { id: "DUP1" }));
    const first = await h.receive(PN, wa.text(PN, "1", { id: "DUP2" }));
    expect(first.at(-1)).toContain("Siapa nama");
    const again = await h.receive(PN, wa.text(PN, "1", { id: "DUP2" }));
    expect(again).toEqual([]);
  });

  it("asks once per chat to resend an edited message, and does not process the edit", async () => {
    h = await makeWaTestApp();
    await h.receive(PN, wa.text(PN, "halo", { id: "E0" }));
    const edit = (id: string) => wa.raw(PN, { protocolMessage: { type: 14, key: { remoteJid: PN, id: "E0" }, editedMessage: { conversation: "1" } } }, { id });
    const first = await h.receive(PN, edit("E1"));
    expect(first).toEqual([h.app.i18n.t("id", "message-edited-not-processed")]);
    expect(await h.receive(PN, edit("E2"))).toEqual([]);
    // The consent question is still open: the edit ("1" = Setuju) was not taken as an answer.
    const id = h.app.store.residents.findByIdentity("whatsapp", PN)!.id;
    expect(h.app.store.sessions.get(id)).toMatchObject({ flow: "registrasi", step: "consent" });
  });

  it("answers a sticker politely and repeats the question", async () => {
    h = await makeWaTestApp();
    await h.receive(PN, wa.text(PN, "halo"));
    const replies = await h.receive(PN, wa.sticker(PN));
    expect(replies[0]).toContain("stiker");
    expect(replies.at(-1)).toContain("1. Setuju");
  });

  it("tells a group once to write directly and otherwise ignores it", async () => {
    h = await makeWaTestApp();
    const group = "120363025246125486@g.us";
    const first = await h.receive(group, wa.text(group, "halo bot", { participant: PN }));
    const second = await h.receive(group, wa.text(group, "halo lagi", { participant: PN }));
    expect(first).toHaveLength(1);
    expect(first[0]).toContain("pesan langsung");
    expect(second).toEqual([]);
    expect(h.app.store.db.prepare("SELECT count(*) AS n FROM residents").get()).toEqual({ n: 0 });
  });

  it("ignores its own messages, status broadcasts and upserts that are not notify", async () => {
    h = await makeWaTestApp();
    await h.receive(PN, wa.text(PN, "halo", { fromMe: true }));
    await h.receive(PN, wa.text("status@broadcast", "story", { participant: PN }));
    await h.sock.upsert([wa.text(PN, "dari riwayat")], "append");
    await h.app.host.idle();
    expect(h.sock.sent).toEqual([]);
    expect(h.app.store.db.prepare("SELECT count(*) AS n FROM inbound").get()).toEqual({ n: 0 });
  });

  it("answers a message WhatsApp queued while the socket was down (replayed as an append upsert)", async () => {
    h = await makeWaTestApp();
    const queued = { ...wa.text(PN, "halo"), messageTimestamp: Math.floor(h.clock.now() / 1000) - 600 };
    await h.sock.upsert([queued], "append");
    await h.app.host.idle();
    expect(h.sock.textsTo(PN).join("\n")).toContain("Selamat datang");
  });

  it("holds messages while WhatsApp is not connected, without counting failed attempts, and sends them on connect", async () => {
    h = await makeWaTestApp({ open: false });
    h.app.store.outbound.add("whatsapp", PN, { text: "Balasan yang tertunda" }, "reply", h.clock.now());
    h.app.host.delivery.flushAll();
    await h.app.host.idle();
    expect(h.sock.sent).toEqual([]);
    expect(h.app.store.db.prepare("SELECT status, attempts FROM outbound").get()).toEqual({ status: "pending", attempts: 0 });
    await h.sock.open();
    await h.app.host.idle();
    expect(h.sock.textsTo(PN)).toEqual(["Balasan yang tertunda"]);
    expect(h.app.store.db.prepare("SELECT status FROM outbound").get()).toEqual({ status: "sent" });
  });

  it("keeps the other channels working while WhatsApp cannot connect", async () => {
    h = await makeWaTestApp({ open: false });
    await h.sock.close(408);
    h.clock.advance(h.clock.pending()[0]!);
    await h.sock.close(408);
    expect(h.wa.status()).toMatchObject({ state: "reconnecting", attempt: 2 });
    const other = new FakeChannel();
    h.app.host.addChannel(other);
    await other.start(h.app.host);
    await other.say("tg-1", "halo");
    await h.app.host.idle();
    expect(other.sentTo("tg-1").at(-1)?.options?.map((o) => o.label)).toEqual(["Setuju", "Tidak setuju"]);
  });

  it("retries a send that failed on the socket", async () => {
    h = await makeWaTestApp();
    h.sock.failSends = closeError(503, "Connection Closed");
    await h.receive(PN, wa.text(PN, "halo"));
    const row = h.app.store.db.prepare("SELECT status, attempts FROM outbound ORDER BY id LIMIT 1").get() as { status: string; attempts: number };
    expect(row).toEqual({ status: "pending", attempts: 1 });
  });

  it("waits after WhatsApp's rate-overlimit without counting a failed attempt", async () => {
    h = await makeWaTestApp();
    h.sock.failSends = closeError(429, "rate-overlimit");
    await h.receive(PN, wa.text(PN, "halo"));
    const row = h.app.store.db.prepare("SELECT status, attempts FROM outbound ORDER BY id LIMIT 1").get() as { status: string; attempts: number };
    expect(row).toEqual({ status: "pending", attempts: 0 });
    expect(h.app.host.delivery.retriesWaiting).toBe(1);
  });

  it("paces notifications through the shared gate while replies go at once", async () => {
    h = await makeWaTestApp({ env: { WHATSAPP_MIN_DELAY_MS: "60000", WHATSAPP_MAX_DELAY_MS: "60000" } });
    const store = h.app.store;
    const now = h.clock.now();
    const a = "6281111111111@s.whatsapp.net";
    const b = "6282222222222@s.whatsapp.net";
    store.outbound.add("whatsapp", a, { text: "Status aspirasi berubah" }, "notification", now);
    store.outbound.add("whatsapp", b, { text: "Status aspirasi berubah" }, "notification", now);
    h.app.host.delivery.flushAll();
    await h.app.host.idle();
    const sentNotifications = h.sock.sent.filter((s) => s.jid === a || s.jid === b);
    expect(sentNotifications).toHaveLength(1);
    const waiting = store.db.prepare("SELECT attempts FROM outbound WHERE status = 'pending'").all();
    expect(waiting).toEqual([{ attempts: 0 }]);
    // A reply to someone in a conversation is not held back by the gate.
    const replies = await h.receive(PN, wa.text(PN, "halo"));
    expect(replies.at(-1)).toContain("Balas dengan angka:\n1. Setuju\n2. Tidak setuju");
    expect(h.sock.sent.filter((s) => s.jid === PN)).toHaveLength(replies.length);
  });

  it("does not hold a resident's replies behind their own paced notification", async () => {
    h = await makeWaTestApp({ env: { WHATSAPP_HOURLY_CAP: "1" } });
    // Another paced message went out a minute ago: the hourly cap of 1 is used up.
    h.app.store.db.prepare("INSERT INTO wa_paced_sends (at) VALUES (?)").run(h.clock.now() - 60_000);
    h.app.store.outbound.add("whatsapp", PN, { text: "Pemberitahuan kedua" }, "notification", h.clock.now());
    h.app.host.delivery.flushAll();
    await h.app.host.idle();
    // The notification to PN waits for the cap; the conversation does not.
    const replies = await h.receive(PN, wa.text(PN, "halo"));
    expect(replies.at(-1)).toContain("1. Setuju");
    expect(h.sock.textsTo(PN)).not.toContain("Pemberitahuan kedua");
    const waiting = h.app.store.db.prepare("SELECT kind, attempts FROM outbound WHERE status = 'pending'").all();
    expect(waiting).toEqual([{ kind: "notification", attempts: 0 }]);
  });

  it("keeps one wake-up timer per address however often the outbox is polled while a notification waits", async () => {
    h = await makeWaTestApp({ env: { WHATSAPP_HOURLY_CAP: "1" } });
    h.app.store.db.prepare("INSERT INTO wa_paced_sends (at) VALUES (?)").run(h.clock.now() - 60_000);
    h.app.store.outbound.add("whatsapp", PN, { text: "Pemberitahuan" }, "notification", h.clock.now());
    for (let i = 0; i < 10; i++) {
      h.app.host.delivery.flushAll();
      await h.app.host.idle();
    }
    expect(h.app.host.delivery.retriesWaiting).toBe(1);
    expect(h.sock.textsTo(PN)).toEqual([]);
  });

  it("sends a document as a document", async () => {
    h = await makeWaTestApp();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(h.dataDir, "rekap.csv"), "rw,usulan\n3,Drainase\n");
    const res = await h.wa.send(PN, { text: "Rekap RW 03", document: { path: "rekap.csv", filename: "rekap-rw03.csv", mime: "text/csv" } }, { kind: "reply" });
    expect(res.ok).toBe(true);
    const doc = h.sock.sent.find((s) => "document" in s.content)!;
    expect(doc.content).toMatchObject({ fileName: "rekap-rw03.csv", mimetype: "text/csv" });
    expect(Buffer.from((doc.content as { document: Buffer }).document).toString()).toContain("Drainase");
  });

  it("journals the rest of the batch in hand when it is stopped (WhatsApp has already acknowledged it)", async () => {
    h = await makeWaTestApp();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    h.sock.readMessages = () => held;
    const batch = h.sock.upsert([wa.text(PN, "halo"), wa.text("6281298765432@s.whatsapp.net", "halo")]);
    // The first message is journaled and its read receipt is in flight when the shutdown begins.
    await new Promise((r) => setImmediate(r));
    const stopped = h.wa.stop();
    release();
    await Promise.all([batch, stopped]);
    expect(h.app.store.db.prepare("SELECT count(*) AS n FROM inbound").get()).toEqual({ n: 2 });
  });

  it("remembers what it sent so Baileys can answer retry requests (getMessage)", async () => {
    h = await makeWaTestApp();
    await h.receive(PN, wa.text(PN, "halo"));
    const sent = h.sock.sent[0]!;
    const got = await h.sock.input.getMessage(sent.key);
    expect(got?.conversation).toContain("Selamat datang");
    expect(await h.sock.input.getMessage({ remoteJid: PN, id: "UNKNOWN" })).toBeUndefined();
  });

  it("forgets what it sent after a week while it keeps running", async () => {
    h = await makeWaTestApp();
    await h.receive(PN, wa.text(PN, "halo"));
    const first = h.sock.sent[0]!;
    h.clock.advance(8 * 24 * 3_600_000);
    await h.wa.send(PN, { text: "Pengingat" }, { kind: "reply" });
    expect(await h.sock.input.getMessage(first.key)).toBeUndefined();
    expect((await h.sock.input.getMessage(h.sock.sent.at(-1)!.key))?.conversation).toBe("Pengingat");
  });
});
