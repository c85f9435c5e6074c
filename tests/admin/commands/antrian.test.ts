/** The `antrian` admin view: counts, outbox backlog and failed jobs, in Indonesian and English. */
import { afterEach, describe, expect, it } from "vitest";
import { coreEffectHandlers } from "../../../src/app/effects.js";
import { silentLogger } from "../../../src/core/logger.js";
import { antrianReport } from "../../../src/admin/commands/antrian.js";
import { loadI18n, DEFAULT_LOCALES_DIR } from "../../../src/i18n/fluent.js";
import { BullmqQueue } from "../../../src/queue/bullmq.js";
import { InProcessQueue } from "../../../src/queue/in-process.js";
import { QUEUES } from "../../../src/queue/payloads.js";
import { UnrecoverableJobError } from "../../../src/queue/port.js";
import { OutboxRepo } from "../../../src/store/outbox.js";
import { createAggregator } from "../../../src/aggregator/aggregator.js";
import { startAggregateWorker } from "../../../src/workers/aggregate-worker.js";
import { OutboxRelay } from "../../../src/workers/outbox-relay.js";
import { withOutbox } from "../../../src/workers/with-outbox.js";
import { deleteKeys, REDIS_URL, uniquePrefix, waitFor } from "../../queue/helpers.js";
import { confirmAspiration, makeResident, tempStore } from "../../workers/support.js";

const log = silentLogger();
const { t } = loadI18n(DEFAULT_LOCALES_DIR);

describe("antrian admin view", () => {
  const cleanups: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  it("lists queue counts, the outbox backlog and failed jobs with their reason", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const prefix = uniquePrefix("antrian");
    const queue = new BullmqQueue({ url: REDIS_URL, prefix, log, partitions: 2 });
    cleanups.push(() => deleteKeys(REDIS_URL, prefix));
    cleanups.push(() => queue.close());
    const outbox = new OutboxRepo(ts.store.db);
    await confirmAspiration(ts.store, withOutbox(coreEffectHandlers, { outbox, kick: () => undefined }), makeResident(ts.store, "a"), 1);
    await queue.process(QUEUES.aggregate, async () => {
      throw new UnrecoverableJobError("aspiration 99 not found");
    });
    await queue.add(QUEUES.aggregate, "aspiration-created", { aspirationId: 99, rw: 1 }, { jobId: "aspiration-created-99", key: "rw-1" });
    await waitFor("failed", async () => (await queue.counts(QUEUES.aggregate)).failed === 1);

    const id = (await antrianReport({ queue, outbox, t, lang: "id" })).join("\n");
    expect(id).toContain("Antrian tugas (bullmq)");
    expect(id).toContain("aggregate: menunggu 0, berjalan 0, menunggu ulang 0, selesai 0, gagal 1");
    expect(id).toContain("Outbox: 1 peristiwa belum masuk antrian");
    expect(id).toMatch(/aggregate \/ aspiration-created-99 \(aspiration-created\), 1 kali dicoba, .*: aspiration 99 not found/);

    const en = (await antrianReport({ queue, outbox, t, lang: "en" })).join("\n");
    expect(en).toContain("Failed jobs (newest first):");
  });

  it("says that in-process counts are only visible inside the bot", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const lines = await antrianReport({ queue: new InProcessQueue(), outbox: new OutboxRepo(ts.store.db), t, lang: "id" });
    expect(lines).toEqual([
      "Antrian tugas (in-process)",
      t("id", "antrian-in-process"),
      "Outbox: 0 peristiwa belum masuk antrian",
      "Sudah masuk antrian, belum dikonfirmasi pekerja: 0 peristiwa",
    ]);
  });

  it("lists the events a worker has not acknowledged yet, with their age, and drops them once acknowledged", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const outbox = new OutboxRepo(ts.store.db);
    const queue = new InProcessQueue({ log });
    cleanups.push(() => queue.close());
    const effects = withOutbox(coreEffectHandlers, { outbox, kick: () => undefined });
    const resident = makeResident(ts.store, "u");
    const first = await confirmAspiration(ts.store, effects, resident, 1);
    const second = await confirmAspiration(ts.store, effects, resident, 2);
    const created = (outbox.unsent(10)[0]!).createdAt;
    await new OutboxRelay({ outbox, queue, log, now: () => created + 3 * 60_000 }).kick();

    const report = async () => (await antrianReport({ queue, outbox, t, lang: "id", now: created + 10.5 * 60_000 })).join("\n");
    expect(await report()).toContain("Sudah masuk antrian, belum dikonfirmasi pekerja: 2 peristiwa");
    expect(await report()).toContain(`- aspiration-created-${first}: umur 10 menit, masuk antrian 7 menit lalu, dikirim ulang 0 kali`);
    expect(await report()).toContain(`- aspiration-created-${second}: umur 10 menit`);
    const en = (await antrianReport({ queue, outbox, t, lang: "en", now: created + 10.5 * 60_000 })).join("\n");
    expect(en).toContain(`- aspiration-created-${first}: 10 min old, queued 7 min ago, re-sent 0 times`);

    // A worker acknowledges the first one; the second it refuses for good (as for an aspiration that is gone).
    const aggregator = createAggregator(ts.store.db, { log });
    const ingest = (id: number) => (id === second ? { ok: false, aspirationId: id, error: "not-found" } : aggregator.ingest(id));
    await startAggregateWorker({ queue, ingest, db: ts.store.db, outbox, log });
    await waitFor("both settled", async () => (await queue.counts(QUEUES.aggregate)).completed + (await queue.counts(QUEUES.aggregate)).failed === 2);
    const after = await report();
    expect(after).toContain("Sudah masuk antrian, belum dikonfirmasi pekerja: 0 peristiwa");
    expect(after).not.toContain("aspiration-created-");
    expect(after).toContain("Ditolak pekerja untuk selamanya (tidak dikirim ulang): 1 peristiwa");
  });
});
