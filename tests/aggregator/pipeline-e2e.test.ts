/** Chat to recap through the real pipeline (in-process queue): confirm, aggregate, duplicate hint, join, /rekap. */
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { startPipeline } from "../../src/workers/pipeline.js";
import { waitFor } from "../queue/helpers.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups.length = 0;
});

async function file(h: Harness, user: string, description: string, location: string): Promise<string> {
  await h.send(user, "/aspirasi");
  await h.press(user, "drainase");
  await h.send(user, description);
  await h.send(user, location);
  await h.send(user, "lewati");
  return /ASP-\w{4}/.exec(textOf(await h.send(user, "kirim")))![0];
}

describe("aspirations reach the recap through the queue", () => {
  it("joins the proposal a neighbour picked at the summary step through the queue, and shows it in /rekap", async () => {
    const h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
    cleanups.push(() => h.close());
    const pipeline = await startPipeline({
      role: "all",
      config: { QUEUE_PREFIX: "x", WORKER_CONCURRENCY: 2 },
      store: h.app.store,
      log: silentLogger(),
      host: h.app.host,
      ingest: (id) => h.app.aggregator.ingest(id),
    });
    cleanups.push(() => pipeline.stop());
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    await h.register("admin", "Pak Harto", "1", "1");

    const t1 = await file(h, "u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const a1 = h.app.store.aspirations.byTicket(t1)!.id;
    await waitFor("first aspiration aggregated", () => h.app.aggregator.clusterOf(a1) !== undefined);
    // The neighbour is shown the proposal before Kirim and picks it: the queue's ingest joins that very cluster.
    await h.send("u2", "/aspirasi");
    await h.press("u2", "drainase");
    await h.send("u2", "Selokan jln mawar tersumbat, tolong dikeruk");
    await h.send("u2", "jln mawar");
    await h.send("u2", "lewati");
    expect(textOf(await h.send("u2", "kirim"))).toMatch(/sudah ada usulan yang mirip/);
    const t2 = /ASP-\w{4}/.exec(textOf(await h.press("u2", "same")))![0];
    const a2 = h.app.store.aspirations.byTicket(t2)!.id;
    await waitFor("second aspiration aggregated", () => h.app.aggregator.clusterOf(a2) !== undefined);
    expect(h.app.aggregator.clusterOf(a2)).toEqual({ clusterId: h.app.aggregator.clusterOf(a1)!.clusterId, state: "merged" });
    // A hint would be queued in the ingest transaction but flushed only after the commit (setImmediate): wait for
    // the queue to settle and send whatever is queued, so "no hint" below is checked after it could have gone out.
    expect(await pipeline.settle()).toBe(true);
    h.app.host.delivery.flushAll();
    await h.app.host.idle();
    expect(h.channel.sentTo("u2").some((m) => /Usulan serupa sudah disampaikan/.test(m.text))).toBe(false);
    const recap = textOf(await h.send("admin", "/rekap 3"));
    expect(recap).toMatch(/Aspirasi masuk: 2 aspirasi dari warga\nSetelah aspirasi serupa digabung: 1 usulan/);
    expect(recap).toMatch(/1\. Got di Jl\. Mawar mampet.* — 2 pendukung/);
  });
});
