/**
 * A broadcast survives a restart in the middle of its delivery and a redelivered fan-out job: every recipient ends
 * with one message; duplicates are at most the sends in flight when the process stopped (printed).
 */
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { FakeBotApi } from "../support/fake-bot-api.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { tempDataDir } from "../support/telegram-test-app.js";
import { cpSync } from "node:fs";
import { seedResidents } from "./seed.js";
import { until } from "../support/until.js";

let h: TelegramHarness;
let p: Pipeline | undefined;
afterEach(async () => {
  await p?.stop();
  p = undefined;
  await h?.close();
});


describe("broadcast resume", () => {
  it("killed mid-delivery and restarted, sends the rest without repeating what was sent; a second fan-out queues nobody twice", async () => {
    const server = await new FakeBotApi().start();
    server.flood = { perSecond: 30, perChatPerSecond: 1 };
    // Slow answers keep sends in flight, as on a real network.
    server.sendDelayMs = 30;
    h = await makeTelegramHarness({ server, channel: { pacing: { perSecond: 20, perChatPerSecond: 1, chatBurst: 1 } } });
    const sender = seedResidents(h.app.store, "telegram", 1, { rws: [1], address: () => "9000", now: Date.now() })[0]!;
    const people = seedResidents(h.app.store, "telegram", 60, { rws: [2, 3], address: (i) => String(2000 + i), now: Date.now() });
    p = await startAppPipeline(h.app, "all");

    // Store the broadcast as the confirmed /umumkan effect does (the composing itself is tested elsewhere).
    const { broadcaster } = h.app.broadcasts;
    const id = h.app.store.tx(() => {
      const { id } = broadcaster.repo.create({
        kind: "sosialisasi",
        senderId: sender.id,
        audience: { type: "rw", rws: [2, 3] },
        content: { kind: "sosialisasi", text: "Posyandu Melati buka Selasa pagi di Balai RW 02." },
        now: Date.now(),
        reminders: { dayBeforeHour: 19, beforeMinutes: 120, zone: "Asia/Jakarta" },
      });
      p!.outbox.publish("broadcast.created", { broadcastId: id }, Date.now());
      return id;
    });
    void p.relay!.kick();
    const got = (chat: number) => server.messagesTo(chat).filter((c) => String(c.params.text ?? "").includes("Posyandu Melati")).length;
    const delivered = () => people.filter((r) => got(Number(r.address)) > 0).length;
    await until(() => delivered() >= 15, "a quarter of the broadcast to go out");

    // The kill: the data directory as it is on disk at this instant (better-sqlite3 writes synchronously, so this is
    // exactly what a SIGKILL would leave), and from the same instant the old process reaches Telegram no more.
    const crashDir = tempDataDir("rembug-bc-crash-");
    cpSync(h.dataDir, crashDir, { recursive: true });
    server.failWhile("sendMessage", { kind: "5xx" }, () => true);
    // In flight at the kill: requests the Bot API holds unanswered, and sends it answered whose "sent" mark is not on
    // disk yet. Only these may be repeated.
    const pending = new Set(
      (h.app.store.db.prepare(`SELECT address FROM outbound WHERE kind = 'broadcast' AND status = 'pending'`).all() as Array<{ address: string }>).map((r) => r.address),
    );
    const inFlight = server.inFlightSends + people.filter((r) => got(Number(r.address)) > 0 && pending.has(r.address)).length;
    const atKill = delivered();
    await p.stop();
    p = undefined;
    await h.close();

    // The restarted process on the crash image, against a fresh Bot API endpoint recording what it sends.
    const server2 = await new FakeBotApi().start();
    server2.flood = { perSecond: 30, perChatPerSecond: 1 };
    h = await makeTelegramHarness({ server: server2, dataDir: crashDir, channel: { pacing: { perSecond: 20, perChatPerSecond: 1, chatBurst: 1 } } });
    p = await startAppPipeline(h.app, "all");
    const total = (chat: number) => got(chat) + server2.messagesTo(chat).filter((c) => String(c.params.text ?? "").includes("Posyandu Melati")).length;
    // A recipient whose send the old process got answered but had not marked is sent again by the new one (a
    // duplicate, after its "got" already counts): wait for the outbox to be empty too, not only for everyone to have one.
    const stillPending = () => (h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM outbound WHERE kind = 'broadcast' AND status = 'pending'`).get() as { n: number }).n;
    await until(() => people.every((r) => total(Number(r.address)) >= 1) && stillPending() === 0, "the rest after the restart");
    await h.app.host.idle();
    expect(atKill).toBeLessThan(people.length);

    const duplicates = people.reduce((n, r) => n + Math.max(0, total(Number(r.address)) - 1), 0);
    console.log(`killed after ${atKill}/${people.length} sends: in flight at the kill ${inFlight}, duplicates ${duplicates}`);
    expect(duplicates).toBeLessThanOrEqual(inFlight);

    // A redelivered fan-out job (Redis lost it, the relay re-published) queues nobody again.
    const rows = () => (h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM outbound WHERE kind = 'broadcast'`).get() as { n: number }).n;
    const before = rows();
    expect(h.app.broadcasts.broadcaster.fanOut(id)).toEqual({ ok: true, queued: 0 });
    expect(rows()).toBe(before);
    expect(before).toBe(people.length);
    h.app.broadcasts.broadcaster.tick();
    expect(h.app.broadcasts.broadcaster.repo.report(id)!.byStatus).toEqual({ queued: 0, sent: 60, failed: 0, blocked: 0, skipped: 0 });
  }, 60_000);
});
