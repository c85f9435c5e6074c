/** `hapus data` by the sender of a repeating broadcast: the schedule keeps no link to them and sends nothing more. */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { grant } from "./helpers.js";
import { driverSetup, until, type DriverSetup } from "./schedule-support.js";
import { jpegWithGps } from "../support/photos.js";

let h: Harness | undefined;
let p: Pipeline | undefined;
let d: DriverSetup | undefined;
afterEach(async () => {
  await p?.stop();
  await h?.close();
  h = p = d = undefined;
});

it("stops the sender's repeating broadcast and unlinks it when they delete their data", async () => {
  d = driverSetup("in-process", Date.UTC(2026, 10, 25, 3, 0, 0));
  h = await createHarness({ clock: d.clock });
  await h.register("kader", "Bu Kader", "3", "1");
  grant(h, "kader", { role: "kader", rw: 3 });
  await h.register("w1", "Warga", "3", "2");
  p = await startAppPipeline(h.app, "all", { queue: d.queue });
  for (const t of ["/umumkan", "Sosialisasi", "Warga RW tertentu", "3", "Posyandu Melati buka di Balai RW 03.", "lewati", "lewati", "Berulang", "Setiap minggu, pada hari yang sama", "Selasa 1/12 08.00", "Kirim"]) {
    await h.send("kader", t);
  }
  const db = h.app.store.db;
  expect(db.prepare(`SELECT COUNT(*) AS n FROM broadcast_schedules WHERE sender_resident_id IS NOT NULL AND stopped_at IS NULL`).get()).toEqual({ n: 1 });
  await h.send("kader", "hapus data");
  await h.send("kader", "1");
  expect(db.prepare(`SELECT sender_resident_id AS s, stopped_at IS NOT NULL AS stopped FROM broadcast_schedules`).all()).toEqual([{ s: null, stopped: 1 }]);
  await d.advance(Date.UTC(2026, 11, 20));
  expect(db.prepare(`SELECT COUNT(*) AS n FROM broadcasts`).get()).toEqual({ n: 0 });
  expect(h.channel.sentTo("w1").some((m) => m.text.includes("Posyandu Melati"))).toBe(false);
});

it("still sends the poster of a broadcast scheduled before its sender deleted their data", async () => {
  const start = Date.UTC(2026, 10, 25, 3, 0, 0); // Wednesday 25 November 2026, 10.00 WIB
  d = driverSetup("in-process", start);
  h = await createHarness({ clock: d.clock });
  await h.register("lpmk", "Bu Sekretaris", "1", "1");
  grant(h, "lpmk", { role: "pengurus_lpmk" });
  await h.register("w1", "Warga", "3", "2");
  p = await startAppPipeline(h.app, "all", { queue: d.queue });
  for (const t of ["/umumkan", "Sosialisasi", "Warga RW tertentu", "3", "Posyandu Melati buka di Balai RW 03."]) await h.send("lpmk", t);
  await h.send("lpmk", { kind: "photo", ref: h.channel.addMedia(await jpegWithGps()) });
  for (const t of ["lewati", "Pada waktu tertentu", "besok jam 8", "Kirim"]) await h.send("lpmk", t);
  const poster = JSON.parse((h.app.store.db.prepare(`SELECT content FROM broadcasts`).get() as { content: string }).content).photo as string;
  expect(existsSync(path.join(h.dataDir, poster))).toBe(true);
  await h.send("lpmk", "hapus data");
  expect(textOf(await h.send("lpmk", "1"))).toMatch(/sudah dihapus/);
  // The poster is the broadcast's now, not a draft of the sender's: it stays, and goes out at the set time.
  expect(existsSync(path.join(h.dataDir, poster))).toBe(true);
  await d.advance(Date.UTC(2026, 10, 26, 1, 1));
  await until("the broadcast to reach the resident", async () => {
    h!.app.host.delivery.flushAll();
    await h!.app.host.idle();
    return h!.channel.sentTo("w1").some((m) => m.text.includes("Posyandu Melati"));
  });
  const got = h.channel.sentTo("w1").find((m) => m.document);
  expect(got?.document?.path).toBe(poster);
});
