/**
 * Broadcasts sent later and repeating, on both queue drivers: a scheduled one fans out at its time (not before), a
 * cancelled one never; a repeating one runs as a job scheduler in TZ_KELURAHAN and each iteration is its own
 * broadcast with its own report, at the right local times across month boundaries (Asia/Jakarta, Asia/Makassar).
 */
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import { nextRun } from "../../src/queue/cron.js";
import { QUEUES } from "../../src/queue/payloads.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { grant } from "./helpers.js";
import { DRIVERS, driverSetup, until, type DriverName, type DriverSetup } from "./schedule-support.js";

const START = Date.UTC(2026, 10, 25, 3, 0, 0); // Wednesday 25 November 2026, 10.00 WIB

let h: Harness | undefined;
let p: Pipeline | undefined;
let d: DriverSetup | undefined;
afterEach(async () => {
  await p?.stop();
  await h?.close();
  await d?.cleanup();
  h = p = d = undefined;
});

async function setup(driver: DriverName, start: number, zone = "Asia/Jakarta"): Promise<Harness> {
  d = driverSetup(driver, start);
  const harness = await createHarness({ clock: d.clock, env: { TZ_KELURAHAN: zone } });
  h = harness;
  await harness.register("lpmk", "Bu Sekretaris", "1", "1");
  grant(harness, "lpmk", { role: "pengurus_lpmk" });
  for (const u of ["w1", "w2", "w3"]) await harness.register(u, `Warga ${u}`, "3", "1");
  p = await startAppPipeline(harness.app, "all", { queue: d.queue });
  return harness;
}

async function compose(h: Harness, text: string, when: string[]): Promise<string> {
  let last = "";
  for (const t of ["/umumkan", "Sosialisasi", "Warga RW tertentu", "3", text, "lewati", "lewati", ...when, "Kirim"]) last = textOf(await h.send("lpmk", t));
  return last;
}

const got = (h: Harness, u: string, mark: string) => h.channel.sentTo(u).filter((m) => m.text.includes(mark)).length;
const flushUntil = (h: Harness, what: string, check: () => boolean, ms?: number) =>
  until(
    what,
    async () => {
      h.app.host.delivery.flushAll();
      await h.app.host.idle();
      return check();
    },
    ms,
  );

for (const driver of DRIVERS) {
  describe(`a broadcast sent at a set time (${driver})`, () => {
    it("fans out at its time and not before; one cancelled before its time is never sent", async () => {
      // Thursday 26 November, 07.59.50 WIB: "hari ini jam 8" is ten seconds ahead. On BullMQ the clock runs in real
      // time from setup(): registering, composing twice, cancelling and the relay must all finish before 08.00, or the
      // broadcast goes out before the "not before" check (2.5 s of the lead were used on a loaded 2-core machine;
      // five seconds were too few). advance() waits real time up to ten seconds, so the lead stays at most that.
      const t0 = Date.UTC(2026, 10, 26, 0, 59, 50);
      const h = await setup(driver, t0);
      const reply = await compose(h, "Posyandu Melati buka hari ini di Balai RW 03.", ["Pada waktu tertentu", "hari ini jam 8"]);
      expect(reply).toContain("akan dikirim Kamis, 26 November 2026 pukul 08.00 WIB");
      await compose(h, "Kerja bakti ditunda, mohon abaikan pesan sebelumnya.", ["Pada waktu tertentu", "hari ini jam 8"]);
      expect(textOf(await h.send("lpmk", "/siaran batal 2"))).toContain("dibatalkan sebelum dikirim");
      await until("the relay to hand both to the queue", async () => (await d!.queue.counts(QUEUES.broadcast)).delayed === 2);
      const list = textOf(await h.send("lpmk", "/siaran"));
      expect(list).toContain("terjadwal, dikirim Kamis, 26 November 2026 pukul 08.00 WIB");
      expect(list).toContain("dibatalkan");
      h.app.host.delivery.flushAll();
      await h.app.host.idle();
      for (const u of ["w1", "w2", "w3"]) expect(got(h, u, "Posyandu Melati")).toBe(0);

      await d!.advance(Date.UTC(2026, 10, 26, 1, 0, 0));
      await flushUntil(h, "the scheduled broadcast to reach everyone", () => ["w1", "w2", "w3"].every((u) => got(h, u, "Posyandu Melati") === 1));
      await until("the cancelled one's job to run", async () => (await d!.queue.counts(QUEUES.broadcast)).delayed === 0);
      await new Promise((r) => setTimeout(r, 100));
      for (const u of ["w1", "w2", "w3"]) {
        expect(got(h, u, "Posyandu Melati")).toBe(1);
        expect(got(h, u, "Kerja bakti ditunda")).toBe(0);
      }
    }, 60_000);
  });
}

