import { afterEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createWebServer } from "../../src/web/server.js";
import { checkReadiness } from "../../src/ops/readiness.js";
import { createOpsMetrics } from "../../src/ops/metrics.js";
import { silentLogger } from "../../src/core/logger.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";

async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !predicate(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!predicate()) throw new Error("condition not reached");
}

const TOKEN = "metrics-token-0123456789";

describe("health, readiness and metrics routes", () => {
  let h: TelegramHarness | undefined;
  const redisClients: Redis[] = [];
  afterEach(async () => {
    await h?.close();
    h = undefined;
    for (const r of redisClients.splice(0)) r.disconnect();
  });

  async function server(o: { redis?: Redis; queue?: InProcessQueue } = {}) {
    h ??= await makeTelegramHarness();
    const harness = h;
    const metrics = createOpsMetrics({ store: harness.store, processMetrics: false, ...(o.queue ? { queue: o.queue } : {}) });
    harness.app.host.observe(metrics.observer);
    return createWebServer({
      log: silentLogger(),
      readiness: () => checkReadiness({ store: harness.app.store, channels: [harness.channel], ...(o.redis ? { redis: o.redis, redisTimeoutMs: 500 } : {}) }),
      metrics,
      metricsToken: TOKEN,
    });
  }

  it("answers /healthz while the process runs", async () => {
    const web = await server();
    const res = await web.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok" });
  });

  it("sends a strict Content-Security-Policy and no-sniff on every answer", async () => {
    const web = await server();
    const res = await web.inject({ method: "GET", url: "/healthz" });
    expect(res.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("is ready with SQLite up, Redis answering and Telegram polling", async () => {
    const redis = new Redis("redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
    redisClients.push(redis);
    const web = await server({ redis });
    await h!.send("501", { kind: "text", text: "halo" });
    const res = await web.inject({ method: "GET", url: "/readyz" });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { checks: Array<{ name: string; ok: boolean; state?: string }> };
    expect(body.checks.map((c) => [c.name, c.ok])).toEqual([
      ["sqlite", true],
      ["redis", true],
      ["telegram", true],
    ]);
    expect(body.checks.find((c) => c.name === "telegram")?.state).toBe("polling");
  });

  it("answers 503 naming Redis when it does not answer", async () => {
    const redis = new Redis("redis://127.0.0.1:1", { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    redis.on("error", () => undefined);
    redisClients.push(redis);
    const web = await server({ redis });
    const res = await web.inject({ method: "GET", url: "/readyz" });
    expect(res.statusCode).toBe(503);
    expect((res.json() as { reason: string }).reason).toMatch(/^redis: /);
  });

  it("answers 503 naming Telegram when getUpdates fails (a revoked token)", async () => {
    const web = await server();
    let storm = true;
    h!.server.failWhile("getUpdates", { kind: "error", code: 401, description: "Unauthorized" }, () => storm);
    await until(() => !h!.channel.health().ready);
    const res = await web.inject({ method: "GET", url: "/readyz" });
    expect(res.statusCode).toBe(503);
    expect((res.json() as { reason: string }).reason).toMatch(/^telegram: telegram getUpdates failed/);
    storm = false;
    // The next getUpdates that answers clears the failure.
    await h!.send("503", { kind: "text", text: "halo" });
    const again = await web.inject({ method: "GET", url: "/readyz" });
    expect(again.statusCode).toBe(200);
  });

  it("answers 503 naming SQLite when the database is closed", async () => {
    const web = await server();
    await h!.channel.stop();
    await h!.app.host.stop();
    h!.app.store.close();
    const res = await web.inject({ method: "GET", url: "/readyz" });
    expect(res.statusCode).toBe(503);
    expect((res.json() as { reason: string }).reason).toMatch(/sqlite: .*(not open|closed)/i);
    // close() of the harness must not fail on the closed store
    const harness = h!;
    h = undefined;
    await harness.server.stop();
  });

  it("refuses /metrics without the bearer token or with a wrong one", async () => {
    const web = await server();
    expect((await web.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
    expect((await web.inject({ method: "GET", url: "/metrics", headers: { authorization: "Bearer wrong-token-0123456789" } })).statusCode).toBe(401);
    expect((await web.inject({ method: "GET", url: "/metrics", headers: { authorization: TOKEN } })).statusCode).toBe(401);
  });

  it("serves Prometheus metrics with the token: inbound per channel, handling latency, deliveries, backlog", async () => {
    const web = await server();
    await h!.send("502", { kind: "text", text: "halo" });
    await h!.send("502", { kind: "text", text: "halo lagi" });
    const res = await web.inject({ method: "GET", url: "/metrics", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    expect(text).toMatch(/^rembug_inbound_messages_total\{channel="telegram"\} 2$/m);
    expect(text).toMatch(/^rembug_handling_seconds_count\{channel="telegram"\} 2$/m);
    const sent = Number(/^rembug_deliveries_total\{channel="telegram",result="sent"\} (\d+)$/m.exec(text)?.[1]);
    expect(sent).toBe(h!.server.messagesTo(502).length);
    expect(text).toMatch(/^rembug_outbox_backlog\{state="unsent"\} \d+$/m);
  });

  it("reports the queue depth per queue and state", async () => {
    const queue = new InProcessQueue();
    const web = await server({ queue });
    await queue.add("aggregate", "aspiration.created", { aspirationId: 1, rw: 1 }, { jobId: "t-1" });
    await queue.add("aggregate", "aspiration.created", { aspirationId: 2, rw: 1 }, { jobId: "t-2" });
    const res = await web.inject({ method: "GET", url: "/metrics", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.body).toMatch(/^rembug_queue_jobs\{queue="aggregate",state="waiting"\} 2$/m);
    expect(res.body).toMatch(/^rembug_queue_jobs\{queue="aggregate",state="failed"\} 0$/m);
    await queue.close();
  });
});
