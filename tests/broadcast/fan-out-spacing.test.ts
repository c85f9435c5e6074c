/**
 * A fan-out spreads its Telegram rows evenly (row k due k gaps after the fan-out, at 95% of
 * TELEGRAM_SENDS_PER_SECOND), instead of a second's worth due at once: the pacer then never has a second's
 * broadcast sends queued in front of a resident's reply.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/build.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../support/telegram-test-app.js";
import { seedResidents } from "./seed.js";

let app: App | undefined;
let dir: string | undefined;
afterEach(async () => {
  if (app) await closeApp(app);
  if (dir) removeDir(dir);
  app = dir = undefined;
});

describe("fan-out spacing", () => {
  it("makes Telegram rows due one gap apart at 95% of the rate", async () => {
    dir = tempDataDir("rembug-fanout-");
    const now = Date.UTC(2026, 10, 25, 3, 0, 0);
    app = makeTestApp(dir, { env: { TELEGRAM_SENDS_PER_SECOND: "20" }, now: () => now });
    const people = seedResidents(app.store, "telegram", 40, { rws: [3], address: (i) => String(8000 + i), now });
    const b = app.broadcasts.broadcaster;
    const id = app.store.tx(
      () =>
        b.repo.create({
          kind: "sosialisasi",
          senderId: people[0]!.id,
          audience: { type: "rw", rws: [3] },
          content: { kind: "sosialisasi", text: "Posyandu Melati buka Selasa pagi." },
          now,
          reminders: { dayBeforeHour: 19, beforeMinutes: 120, zone: "Asia/Jakarta" },
        }).id,
    );
    expect(app.store.tx(() => b.fanOut(id))).toEqual({ ok: true, queued: 40 });
    const due = (app.store.db.prepare(`SELECT next_attempt_at AS at FROM outbound WHERE kind = 'broadcast' ORDER BY id`).all() as Array<{ at: number }>).map((r) => Math.max(r.at, now) - now);
    // 19 per second: a gap of 1000 / 19 ms.
    expect(due.slice(0, 5)).toEqual([0, 52, 105, 157, 210]);
    expect(due.at(-1)).toBe(Math.floor((39 * 1000) / 19));
    // Never more than 19 due in any second.
    for (const start of due) expect(due.filter((d) => d >= start && d < start + 1000).length).toBeLessThanOrEqual(19);
  });
});
