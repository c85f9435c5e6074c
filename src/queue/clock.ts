/**
 * The clock a queue driver reads and sets its timers on. The in-process driver takes one, so tests drive delayed
 * jobs and job schedulers with a ManualClock instead of waiting; BullMQ keeps its own (Redis and Date.now).
 */
export interface QueueClock {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** Node fires a timeout longer than this (about 24.8 days) at once: longer waits are chained. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

interface SystemTimer {
  t?: NodeJS.Timeout;
}

export const systemClock: QueueClock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => {
    const handle: SystemTimer = {};
    const due = Date.now() + ms;
    const arm = (wait: number) => {
      handle.t = setTimeout(() => {
        const left = due - Date.now();
        if (left > 0) arm(left);
        else fn();
      }, Math.min(Math.max(0, wait), MAX_TIMEOUT_MS));
    };
    arm(ms);
    return handle;
  },
  clearTimer: (h) => clearTimeout((h as SystemTimer).t),
};

interface ManualTimer {
  at: number;
  seq: number;
  fn: () => void;
}

/**
 * A clock that moves only when told. `now` is a property (the flow harness reads and sets `clock.now`); setting it
 * forwards fires every timer due by then, in due order, each seeing `now` at its own due time first.
 */
export class ManualClock {
  private t: number;
  private seq = 0;
  private readonly timers = new Set<ManualTimer>();

  constructor(start: number) {
    this.t = start;
  }

  get now(): number {
    return this.t;
  }

  set now(to: number) {
    this.advanceTo(to);
  }

  /** The `QueueClock` view of this clock (its `now` is a method there). */
  asQueueClock(): QueueClock {
    return { now: () => this.t, setTimer: (fn, ms) => this.setTimer(fn, ms), clearTimer: (h) => this.clearTimer(h) };
  }

  setTimer(fn: () => void, ms: number): unknown {
    const timer: ManualTimer = { at: this.t + Math.max(0, ms), seq: this.seq++, fn };
    this.timers.add(timer);
    return timer;
  }

  clearTimer(handle: unknown): void {
    this.timers.delete(handle as ManualTimer);
  }

  /** Timers still set, with their due times (for tests). */
  pending(): number[] {
    return [...this.timers].map((x) => x.at).sort((a, b) => a - b);
  }

  advanceTo(to: number): void {
    for (;;) {
      let next: ManualTimer | undefined;
      for (const x of this.timers) if (x.at <= to && (!next || x.at < next.at || (x.at === next.at && x.seq < next.seq))) next = x;
      if (!next) break;
      this.timers.delete(next);
      this.t = Math.max(this.t, next.at);
      next.fn();
    }
    this.t = Math.max(this.t, to);
  }
}
