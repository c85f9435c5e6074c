/**
 * `/siaran <nomor>` shows the delivery report by the same rule as `/laporan <nomor>` (src/broadcast/report-scope.ts):
 * a head sees a broadcast whose whole audience lies in their area, even one the LPMK sent; anyone else gets "not
 * found", audited. Controlling it (batal, jeda, ...) stays the sender's and the LPMK's.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Audience } from "../../src/broadcast/types.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { grant, residentIdOf } from "./helpers.js";

let h: Harness;
afterEach(async () => {
  await h.close();
});

/** A meeting notice from the LPMK admin, stored as /umumkan would store it (no delivery needed for the report). */
function undangan(audience: Audience): number {
  const now = h.clock.now;
  return h.app.store.tx(
    () =>
      h.app.broadcasts.broadcaster.repo.create({
        kind: "undangan",
        senderId: residentIdOf(h, "admin"),
        audience,
        content: { kind: "undangan", title: "Rembug warga", at: now + 3 * 86_400_000, place: "Balai Kelurahan", agenda: "Prioritas usulan" },
        now,
        reminders: { dayBeforeHour: 19, beforeMinutes: 120, zone: "Asia/Jakarta" },
      }).id,
  );
}

const denials = () => h.app.store.db.prepare(`SELECT subject, detail FROM audit_log WHERE action = 'access.denied' ORDER BY id`).all();

describe("/siaran <nomor>: who may see the report", () => {
  it("shows a head the broadcasts within their area, like /laporan, and no others", async () => {
    h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
    await h.register("admin", "Admin LPMK", "1", "1");
    await h.register("rw3", "Ketua RW 3", "3", "1");
    await h.register("rw5", "Ketua RW 5", "5", "1");
    await h.register("rt31", "Ketua RT 1", "3", "1");
    grant(h, "rw3", { role: "ketua_rw", rw: 3 });
    grant(h, "rw5", { role: "ketua_rw", rw: 5 });
    grant(h, "rt31", { role: "ketua_rt", rw: 3, rt: 1 });
    const both = undangan({ type: "rw", rws: [3, 5] });
    const only3 = undangan({ type: "rw", rws: [3] });
    const rt31 = undangan({ type: "rt", rw: 3, rt: 1 });

    expect(textOf(await h.send("rw3", `/siaran ${only3}`))).toContain(`Laporan pengiriman #${only3} Undangan rapat`);
    expect(textOf(await h.send("rt31", `/siaran ${rt31}`))).toContain(`Laporan pengiriman #${rt31} Undangan rapat`);
    expect(textOf(await h.send("rw3", `/siaran ${rt31}`))).toContain(`Laporan pengiriman #${rt31}`);
    expect(textOf(await h.send("rw3", `/siaran ${both}`))).toContain(`Pengumuman ${both} tidak ditemukan`);
    expect(textOf(await h.send("rw5", `/siaran ${only3}`))).toContain(`Pengumuman ${only3} tidak ditemukan`);
    expect(textOf(await h.send("rt31", `/siaran ${only3}`))).toContain(`Pengumuman ${only3} tidak ditemukan`);
    expect(denials()).toEqual([both, only3, only3].map((id) => ({ subject: `broadcast:${id}`, detail: '{"command":"siaran"}' })));

    // Seeing is not controlling: the meeting is still the LPMK's to call off.
    expect(textOf(await h.send("rw3", `/siaran batal ${only3}`))).toContain(`Pengumuman #${only3} dikirim oleh pengurus lain`);
  });
});
