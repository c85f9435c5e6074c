/**
 * Job schedulers with a time zone, and removing a delayed job, on both drivers: BullMQ (real Redis, real time, a
 * per-second pattern) and the in-process driver on a ManualClock (local times across a month boundary, no waiting).
 */
import { afterEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { ManualClock } from "../../src/queue/clock.js";
import { nextRun } from "../../src/queue/cron.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import type { QueueJob, QueuePort } from "../../src/queue/port.js";
import { deleteKeys, REDIS_URL, uniquePrefix, waitFor } from "./helpers.js";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat("ccc yyyy-MM-dd HH:mm");

describe("in-process job schedulers on a manual clock", () => {
  for (const zone of ["Asia/Jakarta", "Asia/Makassar"]) {
    it(`runs "second Tuesday at 08.00" in ${zone} at the right local times across month boundaries`, async () => {
      // Wednesday 25 November 2026, 10.00 local time.
      const clock = new ManualClock(DateTime.fromObject({ year: 2026, month: 11, day: 25, hour: 10 }, { zone }).toMillis());
      const queue = new InProcessQueue({ log: silentLogger(), clock: clock.asQueueClock() });
      cleanups.push(() => queue.close());
      const seen: QueueJob[] = [];
      await queue.process("b", async (j) => void seen.push(j));
      await queue.upsertScheduler("b", "posyandu-1", { pattern: "0 8 * * 2#2", tz: zone }, { name: "occ", payload: { scheduleId: 1 } });
      // Upserting the same again changes nothing (one timer).
      await queue.upsertScheduler("b", "posyandu-1", { pattern: "0 8 * * 2#2", tz: zone }, { name: "occ", payload: { scheduleId: 1 } });
      expect(clock.pending()).toHaveLength(1);
      clock.now = DateTime.fromObject({ year: 2027, month: 2, day: 28 }, { zone }).toMillis();
      await new Promise((r) => setImmediate(r));
      expect(seen.map((j) => local(j.scheduledFor!, zone))).toEqual(["Tue 2026-12-08 08:00", "Tue 2027-01-12 08:00", "Tue 2027-02-09 08:00"]);
      expect(seen.every((j) => j.name === "occ" && (j.payload as { scheduleId: number }).scheduleId === 1)).toBe(true);
      expect((await queue.schedulers("b"))[0]!.next).toBe(DateTime.fromObject({ year: 2027, month: 3, day: 9, hour: 8 }, { zone }).toMillis());
      // Stopped: nothing more.
      expect(await queue.removeScheduler("b", "posyandu-1")).toBe(true);
      clock.now = DateTime.fromObject({ year: 2027, month: 6, day: 1 }, { zone }).toMillis();
      await new Promise((r) => setImmediate(r));
      expect(seen).toHaveLength(3);
    });
  }

  it("runs a job added with runAt when the clock reaches it, and a removed one never", async () => {
    const clock = new ManualClock(1_000_000);
    const queue = new InProcessQueue({ log: silentLogger(), clock: clock.asQueueClock() });
    cleanups.push(() => queue.close());
    const seen: string[] = [];
    await queue.process("b", async (j) => void seen.push(j.id));
    await queue.add("b", "x", {}, { jobId: "at-later", runAt: 1_060_000 });
    await queue.add("b", "x", {}, { jobId: "dropped", runAt: 1_030_000 });
    expect(await queue.remove("b", "dropped")).toBe(true);
    clock.now = 1_059_999;
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([]);
    clock.now = 1_060_000;
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual(["at-later"]);
  });
});

describe("the system clock", () => {
  it("waits out a delay longer than Node's 24.8-day timeout limit instead of firing at once", async () => {
    const queue = new InProcessQueue({ log: silentLogger() });
    cleanups.push(() => queue.close());
    const seen: string[] = [];
    await queue.process("b", async (j) => void seen.push(j.id));
    await queue.add("b", "x", {}, { jobId: "in-30-days", runAt: Date.now() + 30 * 86_400_000 });
    await queue.upsertScheduler("b", "monthly", { pattern: "0 8 1 * *", tz: "Asia/Jakarta" }, { name: "occ", payload: {} });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([]);
    expect((await queue.counts("b")).delayed).toBe(1);
  });
});

describe("BullMQ job schedulers", () => {
  async function bull(): Promise<QueuePort> {
    const prefix = uniquePrefix("scheduler");
    const queue = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 1 });
    cleanups.push(() => deleteKeys(REDIS_URL, prefix));
    cleanups.push(() => queue.close());
    return queue;
  }

  for (const zone of ["Asia/Jakarta", "Asia/Makassar"]) {
    it(`stores "second Tuesday at 08.00" with tz ${zone}, next iteration at the local time the in-process driver computes`, async () => {
      const queue = await bull();
      await queue.upsertScheduler("b", "posyandu-1", { pattern: "0 8 * * 2#2", tz: zone }, { name: "occ", payload: { scheduleId: 1 } });
      // Every start-up upserts again: still one scheduler and one waiting iteration.
      await queue.upsertScheduler("b", "posyandu-1", { pattern: "0 8 * * 2#2", tz: zone }, { name: "occ", payload: { scheduleId: 1 } });
      expect(await queue.schedulers("b")).toHaveLength(1);
      const [s] = await queue.schedulers("b");
      expect(s).toMatchObject({ id: "posyandu-1", pattern: "0 8 * * 2#2", tz: zone });
      expect(s!.next).toBe(nextRun("0 8 * * 2#2", zone, Date.now()));
      expect(local(s!.next!, zone)).toMatch(/^Tue \d{4}-\d{2}-(0[8-9]|1[0-4]) 08:00$/);
      expect((await queue.counts("b")).delayed).toBe(1);
      expect(await queue.removeScheduler("b", "posyandu-1")).toBe(true);
      expect(await queue.schedulers("b")).toEqual([]);
      expect((await queue.counts("b")).delayed).toBe(0);
    });
  }

  it("produces one job per iteration with scheduledFor set, and stops when removed; a delayed job can be removed", async () => {
    const queue = await bull();
    const seen: QueueJob[] = [];
    await queue.process("b", async (j) => void seen.push(j));
    await queue.add("b", "x", {}, { jobId: "dropped", runAt: Date.now() + 60_000 });
    expect(await queue.remove("b", "dropped")).toBe(true);
    await queue.upsertScheduler("b", "every-second", { pattern: "* * * * * *", tz: "Asia/Jakarta" }, { name: "occ", payload: { n: 1 } });
    await waitFor("two iterations", () => seen.length >= 2, 10_000);
    await queue.removeScheduler("b", "every-second");
    const n = seen.length;
    for (const j of seen) {
      expect(j.name).toBe("occ");
      expect(j.scheduledFor! % 1000).toBe(0);
    }
    expect(new Set(seen.map((j) => j.scheduledFor)).size).toBe(seen.length);
    await new Promise((r) => setTimeout(r, 2200));
    expect(seen.length).toBeLessThanOrEqual(n + 1);
    expect(seen.some((j) => j.id === "dropped")).toBe(false);
  });
});
