/** The queue contract against the BullMQ driver on the real Redis at 127.0.0.1:6379, one key prefix per test. */
import { afterAll, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { queueContract } from "./queue-contract.js";
import { countKeys, deleteKeys, REDIS_URL, uniquePrefix } from "./helpers.js";

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
