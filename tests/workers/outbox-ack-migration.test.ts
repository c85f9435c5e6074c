/**
 * Upgrading a deployment hit by the bug: rows the old relay marked "sent" whose jobs never reached the aggregator
 * are re-published after migration 006 and aggregated, without reingest; rows already aggregated stay done.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAggregator } from "../../src/aggregator/aggregator.js";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { MIGRATIONS_DIR, openDb } from "../../src/store/db.js";
import { openStore } from "../../src/store/index.js";
import { OutboxRepo } from "../../src/store/outbox.js";
import { startAggregateWorker } from "../../src/workers/aggregate-worker.js";
import { OutboxRelay } from "../../src/workers/outbox-relay.js";
import { deleteKeys, REDIS_URL, uniquePrefix, waitFor } from "../queue/helpers.js";

const log = silentLogger();

describe("migration 006 on an outbox written by the old relay", () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  it("acknowledges rows already aggregated and re-publishes the ones the queue lost", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rembug-006-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const oldMigrations = path.join(dir, "migrations");
    mkdirSync(oldMigrations);
    for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => /^00[1-5]-/.test(f))) copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(oldMigrations, f));
    const file = path.join(dir, "rembug.db");

    // The old schema: three aspirations; the old relay marked #1 and #2 sent, only #1 reached the aggregator.
    const old = openDb({ file, migrationsDir: oldMigrations });
    const insAsp = old.prepare(
      `INSERT INTO aspirations (id, ticket, rw, rt, category, tridaya, description, created_at, updated_at)
       VALUES (?, ?, 1, 1, 'drainase', 'lingkungan', ?, 1000, 1000)`,
    );
    insAsp.run(1, "ASP-AAAA", "Selokan mampet di gang mawar");
    insAsp.run(2, "ASP-BBBB", "Jalan berlubang depan sekolah");
    insAsp.run(3, "ASP-CCCC", "Lampu jalan mati di ujung gang");
    const insOut = old.prepare(`INSERT INTO outbox (topic, job_id, payload, created_at, sent_at) VALUES ('aspiration.created', ?, ?, 1000, ?)`);
    insOut.run("aspiration-created-1", JSON.stringify({ aspirationId: 1, rw: 1 }), 1500);
    insOut.run("aspiration-created-2", JSON.stringify({ aspirationId: 2, rw: 1 }), 1500);
    insOut.run("aspiration-created-3", JSON.stringify({ aspirationId: 3, rw: 1 }), null);
    old.prepare(`INSERT INTO clusters (id, rw, category, tridaya, representative_aspiration_id, supporters, members, created_at, updated_at) VALUES (1, 1, 'drainase', 'lingkungan', 1, 0, 1, 1000, 1000)`).run();
    old.prepare(`INSERT INTO cluster_members (cluster_id, aspiration_id, state, joined_at) VALUES (1, 1, 'own', 1000)`).run();
    old.close();

    const store = openStore(file);
    cleanups.push(() => store.close());
    const outbox = new OutboxRepo(store.db);
    const state = () => store.db.prepare(`SELECT job_id, sent_at, delivered_at FROM outbox ORDER BY id`).all();
    expect(state()).toEqual([
      { job_id: "aspiration-created-1", sent_at: 1500, delivered_at: 1500 },
      { job_id: "aspiration-created-2", sent_at: 1500, delivered_at: null },
      { job_id: "aspiration-created-3", sent_at: null, delivered_at: null },
    ]);

    const prefix = uniquePrefix("migration-006");
    const queue = new BullmqQueue({ url: REDIS_URL, prefix, log, partitions: 2 });
    cleanups.push(async () => {
      await queue.close();
      await deleteKeys(REDIS_URL, prefix);
    });
    const aggregator = createAggregator(store.db, { log });
    await startAggregateWorker({ queue, ingest: (id) => aggregator.ingest(id), db: store.db, outbox, log });
    await new OutboxRelay({ outbox, queue, log }).kick();
    await waitFor("all acknowledged", () => outbox.stats().unacked === 0 && outbox.stats().unsent === 0);
    expect(store.db.prepare(`SELECT aspiration_id FROM cluster_members ORDER BY aspiration_id`).all()).toEqual([
      { aspiration_id: 1 },
      { aspiration_id: 2 },
      { aspiration_id: 3 },
    ]);
  });
});
