/**
 * Pausing a running broadcast through real grammY and the fake Bot API, on both queue drivers: /siaran jeda takes
 * the deliveries not yet sent back from the outbound outbox (nothing more goes out but the sends already in flight),
 * /siaran lanjut gives them back, and every recipient ends with exactly one message.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import type { QueuePort } from "../../src/queue/port.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { deleteKeys, REDIS_URL, uniquePrefix } from "../queue/helpers.js";
import { FakeBotApi } from "../support/fake-bot-api.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { DRIVERS } from "./schedule-support.js";
import { until } from "./schedule-support.js";
import { seedResidents } from "./seed.js";

const ADMIN = 9000;
let h: TelegramHarness | undefined;
let p: Pipeline | undefined;
let cleanup: (() => Promise<unknown>) | undefined;
afterEach(async () => {
  await p?.stop();
  await h?.close();
  await cleanup?.();
  h = p = cleanup = undefined;
});

for (const driver of DRIVERS) {
  describe(`pausing a broadcast (${driver})`, () => {
    it("holds every delivery not yet sent while paused, and resume completes them with exactly one each", async () => {
      const server = await new FakeBotApi().start();
      server.flood = { perSecond: 30, perChatPerSecond: 1 };
      // 10 a second (the fan-out spreads Telegram rows at 90% of it): 60 recipients take about seven seconds.
      h = await makeTelegramHarness({ server, env: { LPMK_ADMINS: `telegram:${ADMIN}`, TELEGRAM_SENDS_PER_SECOND: "10" } });
      const admin = seedResidents(h.app.store, "telegram", 1, { rws: [1], address: () => String(ADMIN), now: Date.now() })[0]!;
      const people = seedResidents(h.app.store, "telegram", 60, { rws: [2, 3], address: (i) => String(2000 + i), now: Date.now() });
      let queue: QueuePort | undefined;
      if (driver === "bullmq") {
        const prefix = uniquePrefix("bcast-pause");
        queue = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 1 });
        cleanup = () => deleteKeys(REDIS_URL, prefix);
      }
      p = await startAppPipeline(h.app, "all", queue ? { queue } : {});
      const app = h.app;
      const id = app.store.tx(() => {
        const { id } = app.broadcasts.broadcaster.repo.create({
          kind: "sosialisasi",
          senderId: admin.id,
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
      const pending = () =>
        (
          app.store.db
            .prepare(`SELECT COUNT(*) AS n FROM outbound o JOIN broadcast_recipients r ON r.outbound_id = o.id WHERE r.broadcast_id = ? AND o.status = 'pending'`)
            .get(id) as { n: number }
        ).n;
      await until("a part of the broadcast to go out", () => delivered() >= 10);

      const adminTexts = () => server.messagesTo(ADMIN).map((c) => String(c.params.text ?? ""));
      await h.handled(server.text(ADMIN, `/siaran jeda ${id}`));
      await until("the pause to be confirmed", () => adminTexts().some((t) => t.includes(`Pengiriman #${id} dijeda`)));
      const atPause = delivered();
      expect(atPause).toBeLessThan(60);
      expect(pending()).toBe(0);
      // Two seconds paused: at most the sends that were already in flight complete, nothing new starts.
      await new Promise((r) => setTimeout(r, 2000));
      const inFlight = delivered() - atPause;
      console.log(`sends completed after the pause (in flight when it came): ${inFlight}`);
      expect(inFlight).toBeLessThanOrEqual(3);
      const held = delivered();
      await new Promise((r) => setTimeout(r, 500));
      expect(delivered()).toBe(held);
      expect(app.broadcasts.broadcaster.tick().finished).toBe(0);
      expect(adminTexts().join("\n")).not.toContain("Pengiriman selesai");

      await h.handled(server.text(ADMIN, `/siaran lanjut ${id}`));
      await until("everyone to get it after resume", () => delivered() === 60, 30_000);
      await new Promise((r) => setTimeout(r, 300));
      for (const r of people) expect(got(Number(r.address))).toBe(1);
      await until("the report", () => (app.broadcasts.broadcaster.tick(), app.broadcasts.broadcaster.repo.report(id)!.byStatus.sent === 60));
      expect(app.broadcasts.broadcaster.repo.report(id)!.byStatus).toEqual({ queued: 0, sent: 60, failed: 0, skipped: 0, blocked: 0 });
      // About ten seconds of paced sending and waiting when idle; the waits inside alone may take 30 s on a loaded
      // machine, more than the default test timeout.
    }, 90_000);
  });
}
