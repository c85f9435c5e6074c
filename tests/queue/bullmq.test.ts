/** The queue contract against the BullMQ driver on the real Redis at 127.0.0.1:6379, one key prefix per test. */
import { Queue } from "bullmq";
import { expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { UnrecoverableJobError } from "../../src/queue/port.js";
import { queueContract } from "./queue-contract.js";
import { deleteKeys, REDIS_URL, uniquePrefix, waitFor } from "./helpers.js";

queueContract("bullmq", async () => {
  const prefix = uniquePrefix("contract");
  const queue = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 2 });
  return {
    queue,
    cleanup: async () => {
      await queue.close();
      await deleteKeys(REDIS_URL, prefix);
    },
  };
});

/** Read the jobs BullMQ holds in Redis directly, with BullMQ's own client, not through the driver under test. */
async function inspect(prefix: string, queue: string, fn: (q: Queue) => Promise<void>): Promise<void> {
  const q = new Queue(queue, { connection: { url: REDIS_URL }, prefix });
  try {
    await fn(q);
  } finally {
    await q.close();
  }
}

it("stores the retention settings on every job in Redis: completed kept 24 h, failed 30 days", async () => {
  const prefix = uniquePrefix("retention-default");
  const queue = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 1 });
  try {
    const settled: string[] = [];
    await queue.process("jobs", async (job) => {
      if ((job.payload as { fail: boolean }).fail) throw new UnrecoverableJobError("gone");
    }, { onSettled: (job, outcome) => settled.push(`${job.id}:${outcome}`) });
    await queue.add("jobs", "ok", { fail: false }, { jobId: "ok-1" });
    await queue.add("jobs", "ok", { fail: false }, { jobId: "ok-2", key: "rw-1" });
    await queue.add("jobs", "bad", { fail: true }, { jobId: "bad-1" });
    await waitFor("three jobs settled", () => settled.length === 3);
    for (const [name, id] of [["jobs", "ok-1"], ["jobs-p0", "ok-2"], ["jobs", "bad-1"]] as const) {
      await inspect(prefix, name, async (q) => {
        const job = await q.getJob(id);
        expect(job?.opts.removeOnComplete, id).toEqual({ age: 24 * 3600, count: 10_000 });
        expect(job?.opts.removeOnFail, id).toEqual({ age: 30 * 24 * 3600, count: 5_000 });
      });
    }
    await inspect(prefix, "jobs", async (q) => {
      // onSettled runs inside the processor, before BullMQ moves the job out of the active set: wait for the move.
      const moved = async (id: string) => !["active", "waiting", "prioritized"].includes(await q.getJobState(id));
      await waitFor("ok-1 and bad-1 to leave the active set", async () => (await moved("ok-1")) && (await moved("bad-1")));
      expect(await q.getJobState("ok-1")).toBe("completed");
      expect(await q.getJobState("bad-1")).toBe("failed");
    });
  } finally {
    await queue.close();
    await deleteKeys(REDIS_URL, prefix);
  }
});

it("removes completed and failed jobs from Redis beyond the configured counts", async () => {
  const prefix = uniquePrefix("retention-count");
  const queue = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 1, keepCompleted: { count: 2 }, keepFailed: { count: 1 } });
  try {
    const settled: string[] = [];
    await queue.process("jobs", async (job) => {
      if ((job.payload as { fail: boolean }).fail) throw new UnrecoverableJobError("gone");
    }, { onSettled: (job) => settled.push(job.id) });
    // One at a time, so "the last ones" is well defined.
    for (const [id, fail] of [["c1", false], ["c2", false], ["c3", false], ["c4", false], ["f1", true], ["f2", true], ["f3", true]] as const) {
      await queue.add("jobs", "j", { fail }, { jobId: id });
      await waitFor(`${id} settled`, () => settled.includes(id));
    }
    await inspect(prefix, "jobs", async (q) => {
      // onSettled runs inside the processor, before BullMQ moves the job to the failed set and trims it there: wait
      // until f3 is failed (the trim is part of that same move). The count alone was 1 already before (f2 alone).
      await waitFor("f3 failed and trimmed", async () => (await q.getJobState("f3")) === "failed");
      const completed = (await q.getCompleted()).map((j) => j.id).sort();
      const failed = (await q.getFailed()).map((j) => j.id);
      expect(completed).toEqual(["c3", "c4"]);
      expect(failed).toEqual(["f3"]);
      expect(await q.getJob("c1")).toBeUndefined();
    });
  } finally {
    await queue.close();
    await deleteKeys(REDIS_URL, prefix);
  }
});

it("keeps jobs of one key in order and one at a time across two worker processes sharing Redis", async () => {
  const prefix = uniquePrefix("two-workers");
  const producer = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 2 });
  const workerA = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 2 });
  const workerB = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 2 });
  try {
    const perKey = new Map<string, number[]>();
    const running = new Set<string>();
    const byWorker = { a: 0, b: 0 };
    let overlaps = 0;
    const handler = (who: "a" | "b") => async (job: { payload: unknown }) => {
      const { key, seq } = job.payload as { key: string; seq: number };
      if (running.has(key)) overlaps++;
      running.add(key);
      byWorker[who]++;
      await new Promise((r) => setTimeout(r, seq % 3));
      perKey.set(key, [...(perKey.get(key) ?? []), seq]);
      running.delete(key);
    };
    await workerA.process("jobs", handler("a"), { concurrency: 4 });
    await workerB.process("jobs", handler("b"), { concurrency: 4 });
    const keys = ["rw-1", "rw-2", "rw-3", "rw-4"];
    await producer.addBulk(
      "jobs",
      Array.from({ length: 80 }, (_, seq) => {
        const key = keys[seq % keys.length]!;
        return { name: "ordered", payload: { key, seq }, opts: { jobId: `o-${seq}`, key } };
      }),
    );
    await waitFor("all ran", () => [...perKey.values()].reduce((n, l) => n + l.length, 0) === 80);
    expect(overlaps).toBe(0);
    for (const [i, key] of keys.entries()) expect(perKey.get(key)).toEqual(Array.from({ length: 20 }, (_, k) => k * keys.length + i));
    expect(byWorker.a + byWorker.b).toBe(80);
  } finally {
    await workerA.close();
    await workerB.close();
    await producer.close();
    await deleteKeys(REDIS_URL, prefix);
  }
});
