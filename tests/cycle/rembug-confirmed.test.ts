/**
 * The consumer of "rembug.confirmed" through the real outbox relay and worker (in-process queue, and BullMQ on the
 * shared Redis with a unique prefix): statuses with ranks, notices to everyone behind each proposal in their language,
 * nothing changed by a redelivery.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { applyRembugConfirmed } from "../../src/cycle/rembug-confirmed.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import { QUEUES } from "../../src/queue/payloads.js";
import type { QueuePort } from "../../src/queue/port.js";
import { startPipeline, type Pipeline } from "../../src/workers/pipeline.js";
import { createHarness, type Harness } from "../support/flow-harness.js";
import { deleteKeys, REDIS_URL, uniquePrefix } from "../queue/helpers.js";
import { writeRembugResult } from "./rembug-rows.js";
import { aspire, notices, statusOf } from "./support.js";

const log = silentLogger();
let h: Harness;
let pipeline: Pipeline | undefined;
const cleanups: Array<() => Promise<unknown> | void> = [];

beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await pipeline?.stop();
  pipeline = undefined;
  for (const c of cleanups.reverse()) await c();
  cleanups.length = 0;
  await h.close();
});

async function start(queue: QueuePort, prefix = "t"): Promise<Pipeline> {
  pipeline = await startPipeline({
    role: "all",
    config: { QUEUE_PREFIX: prefix, WORKER_CONCURRENCY: 1 },
    store: h.app.store,
    log,
    queue,
    ingest: (id) => h.app.aggregator.ingest(id),
    rembugConfirmed: (id) => applyRembugConfirmed(h.app.store, h.app.i18n.t, id, h.clock.now),
    relayIntervalMs: 20,
  });
  return pipeline;
}

/** RT 02 / RW 03 with four proposals; RT 03 with one; a rahasia one in RT 02. */
async function scene() {
  for (const u of ["ani", "budi", "citra", "dedi", "eko", "fajar"]) await h.register(u, `Warga ${u}`, "3", u === "eko" ? "3" : "2");
  h.app.store.residents.update(h.app.store.residents.findByIdentity("fake", "dedi")!.id, { lang: "en" }, h.clock.now);
  const cycle = h.app.store.cycles.open("Musrenbang 2027", "test", h.clock.now);
  if (!cycle.ok) throw new Error("cycle");
  const drain = aspire(h, "ani", "Selokan mampet di depan musholla Al Ikhlas");
  // citra supports ani's proposal: she is told too.
  h.app.aggregator.support(drain.cluster, h.app.store.residents.findByIdentity("fake", "citra")!.id);
  const lamp = aspire(h, "budi", "Lampu penerangan jalan mati di gang kenanga", { category: "jalan" });
  const park = aspire(h, "dedi", "Taman bermain anak rusak perlu diperbaiki", { category: "lainnya" });
  const other = aspire(h, "eko", "Sampah menumpuk di ujung gang RT 3", { category: "persampahan" });
  const secret = aspire(h, "fajar", "Keluhan tentang pungutan di RT", { category: "lainnya", confidential: true });
  return { cycleId: cycle.cycle.id, drain, lamp, park, other, secret };
}

function history(aspirationId: number) {
  return h.app.store.db.prepare(`SELECT status, reason, actor FROM aspiration_status_history WHERE aspiration_id = ? ORDER BY id`).all(aspirationId) as Array<{
    status: string;
    reason: string | null;
    actor: string;
  }>;
}

const counts = () =>
  h.app.store.db
    .prepare(`SELECT (SELECT COUNT(*) FROM aspiration_status_history) AS history, (SELECT COUNT(*) FROM outbound WHERE kind = 'notification') AS notes`)
    .get() as { history: number; notes: number };