const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat("ccc yyyy-MM-dd HH:mm");

for (const [zone, abbr] of [["Asia/Jakarta", "WIB"], ["Asia/Makassar", "WITA"]] as const) {
  describe(`a repeating broadcast in ${zone}`, () => {
    it("in-process: every second Tuesday at 08.00 local, each iteration its own broadcast, until stopped", async () => {
      const start = DateTime.fromObject({ year: 2026, month: 11, day: 25, hour: 10 }, { zone }).toMillis();
      const h = await setup("in-process", start, zone);
      const reply = await compose(h, "Posyandu Melati buka di Balai RW 03, bawa buku KIA.", ["Berulang", "Setiap bulan, pada hari ke-sekian", "Selasa 8/12 08.00"]);
      expect(reply).toContain(`setiap hari Selasa kedua tiap bulan pukul 08.00 ${abbr}`);
      await until("the scheduler", async () => (await d!.queue.schedulers(QUEUES.broadcast)).length === 1);
      // Week by week to the end of February, letting each iteration run.
      for (let at = start; at < DateTime.fromObject({ year: 2027, month: 2, day: 28 }, { zone }).toMillis(); at += 7 * 86_400_000) {
        await d!.advance(at);
        // tick(): statuses are read back from the outbound rows, and a finished iteration reports to its sender.
        await flushUntil(h, "the iteration's deliveries", () => (h.app.broadcasts.broadcaster.tick(), h.app.broadcasts.broadcaster.repo.unfinished().length === 0));
      }
      const rows = h.app.store.db.prepare(`SELECT id, send_at AS sendAt FROM broadcasts WHERE schedule_id = 1 ORDER BY send_at`).all() as Array<{ id: number; sendAt: number }>;
      expect(rows.map((r) => local(r.sendAt, zone))).toEqual(["Tue 2026-12-08 08:00", "Tue 2027-01-12 08:00", "Tue 2027-02-09 08:00"]);
      for (const u of ["w1", "w2", "w3"]) expect(got(h, u, "Posyandu Melati buka")).toBe(3);
      for (const r of rows) expect(textOf(await h.send("lpmk", `/siaran ${r.id}`))).toContain("Penerima 3: terkirim 3");
      const list = textOf(await h.send("lpmk", "/siaran"));
      expect(list).toContain("R1 Sosialisasi / informasi: Posyandu Melati");
      expect(list).toContain(`berikutnya Selasa, 9 Maret 2027 pukul 08.00 ${abbr}`);

      expect(textOf(await h.send("lpmk", "/siaran batal R1"))).toContain("R1 dihentikan");
      await until("the scheduler to be removed", async () => (await d!.queue.schedulers(QUEUES.broadcast)).length === 0);
      await d!.advance(DateTime.fromObject({ year: 2027, month: 4, day: 30 }, { zone }).toMillis());
      expect((h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM broadcasts WHERE schedule_id = 1`).get() as { n: number }).n).toBe(3);
    });

    it("bullmq: the job scheduler is stored with the pattern and tz, its next iteration at 08.00 local, removed when stopped", async () => {
      const h = await setup("bullmq", START, zone);
      await compose(h, "Posyandu Melati buka di Balai RW 03, bawa buku KIA.", ["Berulang", "Setiap bulan, pada hari ke-sekian", "Selasa 8/12 08.00"]);
      await until("the scheduler", async () => (await d!.queue.schedulers(QUEUES.broadcast)).length === 1);
      const [s] = await d!.queue.schedulers(QUEUES.broadcast);
      expect(s).toMatchObject({ id: "broadcast-schedule-1", pattern: "0 8 * * 2#2", tz: zone });
      expect(s!.next).toBe(nextRun("0 8 * * 2#2", zone, Date.now()));
      expect(local(s!.next!, zone)).toMatch(/^Tue \d{4}-\d{2}-(0[8-9]|1[0-4]) 08:00$/);
      expect(textOf(await h.send("lpmk", "/siaran batal R1"))).toContain("R1 dihentikan");
      await until("the scheduler to be removed", async () => (await d!.queue.schedulers(QUEUES.broadcast)).length === 0);
    });
  });
}
