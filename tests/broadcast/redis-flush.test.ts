/**
 * A broadcast whose fan-out job Redis lost (a private Redis flushed after the relay published it, before any worker
 * ran) still reaches every recipient exactly once: the relay re-publishes the unacknowledged outbox row.
 */
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { createHarness, type Harness } from "../support/flow-harness.js";
import { freePort, RedisServer } from "../workers/support.js";
import { grant } from "./helpers.js";
import { until } from "../support/until.js";

let h: Harness | undefined;
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups.length = 0;
});


describe("a broadcast after Redis loses its data", () => {
  it("is fanned out once the relay re-publishes it, and every resident gets one message", async () => {
    const redis = new RedisServer(await freePort());
    await redis.start();
    cleanups.push(() => redis.stop());
    h = await createHarness({ env: { REDIS_URL: redis.url, QUEUE_PREFIX: `bcflush${process.pid}`, OUTBOX_REDELIVER_AFTER_S: "1" } });
    const harness = h;
    cleanups.push(() => harness.close());
    await h.register("lpmk", "Bu Sari", "1", "1");
    grant(h, "lpmk", { role: "pengurus_lpmk" });
    const people = ["w1", "w2", "w3", "w4"];
    for (const u of people) await h.register(u, `Warga ${u}`, "2", "1");

    // The bot alone: no worker anywhere yet.
    const bot: Pipeline = await startAppPipeline(h.app, "bot");
    cleanups.push(() => bot.stop());
    for (const text of ["/umumkan", "Sosialisasi", "Warga RW tertentu", "2", "Posyandu Melati buka Selasa pagi di Balai RW 02.", "lewati", "lewati", "Sekarang", "Kirim"]) {
      await h.send("lpmk", text);
    }
    const row = () => h!.app.store.db.prepare(`SELECT sent_at, delivered_at FROM outbox WHERE topic = 'broadcast.created'`).get() as { sent_at: number | null; delivered_at: number | null };
    await until(() => row().sent_at !== null, "the relay to publish the fan-out job");

    const client = new Redis(redis.url, { maxRetriesPerRequest: null });
    await client.flushall();
    await client.quit();

    const worker: Pipeline = await startAppPipeline(h.app, "worker");
    cleanups.push(() => worker.stop());
    const got = (u: string) => h!.channel.sentTo(u).filter((m) => m.text.includes("Posyandu Melati")).length;
    await until(() => {
      h!.app.host.delivery.flushAll();
      return people.every((u) => got(u) > 0);
    }, "every resident to get the broadcast");
    await h.app.host.idle();
    expect(row().delivered_at).not.toBeNull();
    for (const u of people) expect(got(u)).toBe(1);
    expect(h.app.store.db.prepare(`SELECT redeliveries FROM outbox WHERE topic = 'broadcast.created'`).get()).toEqual({ redeliveries: 1 });
  }, 60_000);
});
