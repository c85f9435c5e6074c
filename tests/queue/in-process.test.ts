/** The queue contract against the in-process driver. */
import { silentLogger } from "../../src/core/logger.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import { queueContract } from "./queue-contract.js";

queueContract("in-process", async () => {
  const queue = new InProcessQueue({ log: silentLogger() });
  return { queue, cleanup: () => queue.close() };
});
