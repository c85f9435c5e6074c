/**
 * The identity a resident writes from is marked seen (last_seen_at, which identity notifications go to) at most every
 * 30 s, not on every message; a mark of "unreachable" is cleared by the very next message all the same.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/flow-harness.js";

const identity = (h: Harness, address: string) =>
  h.app.store.db.prepare("SELECT last_seen_at, unreachable_at FROM identities WHERE channel = 'fake' AND address = ?").get(address) as {
    last_seen_at: number;
    unreachable_at: number | null;
  };

describe("marking the identity seen", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  it("happens again once 30 s have passed since the last mark, not on every message", async () => {
    h = await createHarness();
    await h.register("u1");
    await h.send("u1", "bantuan");
    const first = identity(h, "u1").last_seen_at;
    expect(first).toBe(h.clock.now);
    h.clock.now += 10_000;
    await h.send("u1", "menu");
    expect(identity(h, "u1").last_seen_at).toBe(first);
    h.clock.now += 21_000;
    await h.send("u1", "menu");
    expect(identity(h, "u1").last_seen_at).toBe(h.clock.now);
  });

  it("clears an unreachable mark with the next message, however soon it comes", async () => {
    h = await createHarness();
    await h.register("u1");
    await h.send("u1", "bantuan");
    h.app.store.residents.markUnreachable("fake", "u1", h.clock.now);
    expect(identity(h, "u1").unreachable_at).toBe(h.clock.now);
    h.clock.now += 1000;
    await h.send("u1", "menu");
    expect(identity(h, "u1").unreachable_at).toBeNull();
  });
});
