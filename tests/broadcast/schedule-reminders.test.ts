/**
 * Moving and calling off a meeting on both queue drivers: after /siaran ubah one change notice goes out and only the
 * reminders for the new time fire (a reminder made for the old time never does, even if its row survived); after
 * /siaran batal a cancellation notice goes out and no reminder fires. An RT head cannot control another's broadcast.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { auditActions, grant, settle } from "./helpers.js";
import { DRIVERS, driverSetup, type DriverSetup } from "./schedule-support.js";

// Wednesday 25 November 2026, 10.00 WIB.
const START = Date.UTC(2026, 10, 25, 3, 0, 0);
const wib = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 7, minute);

let h: Harness | undefined;
let p: Pipeline | undefined;
let d: DriverSetup | undefined;
afterEach(async () => {
  await p?.stop();
  await h?.close();
  await d?.cleanup();
  h = p = d = undefined;
});

async function setup(driver: (typeof DRIVERS)[number]): Promise<Harness> {
  d = driverSetup(driver, START);
  const harness = await createHarness({ clock: d.clock });
  h = harness;
  await harness.register("lpmk", "Pak Ketua", "1", "1");
  grant(harness, "lpmk", { role: "pengurus_lpmk" });
  await harness.register("rt", "Bu RT", "3", "2");
  grant(harness, "rt", { role: "ketua_rt", rw: 3, rt: 2 });
  for (const [u, rt] of [["w1", "1"], ["w2", "2"], ["w3", "1"], ["w4", "3"]] as const) await harness.register(u, `Warga ${u}`, "3", rt);
  await harness.send("w4", "berhenti");
  p = await startAppPipeline(harness.app, "all", { queue: d.queue });
  return harness;
}

/** The LPMK invites RW 03 to a meeting on Saturday 28/11 19.30, sent now. */
async function invite(h: Harness): Promise<void> {
  for (const text of ["/umumkan", "Undangan rapat", "Warga RW tertentu", "3", "Rembug warga RW 03", "Sabtu 28/11 19.30", "Balai RW 03", "Prioritas usulan", "Sekarang", "Kirim"]) {
    await h.send("lpmk", text);
  }
  await settle(h, p!);
}

const reminders = (h: Harness, u: string) => h.channel.sentTo(u).filter((m) => m.text.startsWith("⏰")).map((m) => m.text);
const notices = (h: Harness, u: string, mark: string) => h.channel.sentTo(u).filter((m) => m.text.startsWith(mark));

async function tickAt(h: Harness, at: number): Promise<number> {
  await d!.advance(at);
  const n = h.app.broadcasts.broadcaster.tick().reminders;
  await h.app.host.idle();
  return n;
}

