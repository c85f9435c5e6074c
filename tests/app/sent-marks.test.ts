/**
 * "Sent" marks are committed in groups, not one transaction per send: the next inbound message's transaction carries
 * them, and a delivered message whose mark is still waiting is never sent again.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHarness, type Harness } from "../support/flow-harness.js";

const statusOf = (h: Harness, id: number) => (h.app.store.db.prepare("SELECT status FROM outbound WHERE id = ?").pluck().get(id) as string);
const lastReplyId = (h: Harness, address: string) =>
  h.app.store.db.prepare("SELECT max(id) FROM outbound WHERE channel = 'fake' AND address = ? AND kind = 'reply'").pluck().get(address) as number;

/** Wait until the fake channel has delivered `n` messages to `address` (without host.idle(), which commits the marks). */
async function delivered(h: Harness, address: string, n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (h.channel.sentTo(address).length < n) {
    if (Date.now() > deadline) throw new Error(`only ${h.channel.sentTo(address).length} of ${n} messages delivered`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("sent marks", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  it("are committed by the next inbound message's transaction, not one transaction per send", async () => {
    // The timer is set out of reach: only an inbound transaction (or idle/stop) can commit a mark here.
    h = await createHarness({ env: { DELIVERY_MARK_DELAY_MS: "10000" } });
    await h.register("w1");
    const before = h.channel.sentTo("w1").length;
    const commits = vi.spyOn(h.app.store, "busyTx");
    void h.channel.say("w1", "bantuan");
    await delivered(h, "w1", before + 1);
    const first = lastReplyId(h, "w1");
    // Delivered, but its mark is waiting.
    expect(statusOf(h, first)).toBe("pending");
    void h.channel.say("w1", "/status");
    await delivered(h, "w1", before + 2);
    // The second message's transaction committed the first reply's mark; the second reply's mark waits in turn.
    expect(statusOf(h, first)).toBe("sent");
    expect(statusOf(h, lastReplyId(h, "w1"))).toBe("pending");
    // Two messages handled, two replies sent: two transactions (one per message), none for the sends.
    expect(commits).toHaveBeenCalledTimes(2);
    await h.app.host.idle();
    expect(statusOf(h, lastReplyId(h, "w1"))).toBe("sent");
  });

  it("keep a delivered message from being sent again while its mark waits", async () => {
    h = await createHarness({ env: { DELIVERY_MARK_DELAY_MS: "10000" } });
    const id = h.app.store.outbound.add("fake", "w2", { text: "Kabar sekali saja" }, "notification", h.clock.now);
    h.app.host.delivery.flush("fake", "w2");
    await delivered(h, "w2", 1);
    expect(statusOf(h, id)).toBe("pending");
    // The poll (or a notification for the same chat) drains the address again before the mark is committed.
    h.app.host.delivery.flushAll();
    h.app.host.delivery.flush("fake", "w2");
    await h.app.host.idle();
    expect(h.channel.sentTo("w2").map((m) => m.text)).toEqual(["Kabar sekali saja"]);
    expect(statusOf(h, id)).toBe("sent");
  });

  it("are committed on their own after DELIVERY_MARK_DELAY_MS when no message comes in", async () => {
    h = await createHarness({ env: { DELIVERY_MARK_DELAY_MS: "30" } });
    const id = h.app.store.outbound.add("fake", "w3", { text: "Kabar" }, "notification", h.clock.now);
    h.app.host.delivery.flush("fake", "w3");
    await delivered(h, "w3", 1);
    const deadline = Date.now() + 5000;
    while (statusOf(h, id) !== "sent" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(statusOf(h, id)).toBe("sent");
  });
});
