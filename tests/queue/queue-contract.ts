/** The contract every queue driver passes: idempotent ids, ordering per key, retries with backoff, delays, graceful close. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UnrecoverableJobError, type JobOutcome, type QueuePort } from "../../src/queue/port.js";
import { deferred, waitFor } from "./helpers.js";

export interface DriverFixture {
  queue: QueuePort;
  cleanup(): Promise<void>;
}

export function queueContract(driver: string, make: () => Promise<DriverFixture>): void {
  describe(`queue contract: ${driver}`, () => {
    let fx: DriverFixture;
    let q: QueuePort;
    beforeEach(async () => {
      fx = await make();
      q = fx.queue;
    });
    afterEach(async () => {
      await fx.cleanup();
    });

    it("runs an added job once and hands the handler its name and payload", async () => {
      const seen: Array<{ name: string; payload: unknown; attemptsMade: number }> = [];
      await q.process("jobs", async (job) => {
        seen.push({ name: job.name, payload: job.payload, attemptsMade: job.attemptsMade });
      });
      await q.add("jobs", "greet", { n: 1, text: "halo" }, { jobId: "greet-1" });
      await waitFor("job ran", () => seen.length === 1);
      expect(seen).toEqual([{ name: "greet", payload: { n: 1, text: "halo" }, attemptsMade: 0 }]);
      await waitFor("completed count", async () => (await q.counts("jobs")).completed === 1);
    });

    it("keeps one job when the same job id is added twice, before and after it ran", async () => {
      await q.add("jobs", "x", { v: 1 }, { jobId: "same-id" });
      await q.add("jobs", "x", { v: 2 }, { jobId: "same-id" });
      await q.addBulk("jobs", [
        { name: "x", payload: { v: 3 }, opts: { jobId: "same-id" } },
        { name: "x", payload: { v: 4 }, opts: { jobId: "other-id" } },
      ]);
      const runs: unknown[] = [];
      await q.process("jobs", async (job) => {
        runs.push(job.payload);
      });
      await waitFor("both ids ran", () => runs.length >= 2);
      await q.add("jobs", "x", { v: 5 }, { jobId: "same-id" });
      await waitFor("counts settle", async () => (await q.counts("jobs")).completed === 2);
      expect(runs).toHaveLength(2);
      expect(runs).toContainEqual({ v: 1 });
      expect(runs).toContainEqual({ v: 4 });
    });

    it("runs jobs with the same key one at a time in the order they were added", async () => {
      const keys = ["rw-1", "rw-2", "rw-3"];
      const perKey = new Map<string, number[]>();
      const running = new Set<string>();
      let overlaps = 0;
      await q.process(
        "jobs",
        async (job) => {
          const { key, seq } = job.payload as { key: string; seq: number };
          if (running.has(key)) overlaps++;
          running.add(key);
          await new Promise((r) => setTimeout(r, (seq * 7) % 5));
          perKey.set(key, [...(perKey.get(key) ?? []), seq]);
          running.delete(key);
        },
        { concurrency: 4 },
      );
      for (let seq = 0; seq < 30; seq++) {
        const key = keys[seq % keys.length]!;
        await q.add("jobs", "ordered", { key, seq }, { jobId: `ordered-${seq}`, key });
      }
      await waitFor("all ran", () => [...perKey.values()].reduce((n, l) => n + l.length, 0) === 30);
      expect(overlaps).toBe(0);
      for (const [i, key] of keys.entries()) {
        const expected = Array.from({ length: 10 }, (_, k) => k * keys.length + i);
        expect(perKey.get(key)).toEqual(expected);
      }
    });

    it("retries a failing job with exponential backoff until it succeeds", async () => {
      const attempts: number[] = [];
      let delayedSeen = false;
      await q.process("jobs", async (job) => {
        attempts.push(job.attemptsMade);
        if (job.attemptsMade < 2) throw new Error(`transient failure ${job.attemptsMade}`);
      });
      await q.add("jobs", "flaky", {}, { jobId: "flaky-1", attempts: 3, backoffMs: 300 });
      await waitFor("first failure", () => attempts.length >= 1);
      await waitFor("job waits in delayed state for its retry", async () => {
        delayedSeen = delayedSeen || (await q.counts("jobs")).delayed === 1;
        return delayedSeen || attempts.length >= 2;
      });
      await waitFor("completed", async () => (await q.counts("jobs")).completed === 1);
      expect(delayedSeen).toBe(true);
      expect(attempts).toEqual([0, 1, 2]);
      expect(await q.failed("jobs")).toEqual([]);
    });

    it("lists a job that keeps failing among failed jobs with its reason and settles it once", async () => {
      const settled: Array<{ id: string; outcome: JobOutcome }> = [];
      let runs = 0;
      await q.process(
        "jobs",
        async () => {
          runs++;
          throw new Error("database unavailable");
        },
        { onSettled: (job, outcome) => settled.push({ id: job.id, outcome }) },
      );
      await q.add("jobs", "doomed", { a: 1 }, { jobId: "doomed-1", attempts: 2, backoffMs: 10 });
      await waitFor("failed", async () => (await q.counts("jobs")).failed === 1);
      const failed = await q.failed("jobs");
      expect(runs).toBe(2);
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ queue: "jobs", id: "doomed-1", name: "doomed", payload: { a: 1 }, attemptsMade: 2, reason: "database unavailable" });
      await waitFor("settled", () => settled.length === 1);
      expect(settled).toEqual([{ id: "doomed-1", outcome: "failed" }]);
    });

    it("does not retry a job whose handler throws an unrecoverable error", async () => {
      let runs = 0;
      await q.process("jobs", async () => {
        runs++;
        throw new UnrecoverableJobError("payload does not match the schema");
      });
      await q.add("jobs", "bad", {}, { jobId: "bad-1", attempts: 5, backoffMs: 10 });
      await waitFor("failed", async () => (await q.counts("jobs")).failed === 1);
      expect(runs).toBe(1);
      expect((await q.failed("jobs"))[0]?.reason).toContain("payload does not match the schema");
    });

    it("holds a delayed job in the delayed state, then runs it", async () => {
      const ran: string[] = [];
      await q.process("jobs", async (job) => {
        ran.push(job.id);
      });
      await q.add("jobs", "later", {}, { jobId: "later-1", delayMs: 400 });
      expect((await q.counts("jobs")).delayed).toBe(1);
      await waitFor("delayed job ran", () => ran.length === 1);
      expect(ran).toEqual(["later-1"]);
    });

    it("finishes the job in hand on close and takes no new job", async () => {
      const gate = deferred();
      const started: string[] = [];
      const finished: string[] = [];
      const consumer = await q.process(
        "jobs",
        async (job) => {
          started.push(job.id);
          await gate.promise;
          finished.push(job.id);
        },
        { concurrency: 1 },
      );
      await q.add("jobs", "slow", {}, { jobId: "slow-1" });
      await waitFor("first job started", () => started.length === 1);
      await q.add("jobs", "slow", {}, { jobId: "slow-2" });
      const closing = consumer.close();
      gate.resolve();
      await closing;
      expect(started).toEqual(["slow-1"]);
      expect(finished).toEqual(["slow-1"]);
      const counts = await q.counts("jobs");
      expect(counts.waiting).toBe(1);
      expect(counts.completed).toBe(1);
    });

    it("republishes a job retained as completed or failed as a fresh job, adds a missing one, leaves a queued one alone", async () => {
      const runs: string[] = [];
      let failNext = true;
      const consumer = await q.process("jobs", async (job) => {
        runs.push(`${job.id}@${job.attemptsMade}`);
        if (job.id === "fails" && failNext) {
          failNext = false;
          throw new Error("transient fault, attempts spent");
        }
      });
      await q.add("jobs", "x", {}, { jobId: "done", key: "k1" });
      await q.add("jobs", "x", {}, { jobId: "fails", attempts: 1 });
      await waitFor("one completed, one failed", async () => {
        const c = await q.counts("jobs");
        return c.completed === 1 && c.failed === 1;
      });
      await consumer.close();
      // add() is a no-op for a retained id; republish() is not.
      await q.add("jobs", "x", {}, { jobId: "done", key: "k1" });
      await q.add("jobs", "x", {}, { jobId: "queued" });
      const outcomes = await q.republish("jobs", [
        { name: "x", payload: {}, opts: { jobId: "done", key: "k1" } },
        { name: "x", payload: {}, opts: { jobId: "fails", attempts: 1 } },
        { name: "x", payload: {}, opts: { jobId: "queued" } },
        { name: "x", payload: {}, opts: { jobId: "never-seen", key: "k2" } },
      ]);
      expect(outcomes).toEqual(["replaced", "replaced", "pending", "added"]);
      expect(await q.counts("jobs")).toMatchObject({ waiting: 4, completed: 0, failed: 0 });
      await q.process("jobs", async (job) => {
        runs.push(`${job.id}@${job.attemptsMade}`);
      });
      await waitFor("all four completed", async () => (await q.counts("jobs")).completed === 4);
      expect(runs.sort()).toEqual(["done@0", "done@0", "fails@0", "fails@0", "never-seen@0", "queued@0"]);
    });

    it("refuses a job id that BullMQ could not store", async () => {
      await expect(q.add("jobs", "x", {}, { jobId: "aspiration:1" })).rejects.toThrow(/invalid job id/);
    });
  });
}
