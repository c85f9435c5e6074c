/** A message Telegram gets in several parts resumes after the parts already delivered: real Delivery, real adapter, fake Bot API. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Fault } from "../../support/fake-bot-api.js";
import { htmlToPlain, makeTelegramHarness, type TelegramHarness } from "../../support/telegram-harness.js";

const LONG = Array.from({ length: 150 }, (_, i) => `Baris ${i}: ${"data ".repeat(12).trim()}`).join("\n");

describe("Telegram multi-part sends after a failure", () => {
  let h: TelegramHarness;
  const clock = { now: Date.now() };

  beforeEach(async () => {
    clock.now = Date.now();
    h = await makeTelegramHarness({ clock });
  });
  afterEach(async () => {
    await h.close();
  });

  /** Make the `n`-th sendMessage to `chatId` (counting from now, 1-based) fail once with `fault`. */
  function failNthSendMessage(chatId: number, n: number, fault: Fault): void {
    let seen = 0;
    h.server.onCall = (call) => {
      if (call.method !== "sendMessage" || call.fault || Number(call.params.chat_id) !== chatId) return;
      if (++seen === n - 1) h.server.failNext("sendMessage", fault, 1, chatId);
    };
  }

  const row = () =>
    h.store.db.prepare("SELECT status, attempts, parts_sent FROM outbound ORDER BY id DESC LIMIT 1").get() as {
      status: string;
      attempts: number;
      parts_sent: number;
    };
  /** Wait until the outbound row is sent (the row changes after the last Bot API call, so the server cannot tell). */
  async function sent(): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (row().status !== "sent") {
      if (Date.now() > deadline) throw new Error(`outbound row still ${JSON.stringify(row())}`);
      // Retries wait on the app's clock: move it on.
      clock.now += 1_000;
      h.app.host.delivery.flushAll();
      await new Promise((r) => setTimeout(r, 5));
    }
    await h.app.host.idle();
  }
  const textsTo = (chatId: number) => h.server.callsOf("sendMessage", chatId).map((c) => htmlToPlain(String(c.params.text)));

  it("delivers each part of a long text exactly once when the second part fails once on the network", async () => {
    failNthSendMessage(3001, 2, { kind: "drop" });
    h.store.outbound.add("telegram", "3001", { text: LONG }, "reply", Date.now());
    h.app.host.delivery.flush("telegram", "3001");
    await sent();

    const texts = textsTo(3001);
    expect(texts.length).toBeGreaterThan(2);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.join("\n")).toBe(LONG);
    expect(h.server.calls.filter((c) => c.fault?.kind === "drop")).toHaveLength(1);
    expect(row()).toEqual({ status: "sent", attempts: 2, parts_sent: texts.length - 1 });
  });

  it("records each delivered part at once, so a crash in the middle resends only the parts still missing", async () => {
    const seen: number[] = [];
    h.server.onCall = (call) => {
      // When Telegram receives part n, the outbox already knows the n - 1 parts before it.
      if (call.method === "sendMessage" && Number(call.params.chat_id) === 3004) seen.push(row().parts_sent);
    };
    h.store.outbound.add("telegram", "3004", { text: LONG }, "notification", clock.now);
    h.app.host.delivery.flush("telegram", "3004");
    await sent();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.slice(0, -1)).toEqual(seen.slice(0, -1).map((_, i) => i));
  });

  it("keeps the parts already delivered while a long rate limit is waited out, then sends only the rest", async () => {
    failNthSendMessage(3002, 2, { kind: "429", retryAfter: 120 });
    h.store.outbound.add("telegram", "3002", { text: LONG }, "notification", clock.now);
    h.app.host.delivery.flush("telegram", "3002");
    await h.app.host.idle();
    // A rate limit is a wait, not a failed attempt.
    expect(row()).toEqual({ status: "pending", attempts: 0, parts_sent: 1 });
    expect(textsTo(3002)).toHaveLength(1);
    h.app.host.delivery.flush("telegram", "3002");
    await h.app.host.idle();
    expect(textsTo(3002)).toHaveLength(1);

    // The retry time comes (the clock moved forward instead of waiting two minutes).
    clock.now += 120_001;
    h.app.host.delivery.flush("telegram", "3002");
    await h.app.host.idle();
    const texts = textsTo(3002);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.join("\n")).toBe(LONG);
    expect(row().status).toBe("sent");
  });

  it("does not upload the document again when the text after it failed", async () => {
    writeFileSync(path.join(h.dataDir, "berita-acara.txt"), "isi");
    const caption = `Berita acara rembug RT 02\n${"peserta ".repeat(200)}`;
    h.server.failNext("sendMessage", { kind: "drop" }, 1, 3003);
    h.store.outbound.add(
      "telegram",
      "3003",
      { text: "", document: { path: "berita-acara.txt", filename: "ba.txt", mime: "text/plain", caption } },
      "reply",
      Date.now(),
    );
    h.app.host.delivery.flush("telegram", "3003");
    await sent();

    expect(h.server.messagesTo(3003).map((c) => c.method)).toEqual(["sendDocument", "sendMessage"]);
    expect(htmlToPlain(String(h.server.messagesTo(3003)[1]?.params.text))).toBe(caption);
    expect(row()).toEqual({ status: "sent", attempts: 2, parts_sent: 1 });
  });
});
