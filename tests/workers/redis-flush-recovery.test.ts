/**
 * Issue 7.1 end to end, with real processes: `--role bot` on a private Redis and no worker, residents confirm
 * aspirations over the (fake) Telegram Bot API, the private Redis is flushed, then `--role worker` starts. Every
 * aspiration reaches the recap exactly once, without `reingest`: the relay re-publishes what no worker acknowledged.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { QUEUES } from "../../src/queue/payloads.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { htmlToPlain } from "../support/telegram-harness.js";
import { waitFor } from "../queue/helpers.js";
import { freePort, RedisServer, spawnTs } from "./support.js";

const MAIN = path.resolve("src/main.ts");
const ADMIN = path.resolve("src/admin/cli.ts");
const PREFIX = "flush";

/** Six residents in three RWs, each with an aspiration of a different subject (no two cluster together). */
const RESIDENTS = [
  { chat: 9101, name: "Ani", rw: "1", rt: "1", category: "1", text: "Jalan di depan masjid berlubang besar dan licin" },
  { chat: 9102, name: "Budi", rw: "1", rt: "2", category: "2", text: "Selokan gang melati mampet, air meluap saat hujan" },
  { chat: 9103, name: "Citra", rw: "2", rt: "1", category: "3", text: "Sampah di belakang pasar tidak diangkut seminggu" },
  { chat: 9104, name: "Dedi", rw: "2", rt: "3", category: "4", text: "Air PAM mati tiga hari berturut-turut di RT kami" },
  { chat: 9105, name: "Eka", rw: "3", rt: "2", category: "5", text: "Posyandu butuh timbangan bayi yang baru" },
  { chat: 9106, name: "Fajar", rw: "3", rt: "4", category: "6", text: "Pelatihan pemasaran daring untuk UMKM ibu-ibu" },
];

describe("aspirations after Redis loses its data", () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  it("reach the recap exactly once when the bot's Redis is flushed before any worker ran, without reingest", async () => {
    const redis = new RedisServer(await freePort());
    await redis.start();
    cleanups.push(() => redis.stop());
    const server: FakeBotApi = await startFakeBotApi();
    cleanups.push(() => server.stop());
    const dataDir = mkdtempSync(path.join(tmpdir(), "rembug-flush-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = {
      DATA_DIR: dataDir,
      TELEGRAM_BOT_TOKEN: server.token,
      TELEGRAM_API_ROOT: server.apiRoot,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: PREFIX,
      // A short redelivery period, so the test need not wait the default 300 s.
      OUTBOX_REDELIVER_AFTER_S: "2",
      LOG_LEVEL: "info",
    };

    // 1. The bot alone: channels, flows and the outbox relay; no worker anywhere.
    const bot = spawnTs(MAIN, env, ["--role", "bot"]);
    cleanups.push(() => bot.kill());
    await bot.waitFor('"msg":"rembug started"', 60_000);

    // 2. Residents register and confirm one aspiration each (messages of one chat are handled in order).
    for (const r of RESIDENTS) {
      for (const text of ["halo", "1", r.name, r.rw, r.rt, "1", r.category, r.text, "Dekat pos ronda", "lewati", "kirim"]) server.text(r.chat, text);
    }
    const tickets: string[] = [];
    for (const r of RESIDENTS) {
      await server.waitFor(() => server.messagesTo(r.chat).some((m) => /ASP-[A-Z0-9]{4}/.test(String(m.params.text ?? ""))), `ticket for ${r.chat}`, 60_000);
      const m = server.messagesTo(r.chat).find((c) => /ASP-[A-Z0-9]{4}/.test(String(c.params.text ?? "")))!;
      tickets.push(/ASP-[A-Z0-9]{4}/.exec(htmlToPlain(String(m.params.text)))![0]);
    }
    expect(new Set(tickets).size).toBe(RESIDENTS.length);

    const db = new Database(path.join(dataDir, "rembug.db"), { readonly: true });
    cleanups.push(() => db.close());
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    await waitFor("the relay queued every event", () => count(`SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NOT NULL`) === RESIDENTS.length);
    const probe = new BullmqQueue({ url: redis.url, prefix: PREFIX, log: silentLogger(), partitions: 4 });
    cleanups.push(() => probe.close());
    expect((await probe.counts(QUEUES.aggregate)).waiting).toBe(RESIDENTS.length);

    // 3. Redis loses everything, then the worker starts.
    // Checked in the same transaction as the flush: with a 2 s redelivery period the bot may re-publish the rows
    // right after it (under load the queue was seen refilled before a separate count ran).
    const admin = new Redis(redis.url);
    const flushed = await admin.multi().flushall().dbsize().exec();
    admin.disconnect();
    expect(flushed?.map(([err, value]) => [err, value])).toEqual([
      [null, "OK"],
      [null, 0],
    ]);
    expect(count(`SELECT COUNT(*) AS n FROM cluster_members`)).toBe(0);
    const worker = spawnTs(MAIN, env, ["--role", "worker"]);
    cleanups.push(() => worker.kill());
    await worker.waitFor('"msg":"rembug started"', 60_000);

    // 4. Every aspiration reaches the aggregator once, and every outbox row is acknowledged.
    await waitFor(
      "every aspiration aggregated and acknowledged",
      () => count(`SELECT COUNT(*) AS n FROM outbox WHERE delivered_at IS NOT NULL`) === RESIDENTS.length,
      60_000,
    );
    expect(count(`SELECT COUNT(*) AS n FROM cluster_members`)).toBe(RESIDENTS.length);
    expect(count(`SELECT COUNT(DISTINCT aspiration_id) AS n FROM cluster_members`)).toBe(RESIDENTS.length);
    expect(count(`SELECT SUM(members) AS n FROM clusters`)).toBe(RESIDENTS.length);
    expect(count(`SELECT SUM(supporters) AS n FROM clusters`)).toBe(RESIDENTS.length);
    // They came back through redelivery (the jobs the bot queued were flushed away).
    expect(count(`SELECT MIN(redeliveries) AS n FROM outbox`)).toBeGreaterThan(0);
    expect(bot.output()).toMatch(/re-published them/);

    // The recap the LPMK reads, from the admin command in a process of its own.
    const rekap = spawnSync(process.execPath, ["--import", "tsx", ADMIN, "rekap"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir, LOG_LEVEL: "silent" },
      timeout: 60_000,
    });
    expect(rekap.status).toBe(0);
    expect(rekap.stdout).toContain(`Aspirasi masuk: ${RESIDENTS.length} aspirasi dari warga\nSetelah aspirasi serupa digabung: ${RESIDENTS.length} usulan`);
    expect(rekap.stdout).not.toContain("Masih diolah");
    expect(rekap.stdout).toMatch(/RW 01: 2 aspirasi[\s\S]*RW 02: 2 aspirasi[\s\S]*RW 03: 2 aspirasi/);
  }, 180_000);
});
