/** More than 5 wrong codes within an hour lock a person out of /kode for an hour (even a right code is refused). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { lockedUntil } from "../../src/roles/lockout.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

const MIN = 60_000;

describe("/kode lockout", () => {
  it("locks out after the sixth wrong code in an hour, and lets the person in again an hour later", async () => {
    const good = /RT-\w{4}-\w{4}/.exec(textOf(await h.send("admin", "/undang ketua_rt 3 2")))![0];
    await h.register("tono", "Tono", "3", "1");
    for (let i = 0; i < 5; i++) {
      const r = textOf(await h.send("tono", `/kode RT-2345-67${"89ABC"[i]}9`));
      expect(r).toMatch(/kode itu tidak dapat dipakai/);
      expect(r).not.toMatch(/terlalu banyak/);
      h.clock.now += 5 * MIN;
    }
    expect(textOf(await h.send("tono", "/kode RT-9999-9999"))).toMatch(/terlalu banyak kode yang salah/);
    const lockedAt = h.clock.now;
    h.clock.now += 30 * MIN;
    // Locked: even the right code is refused, and it stays unused.
    expect(textOf(await h.send("tono", `/kode ${good}`))).toMatch(/terlalu banyak kode yang salah/);
    expect(h.app.store.roles.holdersOf("ketua_rt", { rw: 3, rt: 2 })).toEqual([]);
    // Someone else is not locked out.
    await h.register("rini", "Rini", "3", "2");
    expect(textOf(await h.send("rini", "/kode RT-9999-9999"))).not.toMatch(/terlalu banyak/);
    h.clock.now = lockedAt + 60 * MIN;
    expect(textOf(await h.send("tono", `/kode ${good}`))).toMatch(/Ketua RT 02 \/ RW 03/);
    expect(h.app.store.audit.recent(100, "invite.failed").filter((a) => a.actor === `resident:${h.app.store.residents.findByIdentity("fake", "tono")!.id}`)).toHaveLength(6);
    expect(h.app.store.audit.recent(100, "invite.locked")).toHaveLength(1);
  });

  it("does not lock out five wrong codes, nor six spread over more than an hour", () => {
    const t = 1_000_000;
    expect(lockedUntil([t, t + 1, t + 2, t + 3, t + 4], t + 5)).toBeUndefined();
    expect(lockedUntil([t, t + 1, t + 2, t + 3, t + 4, t + 5], t + 6)).toBe(t + 5 + 60 * MIN);
    expect(lockedUntil([t, t + 12 * MIN, t + 24 * MIN, t + 36 * MIN, t + 48 * MIN, t + 60 * MIN], t + 61 * MIN)).toBeUndefined();
  });
});