for (const driver of DRIVERS) {
  describe(`meetings moved and called off (${driver})`, () => {
    it("after /siaran ubah sends one change notice, drops the old reminders and fires only the new ones", async () => {
      const h = await setup(driver);
      await invite(h);
      await h.press("w2", "tidak");

      // A time in the past, or unreadable, is refused with an example; nothing changes.
      expect(textOf(await h.send("lpmk", "/siaran ubah 1 hari ini jam 8"))).toMatch(/sudah lewat/);
      expect(textOf(await h.send("lpmk", "/siaran ubah 1 kapan-kapan"))).toMatch(/contoh/i);
      expect(textOf(await h.send("lpmk", "/siaran ubah 1 Senin 30/11 19.30"))).toContain("dipindah ke Senin, 30 November 2026 pukul 19.30 WIB");
      await settle(h, p!);

      for (const u of ["w1", "w2", "w3"]) {
        const got = notices(h, u, "📢 Perubahan waktu rapat");
        expect(got).toHaveLength(1);
        expect(got[0]!.text).toContain("Waktu baru: Senin, 30 November 2026 pukul 19.30 WIB");
      }
      expect(notices(h, "w4", "📢")).toHaveLength(0);

      // A reminder row made for the old time that somehow survived (another process, a restore) is checked when due.
      h.app.store.db.prepare(`INSERT INTO broadcast_reminders (broadcast_id, label, due_at, for_meeting_at) VALUES (1, 'stale', ?, ?)`).run(wib(27, 19), wib(28, 19, 30));

      // The old times: H-1 (Friday 19.00) and two hours before (Saturday 17.30): nothing.
      expect(await tickAt(h, wib(27, 19))).toBe(0);
      expect(await tickAt(h, wib(28, 17, 30))).toBe(0);
      expect(reminders(h, "w1")).toEqual([]);
      // After the old start, before the new one: an answer to the invitation's buttons still counts.
      await d!.advance(wib(28, 20));
      await h.send("w1", "/rsvp 1");
      expect(textOf(await h.send("w1", "Hadir"))).toContain("kehadiran Bapak/Ibu kami catat");
      // The new ones: Sunday 19.00 and Monday 17.30, with the new time, not to the one who said Tidak hadir.
      expect(await tickAt(h, wib(29, 19))).toBe(1);
      expect(await tickAt(h, wib(30, 17, 30))).toBe(1);
      for (const u of ["w1", "w3"]) {
        expect(reminders(h, u)).toHaveLength(2);
        for (const r of reminders(h, u)) expect(r).toContain("Senin, 30 November 2026 pukul 19.30 WIB");
      }
      expect(reminders(h, "w2")).toEqual([]);
      expect(auditActions(h, "broadcast.reschedule").map((a) => a.subject)).toEqual(["broadcast:1"]);
    });

    it("after /siaran batal sends a cancellation notice and no reminder fires", async () => {
      const h = await setup(driver);
      await invite(h);
      expect(textOf(await h.send("lpmk", "/siaran batal 1"))).toContain("Rapat #1 dibatalkan");
      await settle(h, p!);
      for (const u of ["w1", "w2", "w3"]) expect(notices(h, u, "❌ Rapat \"Rembug warga RW 03\"")).toHaveLength(1);
      // An answer on the invitation's buttons, still open, is not taken for a called-off meeting.
      expect(textOf(await h.press("w1", "hadir"))).toContain("rapat ini sudah dibatalkan");
      expect(notices(h, "w4", "❌")).toHaveLength(0);
      expect(await tickAt(h, wib(27, 19))).toBe(0);
      expect(await tickAt(h, wib(28, 17, 30))).toBe(0);
      for (const u of ["w1", "w2", "w3"]) expect(reminders(h, u)).toEqual([]);
      expect(textOf(await h.send("w3", "/rsvp 1"))).toContain("rapat ini sudah dibatalkan");
      expect(textOf(await h.send("lpmk", "/siaran"))).toContain("dibatalkan");
      expect(textOf(await h.send("lpmk", "/siaran ubah 1 Senin 30/11 19.30"))).toContain("tidak dapat diubah");
    });

    it("an invitation sent later keeps no reminder due before it is sent, and cannot be moved before its send time", async () => {
      const h = await setup(driver);
      for (const text of ["/umumkan", "Undangan rapat", "Warga RW tertentu", "3", "Rembug warga RW 03", "Sabtu 28/11 19.30", "Balai RW 03", "Prioritas usulan", "Pada waktu tertentu"]) {
        await h.send("lpmk", text);
      }
      // After the meeting: refused; the day itself at 10.00 (after the H-1 reminder's 19.00 the evening before): taken.
      expect(textOf(await h.send("lpmk", "Sabtu 28/11 20.00"))).toContain("sebelum rapatnya dimulai");
      expect(textOf(await h.send("lpmk", "Sabtu 28/11 10.00"))).toContain("Waktu kirim: Sabtu, 28 November 2026 pukul 10.00 WIB");
      expect(textOf(await h.send("lpmk", "Kirim"))).toContain("dijadwalkan");
      const labels = h.app.store.db.prepare(`SELECT label FROM broadcast_reminders WHERE broadcast_id = 1 ORDER BY label`).all();
      expect(labels).toEqual([{ label: "soon" }]);
      expect(textOf(await h.send("lpmk", "/siaran ubah 1 Jumat 27/11 19.30"))).toContain("baru akan dikirim Sabtu, 28 November 2026 pukul 10.00 WIB");
      expect(await tickAt(h, wib(27, 19))).toBe(0);
    });

    it("refuses an RT head who tries to control the LPMK's broadcast, and audits each attempt", async () => {
      const h = await setup(driver);
      await invite(h);
      for (const cmd of ["/siaran jeda 1", "/siaran batal 1", "/siaran ubah 1 Senin 30/11 19.30"]) {
        const reply = textOf(await h.send("rt", cmd));
        expect(reply).toMatch(/^Mohon maaf, fitur ini hanya untuk pengurus yang berwenang/);
        expect(reply).toContain("Pengumuman #1 dikirim oleh pengurus lain");
      }
      expect(auditActions(h, "access.denied").map((a) => a.subject)).toEqual(["broadcast-control:1", "broadcast-control:1", "broadcast-control:1"]);
      // Nothing changed: the meeting stands and its reminders fire.
      expect(auditActions(h, "broadcast.cancel")).toEqual([]);
      expect(await tickAt(h, wib(27, 19))).toBe(1);
    });
  });
}
