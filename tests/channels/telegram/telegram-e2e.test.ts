/** End to end over Telegram: real grammY polls the fake Bot API; the real host, engine, flows and SQLite file answer. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { exifIfd0Tags, jpegWithGps } from "../../support/photos.js";
import { lastOf, plain, register, text } from "../contract/channel-contract.js";
import { htmlToPlain, makeTelegramHarness, replyOf, type TelegramHarness } from "../../support/telegram-harness.js";

// A real JPEG with EXIF (phone model, GPS): photos are checked by their bytes and stored re-encoded without it.
let JPEG: Buffer;
beforeAll(async () => {
  JPEG = await jpegWithGps();
});

describe("Telegram end to end", () => {
  let h: TelegramHarness;
  const t = (key: string, args?: Record<string, string>) => plain(h.t("id", key, args));

  beforeEach(async () => {
    h = await makeTelegramHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("registers a resident and files an aspiration with a photo and a location pin, then shows its status", async () => {
    await register(h, "1001");
    await h.send("1001", text("/aspirasi"));
    await h.send("1001", text("4"));
    await h.send("1001", text("Air PAM tidak mengalir sudah tiga hari di RT kami"));
    const afterPin = await h.send("1001", { kind: "location", lat: -6.98765, lon: 110.41234 });
    expect(lastOf(afterPin).text).toBe(t("aspirasi-photo"));
    const afterPhoto = await h.send("1001", { kind: "photo", data: JPEG, caption: "kran kering" });
    expect(afterPhoto[0]?.text.startsWith(t("aspirasi-photo-received"))).toBe(true);
    const result = await h.send("1001", text("Kirim"));
    const ticket = /ASP-[A-Z0-9]{4}/.exec(result.map((r) => r.text).join("\n"))?.[0];
    expect(ticket).toBeDefined();

    const row = h.store.db.prepare("SELECT ticket, category, lat, lon, photo_path FROM aspirations").get() as Record<string, unknown>;
    expect(row).toMatchObject({ ticket, category: "air-bersih", lat: -6.98765, lon: 110.41234 });
    const stored = path.join(h.dataDir, String(row.photo_path));
    expect(readFileSync(stored).subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
    expect(await exifIfd0Tags(readFileSync(stored))).toEqual([]);

    const list = await h.send("1001", text("/status"));
    expect(list[0]?.text).toContain(ticket!);
    const detail = await h.send("1001", text(`/status@rembug_test_bot ${ticket!.toLowerCase()}`));
    expect(detail[0]?.text).toContain("Air PAM tidak mengalir");
  });

  it("answers the button press, removes the keyboard and shows the choice on the pressed message", async () => {
    const consent = lastOf(await h.send("1002", text("halo")));
    await h.press("1002", consent, "Setuju");
    const { chatId, messageId } = consent.ref as { chatId: number; messageId: number };
    await h.server.waitFor(() => h.server.callsOf("editMessageText", chatId).length === 1, "the pressed message to be edited");
    expect(h.server.callsOf("answerCallbackQuery")).toHaveLength(1);
    const edited = h.server.message(chatId, messageId);
    expect(edited?.reply_markup).toBeUndefined();
    expect(edited?.text).toContain(`${consent.text}\n\n${t("telegram-chosen", { label: "Setuju" })}`);
  });

  it("shows the choice on the pressed message even when the next question goes out before the press is answered", async () => {
    const menu = await register(h, "1010");
    h.server.failNext("answerCallbackQuery", { kind: "429", retryAfter: 1 });
    const label = t("menu-aspirasi");
    const next = await h.press("1010", menu, label);
    expect(lastOf(next).options.length).toBeGreaterThan(0);
    const { chatId, messageId } = menu.ref as { chatId: number; messageId: number };
    await h.server.waitFor(() => h.server.callsOf("editMessageText", chatId).length === 1, "the pressed message to be edited");
    expect(h.server.message(chatId, messageId)?.text).toContain(t("telegram-chosen", { label }));
  });

  it("retries a send that got 429 and delivers it once", async () => {
    h.server.failNext("sendMessage", { kind: "429", retryAfter: 1 }, 1, 1003);
    await h.send("1003", text("halo"));
    const replies = (await h.server.waitForMessages(1003, 1)).map(replyOf);
    await h.app.host.idle();
    expect(lastOf(replies).options).toEqual(["Setuju", "Tidak setuju"]);
    expect(h.server.calls.filter((c) => c.method === "sendMessage" && c.fault?.kind === "429")).toHaveLength(1);
    // The welcome and the consent question go out as one message (replies of one turn are merged).
    expect(h.server.messagesTo(1003)).toHaveLength(1);
  });

  it("waits out a long retry_after without counting it as a failed attempt", async () => {
    h.server.failNext("sendMessage", { kind: "429", retryAfter: 120 }, 1, 1004);
    await h.send("1004", text("halo"));
    const rows = h.store.db.prepare("SELECT status, attempts FROM outbound ORDER BY id").all() as Array<Record<string, unknown>>;
    expect(rows[0]).toMatchObject({ status: "pending", attempts: 0 });
    expect(h.app.host.delivery.retriesWaiting).toBe(1);
  });

  it("retries a send that got a 5xx and delivers it", async () => {
    h.server.failNext("sendMessage", { kind: "5xx", status: 502 }, 1, 1005);
    await h.send("1005", text("halo"));
    const replies = (await h.server.waitForMessages(1005, 1)).map(replyOf);
    expect(lastOf(replies).options).toEqual(["Setuju", "Tidak setuju"]);
    expect(h.server.calls.filter((c) => c.fault?.kind === "5xx")).toHaveLength(1);
  });

  it("retries a send after a network failure", async () => {
    h.server.failNext("sendMessage", { kind: "drop" }, 1, 1006);
    await h.send("1006", text("halo"));
    await h.server.waitForMessages(1006, 1);
    await h.app.host.idle();
    const sent = h.store.db.prepare("SELECT count(*) AS n FROM outbound WHERE status = 'sent'").get() as { n: number };
    expect(sent.n).toBe(1);
    expect(h.server.messagesTo(1006)).toHaveLength(1);
  });

  it("marks the identity unreachable when the user blocked the bot, and reachable again when they write", async () => {
    h.server.failNext("sendMessage", { kind: "403" }, 5, 1007);
    await h.send("1007", text("halo"));
    // Before consent the identity holds only a keyed hash of the chat id.
    const unreachable = () =>
      (h.store.db.prepare("SELECT unreachable_at FROM identities WHERE address = ?").get(h.store.addressKey("telegram", "1007")) as { unreachable_at: number | null })
        .unreachable_at;
    expect(unreachable()).not.toBeNull();
    const failed = h.store.db.prepare("SELECT status FROM outbound").all();
    expect(failed.every((r) => (r as { status: string }).status === "failed")).toBe(true);
    h.server.clearFaults();
    await h.send("1007", text("halo"));
    expect(unreachable()).toBeNull();
  });

  it("handles an update redelivered after a lost confirmation once", async () => {
    await h.send("1008", text("halo"));
    const id = h.server.text(1008, "1");
    await h.handled(id);
    const before = h.server.messagesTo(1008).length;
    // The bot restarts before Telegram learned the offset; Telegram sends the update again.
    await h.restartChannel();
    h.server.redeliver(id);
    await h.server.waitFor(() => !h.server.unconfirmed.includes(id), "the redelivered update to be confirmed");
    await h.app.host.idle();
    expect(h.server.messagesTo(1008).length).toBe(before);
    const n = h.store.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'consent.given'").get() as { n: number };
    expect(n.n).toBe(1);
  });

  it("continues a conversation at the same step with the answers kept after a restart", async () => {
    await h.send("1009", text("halo"));
    await h.send("1009", text("1"));
    const rwQuestion = await h.send("1009", text("Dewi Lestari"));
    expect(lastOf(rwQuestion).text).toContain("Dewi Lestari");
    await h.restart();
    const rt = await h.send("1009", text("3"));
    expect(lastOf(rt).text).toContain("RW 03");
    const done = await h.send("1009", text("1"));
    expect(done[0]?.text).toContain("Dewi Lestari (RT 01 / RW 03)");
  });

  it("sends after a restart a reply that was decided but not sent before the crash", async () => {
    await h.send("1010", text("halo"));
    h.server.failNext("sendMessage", { kind: "drop" }, 100, 1010);
    const id = h.server.text(1010, "1");
    await h.handled(id);
    const pending = h.store.db.prepare("SELECT count(*) AS n FROM outbound WHERE status = 'pending'").get() as { n: number };
    expect(pending.n).toBe(1);
    const before = h.server.messagesTo(1010).length;
    await h.restart(() => h.server.clearFaults());
    await h.app.host.idle();
    await h.server.waitForMessages(1010, before + 1);
    await h.app.host.idle();
    const after = h.server.messagesTo(1010).slice(before).map(replyOf);
    expect(after.map((r) => r.text)).toEqual([t("registrasi-name")]);
  });

  it("keeps polling through getUpdates failures", async () => {
    h.server.failNext("getUpdates", { kind: "5xx" }, 2);
    h.server.failNext("getUpdates", { kind: "drop" }, 1);
    h.server.failNext("getUpdates", { kind: "429", retryAfter: 0 }, 1);
    // The long poll already open answers this one; the polls after it meet the injected failures.
    await h.send("1011", text("halo"));
    await h.server.waitFor(() => h.server.calls.filter((c) => c.method === "getUpdates" && c.fault).length === 4, "four failed polls");
    const replies = await h.send("1011", text("1"));
    expect(lastOf(replies).text).toBe(t("registrasi-name"));
  });

  it("tells a group once that the bot works in private chats, and stores nothing", async () => {
    const a = h.server.groupText(-100500, 1012, "halo bot");
    const b = h.server.groupText(-100500, 1013, "/aspirasi");
    await h.server.waitFor(() => !h.server.unconfirmed.includes(a) && !h.server.unconfirmed.includes(b), "group updates to be confirmed");
    await h.server.waitForMessages(-100500, 1);
    await h.channel.stop();
    const group = h.server.messagesTo(-100500).map(replyOf);
    expect(group.map((r) => r.text)).toEqual([t("telegram-private-only")]);
    const residents = h.store.db.prepare("SELECT count(*) AS n FROM residents").get() as { n: number };
    expect(residents.n).toBe(0);
  });

  it("asks once per chat to resend an edited message, and does not process the edit", async () => {
    await h.send("1014", text("halo"));
    const first = await h.deliver(1014, () => h.server.editedText(1014, 1, "1"));
    expect(first.map((r) => r.text)).toEqual([t("message-edited-not-processed")]);
    expect(await h.deliver(1014, () => h.server.editedText(1014, 1, "2"))).toEqual([]);
    const id = h.store.residents.findByIdentity("telegram", "1014")!.id;
    expect(h.store.sessions.get(id)).toMatchObject({ flow: "registrasi", step: "consent" });
    // "Told once" is remembered without the chat's address.
    expect(JSON.stringify(h.store.db.prepare("SELECT * FROM edit_notices").all())).not.toContain("1014");
  });

  it("asks again for a photo when the download fails", async () => {
    await register(h, "1015");
    await h.send("1015", text("/aspirasi"));
    await h.send("1015", text("1"));
    await h.send("1015", text("Jalan rusak parah di ujung gang buntu"));
    await h.send("1015", text("Gang Buntu"));
    h.server.failNext("getFile", { kind: "400", description: "Bad Request: file is too big" });
    const replies = await h.send("1015", { kind: "photo", data: JPEG });
    expect(replies[0]?.text.startsWith(t("input-photo-failed"))).toBe(true);
  });
});

describe("Telegram send", () => {
  let h: TelegramHarness;
  beforeEach(async () => {
    h = await makeTelegramHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("splits a long text into several messages under 4096 characters", async () => {
    const text = Array.from({ length: 150 }, (_, i) => `Baris ${i}: ${"data ".repeat(12).trim()}`).join("\n");
    const res = await h.channel.send("2001", { text });
    expect(res.ok).toBe(true);
    const sent = h.server.messagesTo(2001).map((c) => htmlToPlain(String(c.params.text)));
    expect(sent.length).toBeGreaterThan(1);
    for (const s of sent) expect(s.length).toBeLessThan(4096);
    expect(sent.join("\n")).toBe(text);
  });

  it("sends a document as a multipart upload with its caption", async () => {
    mkdirSync(path.join(h.dataDir, "exports"), { recursive: true });
    const csv = "\uFEFFno,usulan\n1,Perbaikan jalan\n";
    writeFileSync(path.join(h.dataDir, "exports", "rekap.csv"), csv);
    const res = await h.channel.send("2002", {
      text: "",
      document: { path: "exports/rekap.csv", filename: "rekap-rw01.csv", mime: "text/csv", caption: "Rekap RW 01" },
    });
    expect(res.ok).toBe(true);
    const [call] = h.server.callsOf("sendDocument", 2002);
    expect(call?.params.caption).toBe("Rekap RW 01");
    const file = Object.values(call?.files ?? {})[0];
    expect(file?.filename).toBe("rekap-rw01.csv");
    expect(file?.data.toString("utf8")).toBe(csv);
  });

  it("sends a caption longer than Telegram allows as a text message after the document", async () => {
    writeFileSync(path.join(h.dataDir, "berita-acara.txt"), "isi");
    const caption = `Berita acara rembug RT 02\n${"peserta ".repeat(200)}`;
    const res = await h.channel.send("2005", { text: "", document: { path: "berita-acara.txt", filename: "ba.txt", mime: "text/plain", caption } });
    expect(res.ok).toBe(true);
    const sent = h.server.messagesTo(2005);
    expect(sent.map((c) => c.method)).toEqual(["sendDocument", "sendMessage"]);
    expect(sent[0]?.params.caption).toBeUndefined();
    expect(htmlToPlain(String(sent[1]?.params.text))).toBe(caption);
  });

  it("reports a missing document file as a failure instead of throwing", async () => {
    const res = await h.channel.send("2003", { text: "", document: { path: "nope.csv", filename: "n.csv", mime: "text/csv" } });
    expect(res).toMatchObject({ ok: false, permanent: false });
  });

  it("maps 400 chat not found to a permanent failure and an unknown 400 to a transient one", async () => {
    h.server.failNext("sendMessage", { kind: "400", description: "Bad Request: chat not found" });
    expect(await h.channel.send("2004", { text: "halo" })).toMatchObject({ ok: false, permanent: true });
    h.server.failNext("sendMessage", { kind: "400", description: "Bad Request: can't parse entities" });
    expect(await h.channel.send("2004", { text: "halo" })).toMatchObject({ ok: false, permanent: false });
  });

  it("downloads a photo with its extension", async () => {
    const f = h.server.addFile(JPEG, "jpg");
    const media = await h.channel.downloadMedia(f.fileId);
    expect(media.ext).toBe("jpg");
    expect(media.mime).toBe("image/jpeg");
    expect(media.data.equals(JPEG)).toBe(true);
    expect(existsSync(h.dataDir)).toBe(true);
  });
});
