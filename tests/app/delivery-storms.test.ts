/**
 * Telegram answering 429 or 5xx for minutes (real grammY, fake Bot API, the app's clock moved by the test):
 * a rate limit is waited out without counting, 5xx back off and keep trying, and every reply arrives once.
 * A message Telegram rejects fails at once; one that fails past DELIVERY_GIVE_UP_HOURS is given up.
 */
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/core/logger.js";
import { plain, register, text } from "../channels/contract/channel-contract.js";
import type { Fault } from "../support/fake-bot-api.js";
import { htmlToPlain, makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";

describe("delivery through Telegram storms", () => {
  let h: TelegramHarness;
  const clock = { now: Date.UTC(2026, 10, 25, 3, 0, 0) };
  afterEach(async () => {
    await h?.close();
  });

  const rows = (chatId: number) =>
    h.store.db.prepare("SELECT id, status, attempts, last_error FROM outbound WHERE address = ? ORDER BY id").all(String(chatId)) as Array<{
      id: number;
      status: string;
      attempts: number;
      last_error: string | null;
    }>;
  const textsTo = (chatId: number) => h.server.callsOf("sendMessage", chatId).map((c) => htmlToPlain(String(c.params.text)));

  /** Move the clock in steps, letting the delivery loop try whatever is due at each step. */
  async function runClock(totalMs: number, stepMs: number): Promise<void> {
    for (let t = 0; t < totalMs; t += stepMs) {
      clock.now += stepMs;
      h.app.host.delivery.flushAll();
      await h.app.host.idle();
    }
  }

  /** A resident in the middle of filing an aspiration while the storm goes on: three answers, three replies. */
  async function fileDuringStorm(chatId: number): Promise<void> {
    for (const input of ["/aspirasi", "2", "Selokan di depan rumah mampet dan meluap kalau hujan"]) await h.send(String(chatId), text(input));
  }

  async function stormTest(chatId: number, fault: Fault, stormMs: number, afterMs: number, stepMs: number): Promise<void> {
    h = await makeTelegramHarness({ clock });
    await register(h, String(chatId));
    const before = textsTo(chatId).length;
    const stormEnd = clock.now + stormMs;
    h.server.failWhile("sendMessage", fault, () => clock.now < stormEnd, chatId);
    await fileDuringStorm(chatId);
    await runClock(stormMs + afterMs, stepMs);
    const delivered = textsTo(chatId).slice(before);
    expect(rows(chatId).map((r) => r.status)).toEqual(rows(chatId).map(() => "sent"));
    // Each of the three replies exactly once, in order.
    expect(delivered).toHaveLength(3);
    expect(delivered[0]).toContain(plain(h.t("id", "aspirasi-category")).split("\n")[0]!);
    expect(delivered[2]).toContain(plain(h.t("id", "aspirasi-location")).slice(0, 20));
  }

  it("waits out a 429 storm of 150 s (retry_after 11) and then delivers every reply once", async () => {
    await stormTest(2001, { kind: "429", retryAfter: 11 }, 150_000, 30_000, 5_000);
    const rateLimited = h.server.faultsOf("sendMessage", "429").length;
    expect(rateLimited).toBeGreaterThan(8);
    // Waits are not attempts: no row counted a 429 as a failure.
    expect(Math.max(...rows(2001).map((r) => r.attempts))).toBe(1);
  }, 60_000);

  it("keeps retrying through a 5xx storm of 4 minutes and delivers every reply once afterwards", async () => {
    await stormTest(2002, { kind: "5xx", status: 500 }, 240_000, 360_000, 10_000);
    expect(h.server.faultsOf("sendMessage", "5xx").length).toBeGreaterThanOrEqual(6);
  }, 60_000);

  it("fails a message Telegram rejects at once, logged at error with the reason, and the next reply still goes out", async () => {
    const lines: string[] = [];
    const log = createLogger("warn", new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) }));
    h = await makeTelegramHarness({ clock, log });
    await register(h, "2003");
    h.server.failNext("sendMessage", { kind: "400", description: "Bad Request: message is too long" }, 1, 2003);
    await h.send("2003", text("/aspirasi"));
    const rejected = rows(2003).at(-1)!;
    expect(rejected).toMatchObject({ status: "failed", attempts: 1 });
    expect(rejected.last_error).toContain("message is too long");
    const logged = lines.map((l) => JSON.parse(l) as { level: number; reason?: string });
    expect(logged.some((l) => l.level === 50 && l.reason?.includes("message is too long"))).toBe(true);
    const next = await h.send("2003", text("2"));
    expect(next).toHaveLength(1);
    expect(rows(2003).at(-1)?.status).toBe("sent");
    const identity = h.store.db.prepare("SELECT unreachable_at FROM identities WHERE address = '2003'").get() as { unreachable_at: number | null };
    expect(identity.unreachable_at).toBeNull();
  });

  it("gives a failing reply up only after DELIVERY_GIVE_UP_HOURS", async () => {
    h = await makeTelegramHarness({ clock, env: { DELIVERY_GIVE_UP_HOURS: "1" } });
    await register(h, "2004");
    h.server.failWhile("sendMessage", { kind: "5xx", status: 502 }, () => true, 2004);
    await h.send("2004", text("/aspirasi"));
    await runClock(55 * 60_000, 5 * 60_000);
    expect(rows(2004).at(-1)?.status).toBe("pending");
    await runClock(10 * 60_000, 5 * 60_000);
    expect(rows(2004).at(-1)).toMatchObject({ status: "failed" });
    // The pause between tries never grew past 5 minutes: about one try per 5-minute step.
    expect(rows(2004).at(-1)!.attempts).toBeGreaterThanOrEqual(12);
  }, 60_000);
});
