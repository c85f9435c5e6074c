/** The Telegram send pacer: per-chat bursts then 1/s, even spacing in total; and against a strict flood limit it avoids 429s. */
import { afterEach, describe, expect, it } from "vitest";
import { SendPacer } from "../../../src/channels/telegram/send-pacer.js";
import { makeTelegramHarness, type TelegramHarness } from "../../support/telegram-harness.js";

describe("send pacer (controllable clock)", () => {
  it("lets a burst of 3 go to one chat at once, then one per second, without holding other chats back", () => {
    const clock = { now: 1_000_000 };
    const p = new SendPacer({ perSecond: 1000, perChatPerSecond: 1, chatBurst: 3, now: () => clock.now });
    const first = [1, 2, 3, 4].map(() => {
      const w = p.tryTake("a");
      clock.now += 1;
      return w;
    });
    expect(first).toEqual([0, 0, 0, 997]);
    expect(p.tryTake("b")).toBe(0);
    clock.now += 997;
    expect(p.tryTake("a")).toBe(0);
    expect(p.tryTake("a")).toBe(999);
  });

  it("spaces sends evenly over all chats", () => {
    const clock = { now: 0 };
    const p = new SendPacer({ perSecond: 25, perChatPerSecond: 1, now: () => clock.now });
    expect(p.tryTake("a")).toBe(0);
    expect(p.tryTake("b")).toBe(40);
    clock.now = 40;
    expect(p.tryTake("b")).toBe(0);
    expect(p.tryTake("c")).toBe(40);
  });
});

describe("send pacer catching up", () => {
  it("lets a late send catch up a slot it missed (15 ms), never more than perSecond in any 1.05 s", () => {
    const clock = { now: 1_000_000 };
    const p = new SendPacer({ perSecond: 100, perChatPerSecond: 1, chatBurst: 1, now: () => clock.now });
    expect(p.tryTake("a")).toBe(0);
    // The timer for the next slot (10 ms) fired 20 ms late: two sends go now, the third waits.
    clock.now += 30;
    expect(p.tryTake("b")).toBe(0);
    expect(p.tryTake("c")).toBe(0);
    expect(p.tryTake("d")).toBe(5);

    const w = { now: 0 };
    const few = new SendPacer({ perSecond: 5, perChatPerSecond: 100, chatBurst: 100, now: () => w.now });
    for (let i = 0; i < 5; i++) {
      expect(few.tryTake(`c${i}`)).toBe(0);
      w.now += 200;
    }
    // Five went at 0, 200, ... 800; the sixth waits until 1,050 ms after the first.
    expect(few.tryTake("c5")).toBe(50);
  });
});

describe("send pacer queue", () => {
  it("serves a reply before the broadcast sends already waiting", async () => {
    const p = new SendPacer({ perSecond: 20, perChatPerSecond: 1, chatBurst: 1 });
    const order: string[] = [];
    const take = async (chat: string, reply = false) => {
      await p.take(chat, reply);
      order.push(chat);
    };
    const bulk = [1, 2, 3, 4].map((i) => take(`b${i}`));
    const reply = take("r", true);
    await Promise.all([...bulk, reply]);
    // b1 took the free slot at once; the reply, queued behind three waiting broadcast sends, goes next.
    expect(order).toEqual(["b1", "r", "b2", "b3", "b4"]);
  });
});

describe("send pacing against a strict flood limit (fake Bot API)", () => {
  let h: TelegramHarness;
  afterEach(async () => {
    await h?.close();
  });

  /** 5 chats x 6 notifications queued at once; returns the 429s the fake Bot API answered until all were sent. */
  async function burst(pacing: { perSecond: number; perChatPerSecond: number; chatBurst: number }): Promise<number> {
    h = await makeTelegramHarness({ channel: { pacing } });
    h.server.flood = { perSecond: 20, perChatPerSecond: 2 };
    for (let chat = 1; chat <= 5; chat++) {
      for (let i = 0; i < 6; i++) h.store.outbound.add("telegram", String(4000 + chat), { text: `Kabar ${i} untuk ${chat}` }, "notification", Date.now());
    }
    h.app.host.delivery.flushAll();
    const sent = () => (h.store.db.prepare("SELECT count(*) AS n FROM outbound WHERE status = 'sent'").get() as { n: number }).n;
    await h.server.waitFor(() => h.server.calls.filter((c) => c.method === "sendMessage" && !c.fault).length === 30, "30 messages", 30_000);
    await h.app.host.idle();
    for (let i = 0; i < 200 && sent() < 30; i++) await new Promise((r) => setTimeout(r, 10));
    expect(sent()).toBe(30);
    const rateLimited = h.server.faultsOf("sendMessage", "429").length;
    console.log(`pacing ${JSON.stringify(pacing)} under a flood limit of 20/s and 2/s per chat: ${rateLimited} HTTP 429s for 30 messages`);
    return rateLimited;
  }

  it("without pacing the bot collects 429s", async () => {
    const rateLimited = await burst({ perSecond: 100_000, perChatPerSecond: 100_000, chatBurst: 100 });
    // Each chat gets 2 through, then a 429 and a 1 s wait, twice over.
    expect(rateLimited).toBeGreaterThanOrEqual(8);
  }, 40_000);

  it("with pacing under the limit it avoids (almost) every 429", async () => {
    const rateLimited = await burst({ perSecond: 15, perChatPerSecond: 1.6, chatBurst: 1 });
    expect(rateLimited).toBeLessThanOrEqual(2);
  }, 40_000);
});
