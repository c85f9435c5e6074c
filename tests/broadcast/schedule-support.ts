/**
 * The two queue drivers for the broadcast timing tests, each with a clock the test moves: the in-process driver on a
 * ManualClock (delayed jobs and schedulers fire as the clock is set forward, no waiting), BullMQ on the real Redis
 * with an offset clock (it runs in real time; the app reads the same clock shifted to the test's calendar).
 */
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { ManualClock } from "../../src/queue/clock.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import type { QueuePort } from "../../src/queue/port.js";
import { deleteKeys, REDIS_URL, uniquePrefix } from "../queue/helpers.js";

export type DriverName = "in-process" | "bullmq";
export const DRIVERS: readonly DriverName[] = ["in-process", "bullmq"];

/** Real time shifted to start at `start`; setting `now` shifts it again (time keeps running). */
export class OffsetClock {
  private offset: number;
  constructor(start: number) {
    this.offset = start - Date.now();
  }
  get now(): number {
    return Date.now() + this.offset;
  }
  set now(to: number) {
    this.offset = to - Date.now();
  }
}

export interface DriverSetup {
  clock: { now: number };
  queue: QueuePort;
  /** Move the clock to `to` and let what became due run. */
  advance(to: number): Promise<void>;
  cleanup(): Promise<void>;
}

export function driverSetup(driver: DriverName, start: number): DriverSetup {
  if (driver === "in-process") {
    const clock = new ManualClock(start);
    const queue = new InProcessQueue({ log: silentLogger(), clock: clock.asQueueClock() });
    return {
      clock,
      queue,
      advance: async (to) => {
        clock.now = to;
        await new Promise((r) => setImmediate(r));
      },
      cleanup: async () => undefined,
    };
  }
  const clock = new OffsetClock(start);
  const prefix = uniquePrefix("bcast-schedule");
  const queue = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 1, now: () => clock.now });
  return {
    clock,
    queue,
    // Real time: wait until the clock has reached `to` (tests keep such waits to a few seconds).
    advance: async (to) => {
      const wait = to - clock.now;
      if (wait > 10_000) clock.now = to;
      else if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    },
    cleanup: async () => {
      await deleteKeys(REDIS_URL, prefix);
    },
  };
}

/** Poll `check` (flushing nothing itself) until it holds; a guard against hangs, not a timing assertion. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
