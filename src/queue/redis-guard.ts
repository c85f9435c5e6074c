/** Start-up guard for BullMQ: Redis must be reachable and must not evict keys (maxmemory-policy noeviction). */
import { Redis } from "ioredis";

export class RedisGuardError extends Error {
  override name = "RedisGuardError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Hide the password of a Redis URL before it is put into a message. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable REDIS_URL)";
  }
}

/** Read the eviction policy with CONFIG GET, falling back to INFO memory where CONFIG is disabled (managed Redis). */
export async function readEvictionPolicy(redis: Redis): Promise<string | undefined> {
  try {
    const res = (await redis.call("CONFIG", "GET", "maxmemory-policy")) as string[];
    if (Array.isArray(res) && typeof res[1] === "string") return res[1];
  } catch {
    // CONFIG may be renamed or forbidden; INFO still tells.
  }
  const info = await redis.info("memory");
  return /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
}

/**
 * Connect once, check the eviction policy, disconnect. Throws a RedisGuardError with a clear message when
 * Redis is unreachable or would evict BullMQ's keys (which silently loses jobs).
 */
export async function assertRedisReadyForQueue(url: string, timeoutMs = 5000): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  redis.on("error", () => undefined);
  try {
    try {
      await redis.connect();
    } catch (err) {
      throw new RedisGuardError(`cannot connect to Redis at ${redactRedisUrl(url)}: ${(err as Error).message}`, { cause: err });
    }
    const policy = await readEvictionPolicy(redis);
    if (policy !== "noeviction") {
      throw new RedisGuardError(
        `Redis at ${redactRedisUrl(url)} has maxmemory-policy "${policy ?? "unknown"}"; the queue needs "noeviction" ` +
          `(otherwise Redis may silently drop queued jobs). Fix: redis-cli CONFIG SET maxmemory-policy noeviction ` +
          `(and set "maxmemory-policy noeviction" in redis.conf).`,
      );
    }
  } finally {
    redis.disconnect();
  }
}
