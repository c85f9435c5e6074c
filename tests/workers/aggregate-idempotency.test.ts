/**
 * Redelivery changes nothing for the real aggregator: the same "aspiration-created" job applied twice leaves the
 * clusters, their members, supporters, the search index and the duplicate hints exactly as they were.
 */
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { QUEUES, TOPICS } from "../../src/queue/payloads.js";
import type { NewJob } from "../../src/queue/port.js";
import { startPipeline, type Pipeline } from "../../src/workers/pipeline.js";
import { waitFor } from "../queue/helpers.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

const log = silentLogger();

/** Everything the aggregator writes, plus the replies (a second duplicate hint would be a visible change). */
function aggregateState(h: Harness): Record<string, unknown[]> {
  const all = (sql: string) => h.app.store.db.prepare(sql).all();
  return {
    clusters: all(`SELECT * FROM clusters ORDER BY id`),
    members: all(`SELECT * FROM cluster_members ORDER BY aspiration_id`),
    supporters: all(`SELECT * FROM cluster_supporters ORDER BY cluster_id, resident_id`),
    docs: all(`SELECT * FROM aggregator_docs ORDER BY aspiration_id`),
    fts: all(`SELECT rowid, scope, body FROM aggregator_fts ORDER BY rowid`),
    outbound: all(`SELECT address, kind, COUNT(*) AS n FROM outbound GROUP BY address, kind ORDER BY address, kind`),
    // A sent reply keeps no text in the outbox (privacy), so the hints are counted in what the channel delivered.
    hints: ["u1", "u2", "u3"].map((user) => ({ user, hints: h.channel.sentTo(user).filter((m) => m.text.includes("Usulan serupa")).length })),
  };
}

function jobOf(aspirationId: number, rw: number): NewJob {
  const def = TOPICS["aspiration.created"];
  const payload = { aspirationId, rw };
  return { name: def.jobName, payload, opts: { jobId: def.jobId(payload), key: def.key(payload), attempts: def.attempts, backoffMs: def.backoffMs } };
}

async function file(h: Harness, user: string, description: string, location: string): Promise<number> {
  await h.send(user, "/aspirasi");
  await h.press(user, "drainase");
  await h.send(user, description);
  await h.send(user, location);
  await h.send(user, "lewati");
  let reply = textOf(await h.send(user, "kirim"));
  // The summary offers the similar proposal of the RW (issue 9): the resident says it is the same one.
  if (!/ASP-\w{4}/.test(reply)) reply = textOf(await h.press(user, "same"));
  const ticket = /ASP-\w{4}/.exec(reply)![0];
  return h.app.store.aspirations.byTicket(ticket)!.id;
}

describe("the real aggregator under redelivery", () => {
  const cleanups: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  it("changes nothing when the same job is applied twice, through the worker and directly", async () => {
    const h = await createHarness();
    cleanups.push(() => h.close());
    const pipeline: Pipeline = await startPipeline({
      role: "all",
      config: { QUEUE_PREFIX: "x", WORKER_CONCURRENCY: 2 },
      store: h.app.store,
      log,
      host: h.app.host,
      ingest: (id) => h.app.aggregator.ingest(id),
    });
    cleanups.push(() => pipeline.stop());
    const db = h.app.store.db;
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    await h.register("u3", "Wati");
    const a1 = await file(h, "u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    await waitFor("first aggregated", () => h.app.aggregator.clusterOf(a1) !== undefined);
    const a2 = await file(h, "u2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar");
    await waitFor("all acknowledged", () => pipeline.outbox.stats().unacked === 0 && pipeline.outbox.stats().unsent === 0);
    // A hint is flushed only after the ingest commits (setImmediate): send whatever is queued before counting hints.
    h.app.host.delivery.flushAll();
    await h.app.host.idle();
    const cluster = h.app.aggregator.clusterOf(a2)!.clusterId;
    expect(h.app.aggregator.clusterOf(a1)!.clusterId).toBe(cluster);
    const u3 = (db.prepare(`SELECT resident_id FROM identities WHERE address = 'u3'`).get() as { resident_id: number }).resident_id;
    expect(h.app.aggregator.support(cluster, u3)).toMatchObject({ ok: true, added: true, supporters: 3 });
    const rw = (db.prepare(`SELECT rw FROM aspirations WHERE id = ?`).get(a2) as { rw: number }).rw;

    const before = aggregateState(h);
    expect(before.supporters).toHaveLength(3);
    // u2 joined at the summary, so no hint was needed after submission; a redelivery must not send one either.
    expect(before.hints).toEqual([
      { user: "u1", hints: 0 },
      { user: "u2", hints: 0 },
      { user: "u3", hints: 0 },
    ]);
    const completed = async () => (await pipeline.queue.counts(QUEUES.aggregate)).completed;
    const redeliver = async (ids: number[]) => {
      const done = await completed();
      expect(await pipeline.queue.republish(QUEUES.aggregate, ids.map((id) => jobOf(id, rw)))).toEqual(ids.map(() => "replaced"));
      // A replaced job leaves the completed list and comes back to it once it has run again.
      await waitFor("redelivered jobs ran", async () => (await completed()) === done);
      h.app.host.delivery.flushAll();
      await h.app.host.idle();
    };

    // 1. Redelivered while acknowledged: the worker skips it in the acknowledging transaction.
    await redeliver([a1, a2]);
    expect(aggregateState(h)).toEqual(before);

    // 2. Redelivered with no acknowledgement to skip on (a job whose outbox row was pruned): the aggregator runs
    //    again on the same aspirations and changes nothing.
    db.prepare(`UPDATE outbox SET delivered_at = NULL`).run();
    await redeliver([a1, a2]);
    expect(aggregateState(h)).toEqual(before);
    expect(pipeline.outbox.stats().unacked).toBe(0);

    // 3. After the resident answered the hint "different", a redelivery does not pull the aspiration back.
    const u2 = (db.prepare(`SELECT resident_id FROM aspirations WHERE id = ?`).get(a2) as { resident_id: number }).resident_id;
    expect(h.app.aggregator.separate(a2, u2)).toMatchObject({ ok: true });
    const separated = aggregateState(h);
    expect(separated).not.toEqual(before);
    db.prepare(`UPDATE outbox SET delivered_at = NULL`).run();
    await redeliver([a2]);
    expect(aggregateState(h)).toEqual(separated);

    // 4. Directly, twice more.
    expect(h.app.aggregator.ingest(a2)).toMatchObject({ ok: true, alreadyIngested: true });
    expect(h.app.aggregator.ingest(a1)).toMatchObject({ ok: true, alreadyIngested: true });
    expect(aggregateState(h)).toEqual(separated);
  });
});
