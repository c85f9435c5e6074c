/**
 * The readiness check behind GET /readyz: SQLite answers a query, Redis answers PING (when the queue uses it),
 * and every channel's intake is up (Telegram polling or webhook set, WhatsApp connected). Each failure is named.
 */
import type { ChannelAdapter } from "../core/ports.js";
import type { Store } from "../store/index.js";

export interface ReadinessCheck {
  name: string;
  ok: boolean;
  /** State of a channel (polling, webhook, connected, linking...). */
  state?: string;
  reason?: string;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

/** Something that answers PING (an ioredis client). */
export interface Pingable {
  ping(): Promise<string>;
}

export interface ReadinessOptions {
  store: Store;
  channels: readonly ChannelAdapter[];
  /** Redis when configured (REDIS_URL). */
  redis?: Pingable;
  /** Longest wait for Redis before it counts as down (default 1 s). */
  redisTimeoutMs?: number;
}

export async function checkReadiness(o: ReadinessOptions): Promise<Readiness> {
  const checks: ReadinessCheck[] = [];
  try {
    const row = o.store.db.prepare("SELECT 1 AS one").get() as { one: number } | undefined;
    checks.push(row?.one === 1 ? { name: "sqlite", ok: true } : { name: "sqlite", ok: false, reason: "SELECT 1 returned nothing" });
  } catch (err) {
    checks.push({ name: "sqlite", ok: false, reason: (err as Error).message });
  }
  if (o.redis) checks.push(await pingRedis(o.redis, o.redisTimeoutMs ?? 1000));
  for (const ch of o.channels) {
    const h = ch.health?.() ?? { state: "running", ready: true };
    checks.push({ name: ch.name, ok: h.ready, state: h.state, ...(h.reason ? { reason: h.reason } : {}) });
  }
  return { ready: checks.every((c) => c.ok), checks };
}

async function pingRedis(redis: Pingable, timeoutMs: number): Promise<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const answer = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer to PING within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return answer === "PONG" ? { name: "redis", ok: true } : { name: "redis", ok: false, reason: `PING answered ${answer}` };
  } catch (err) {
    return { name: "redis", ok: false, reason: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
