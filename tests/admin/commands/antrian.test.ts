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
    ]);
  });
});
