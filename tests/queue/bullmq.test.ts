/** The queue contract against the BullMQ driver on the real Redis at 127.0.0.1:6379, one key prefix per test. */
import { afterAll, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { queueContract } from "./queue-contract.js";
import { countKeys, deleteKeys, REDIS_URL, uniquePrefix, waitFor } from "./helpers.js";

const prefixes: string[] = [];

queueContract("bullmq", async () => {
  const prefix = uniquePrefix("contract");
  prefixes.push(prefix);
  const queue = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 2 });
  return {
    queue,
    cleanup: async () => {
      await queue.close();
      await deleteKeys(REDIS_URL, prefix);
    },
  };
});

afterAll(async () => {
  for (const p of prefixes) expect(await countKeys(REDIS_URL, p)).toBe(0);
});

it("leaves no keys behind after the contract suite", async () => {
  for (const p of prefixes) expect(await countKeys(REDIS_URL, p)).toBe(0);
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