describe("a confirmed rembug RT result", () => {
  it("moves the list to masuk-prioritas with ranks, the rest of the RT to belum-diprioritaskan, and tells each person once", async () => {
    const s = await scene();
    const p = await start(new InProcessQueue());
    const { resultId } = writeRembugResult(
      h.app.store,
      {
        cycleId: s.cycleId,
        level: "rt",
        rw: 3,
        rt: 2,
        items: [
          { clusterId: s.drain.cluster, aspirationId: s.drain.id, funding: "apbd", volume: 150, unit: "m", cost: 25_000_000 },
          { aspirationId: s.lamp.id, funding: "swadaya", swadaya: "tenaga kerja bakti" },
        ],
      },
      h.clock.now,
    );
    await p.relay!.kick();
    expect(await p.settle()).toBe(true);

    expect(statusOf(h, s.drain.id)).toBe("masuk-prioritas");
    expect(statusOf(h, s.lamp.id)).toBe("masuk-prioritas");
    expect(statusOf(h, s.park.id)).toBe("belum-diprioritaskan");
    expect(statusOf(h, s.other.id)).toBe("diterima");
    expect(statusOf(h, s.secret.id)).toBe("diterima");
    expect(history(s.drain.id).at(-1)).toEqual({ status: "masuk-prioritas", reason: null, actor: `rembug:${resultId}` });
    expect(history(s.lamp.id).at(-1)).toEqual({ status: "masuk-prioritas", reason: null, actor: `rembug:${resultId}` });

    expect(notices(h, "ani")).toEqual([`Usulan Bapak/Ibu ${s.drain.ticket} masuk daftar prioritas RT 02 (urutan 1), sumber dana APBD.`]);
    expect(notices(h, "citra")).toEqual([`Usulan Bapak/Ibu ${s.drain.ticket} masuk daftar prioritas RT 02 (urutan 1), sumber dana APBD.`]);
    expect(notices(h, "budi")).toEqual([`Usulan Bapak/Ibu ${s.lamp.ticket} masuk daftar prioritas RT 02 (urutan 2), sumber dana swadaya.`]);
    expect(notices(h, "dedi")).toEqual([
      `Your proposal ${s.park.ticket} was not prioritised this year at the rembug of RT 02, and will be brought to the next rembug again.`,
    ]);
    expect(notices(h, "eko")).toEqual([]);
    expect(notices(h, "fajar")).toEqual([]);
    expect(p.outbox.stats()).toMatchObject({ unsent: 0, unacked: 0, failed: 0 });

    // Redelivered: the same outbox job again (skipped by its acknowledgement), and the same event as a job that did
    // not come from the outbox (the effect itself finds its own history rows): nothing changes.
    const before = counts();
    await p.queue.add(QUEUES.rembug, "rembug-confirmed", { resultId }, { jobId: `rembug-confirmed-${resultId}-again` });
    await p.queue.republish(QUEUES.rembug, [{ name: "rembug-confirmed", payload: { resultId }, opts: { jobId: `rembug-confirmed-${resultId}` } }]);
    expect(await p.settle()).toBe(true);
    expect(counts()).toEqual(before);
    expect(statusOf(h, s.park.id)).toBe("belum-diprioritaskan");
  });

  it("for an RW list: the RW rank, the RT items it was made from, and RW candidates on no list are not prioritised", async () => {
    const s = await scene();
    const p = await start(new InProcessQueue());
    const rt = writeRembugResult(
      h.app.store,
      { cycleId: s.cycleId, level: "rt", rw: 3, rt: 2, items: [{ aspirationId: s.lamp.id, funding: "swadaya" }, { clusterId: s.drain.cluster }] },
      h.clock.now,
    );
    writeRembugResult(h.app.store, { cycleId: s.cycleId, level: "rw", rw: 3, items: [{ fromRtItems: [rt.itemIds[0]!], funding: "apbd" }] }, h.clock.now);
    await p.relay!.kick();
    expect(await p.settle()).toBe(true);
    expect(statusOf(h, s.lamp.id)).toBe("masuk-prioritas");
    expect(notices(h, "budi")).toEqual([
      `Usulan Bapak/Ibu ${s.lamp.ticket} masuk daftar prioritas RT 02 (urutan 1), sumber dana swadaya.`,
      `Usulan Bapak/Ibu ${s.lamp.ticket} masuk daftar prioritas RW 03 (urutan 1), sumber dana APBD.`,
    ]);
    // On the RT list but not the RW one: still prioritised (by its RT), and not told otherwise.
    expect(statusOf(h, s.drain.id)).toBe("masuk-prioritas");
    expect(notices(h, "ani")).toEqual([`Usulan Bapak/Ibu ${s.drain.ticket} masuk daftar prioritas RT 02 (urutan 2).`]);
    // eko's RT 03 has not held its rembug; the RW list did not take it: not prioritised this year.
    expect(statusOf(h, s.other.id)).toBe("belum-diprioritaskan");
    expect(notices(h, "eko")).toEqual([`Usulan Bapak/Ibu ${s.other.ticket} belum diprioritaskan tahun ini di rembug RW 03, dan akan dibawa lagi ke rembug berikutnya.`]);
    // Told once by the RT, not again by the RW.
    expect(notices(h, "dedi")).toHaveLength(1);
    expect(notices(h, "fajar")).toEqual([]);
  });

  it("through BullMQ on Redis: applied once, and a redelivery changes nothing", async () => {
    const s = await scene();
    const prefix = uniquePrefix("cycle-rembug");
    cleanups.push(() => deleteKeys(REDIS_URL, prefix));
    const p = await start(new BullmqQueue({ url: REDIS_URL, prefix, log }), prefix);
    const { resultId } = writeRembugResult(
      h.app.store,
      { cycleId: s.cycleId, level: "rt", rw: 3, rt: 2, items: [{ clusterId: s.drain.cluster, funding: "csr" }] },
      h.clock.now,
    );
    await p.relay!.kick();
    expect(await p.settle()).toBe(true);
    expect(statusOf(h, s.drain.id)).toBe("masuk-prioritas");
    expect(statusOf(h, s.lamp.id)).toBe("belum-diprioritaskan");
    expect(notices(h, "ani")).toEqual([`Usulan Bapak/Ibu ${s.drain.ticket} masuk daftar prioritas RT 02 (urutan 1), sumber dana CSR.`]);
    const before = counts();
    await p.queue.add(QUEUES.rembug, "rembug-confirmed", { resultId }, { jobId: `rembug-confirmed-${resultId}-again` });
    expect(await p.settle()).toBe(true);
    expect(counts()).toEqual(before);
  });
});
