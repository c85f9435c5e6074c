/** Chooses the queue driver: BullMQ when REDIS_URL is set (after the start-up guard), in-process otherwise. */
import type { Logger } from "../core/logger.js";
import { BullmqQueue } from "./bullmq.js";
import { InProcessQueue } from "./in-process.js";
import type { QueuePort } from "./port.js";
import { assertRedisReadyForQueue } from "./redis-guard.js";

export interface QueueSettings {
  REDIS_URL?: string;
  QUEUE_PREFIX: string;
}

/**
 * Build the queue for this process. With REDIS_URL it first checks that Redis is reachable and uses
 * `maxmemory-policy noeviction`, and throws a RedisGuardError with a clear message otherwise.
 */
export async function createQueue(settings: QueueSettings, log: Logger): Promise<QueuePort> {
  if (settings.REDIS_URL) {
    await assertRedisReadyForQueue(settings.REDIS_URL);
    log.info({ driver: "bullmq", prefix: settings.QUEUE_PREFIX }, "queue: BullMQ on Redis");
    return new BullmqQueue({ url: settings.REDIS_URL, prefix: settings.QUEUE_PREFIX, log });
  }
  log.info({ driver: "in-process" }, "in-process queue in use (REDIS_URL is not set): fine for one small deployment; bot and workers share this process");
  return new InProcessQueue({ log });
}
