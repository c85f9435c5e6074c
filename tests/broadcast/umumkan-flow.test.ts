/** /umumkan end to end on the fake channel: an LPMK member invites RW 03, RSVPs come in, reminders go, /siaran adds up. */
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { auditActions, grant, residentIdOf, settle, startPipelineFor } from "./helpers.js";

// Wednesday 25 November 2026, 10.00 WIB.
const START = Date.UTC(2026, 10, 25, 3, 0, 0);

let h: Harness;
let p: Pipeline | undefined;
afterEach(async () => {
  await p?.stop();
  p = undefined;
  await h.close();
});

async function setup(): Promise<void> {
  h = await createHarness({ clock: { now: START } });
  await h.register("lpmk", "Pak Ketua", "1", "1");
  grant(h, "lpmk", { role: "pengurus_lpmk" });
  for (const [u, rt] of [["w1", "1"], ["w2", "2"], ["w3", "2"], ["w4", "3"], ["busy", "1"]] as const) await h.register(u, `Warga ${u}`, "3", rt);
  await h.register("other-rw", "Warga RW 4", "4", "1");
  await h.send("w4", "berhenti");
  p = await startPipelineFor(h);
}

async function inviteRw3(): Promise<string> {
  await h.send("lpmk", "/umumkan");
  await h.send("lpmk", "Undangan rapat");
  await h.send("lpmk", "Warga RW tertentu");
  const count = textOf(await h.send("lpmk", "3"));
  await h.send("lpmk", "Rembug warga RW 03");
  return count;
}

describe("/umumkan undangan", () => {
  it("shows the recipient count with the berhenti skips, reads the time back, and sends one invitation per resident of RW 03", async () => {
    await setup();
    const count = await inviteRw3();
    // w1, w2, w3 and busy are reachable; w4 said berhenti; the resident of RW 04 is not in the audience.
    expect(count).toContain("Akan dikirim ke 4 orang");
    expect(count).toContain("Dilewati: 1 orang yang memilih berhenti");

    // Unreadable and past times are refused with an example; a good one is shown back in full.
    expect(textOf(await h.send("lpmk", "kapan-kapan"))).toMatch(/contoh|Contoh/);
    expect(textOf(await h.send("lpmk", "hari ini jam 8"))).toContain("sudah lewat");
    await h.send("lpmk", "Sabtu 28/11 19.30");
    await h.send("lpmk", "Balai RW 03");
    await h.send("lpmk", "Prioritas usulan RW 03");
    const preview = textOf(await h.send("lpmk", "Sekarang"));
    expect(preview).toContain("Sabtu, 28 November 2026 pukul 19.30 WIB");
    expect(preview).toContain("[Hadir] [Tidak hadir] [Mungkin]");

    // A resident in the middle of another conversation is not taken over.
    await h.send("busy", "/aspirasi");
    await h.send("lpmk", "Kirim");
    await settle(h, p!);

    for (const u of ["w1", "w2", "w3"]) {
      const got = h.channel.sentTo(u).filter((m) => m.text.includes("Undangan rapat dari Pak Ketua"));
      expect(got).toHaveLength(1);
      expect(got[0]!.options?.map((o) => o.label)).toEqual(["Hadir", "Tidak hadir", "Mungkin"]);
    }
    const busy = h.channel.sentTo("busy").filter((m) => m.text.includes("Undangan rapat"));
    expect(busy).toHaveLength(1);
    expect(busy[0]!.options ?? []).toHaveLength(0);
    expect(busy[0]!.text).toContain("/rsvp 1");
    expect(h.channel.sentTo("w4").some((m) => m.text.includes("Undangan rapat"))).toBe(false);
    expect(h.channel.sentTo("other-rw").some((m) => m.text.includes("Undangan rapat"))).toBe(false);

    // RSVPs: a button, a typed number, a typed word; the busy resident later with /rsvp.
    expect(textOf(await h.press("w1", "hadir"))).toContain("kehadiran Bapak/Ibu kami catat");
    await h.send("w2", "2");
    await h.send("w3", "mungkin");
    await h.send("busy", "batal");
    await h.send("busy", "/rsvp 1");
    await h.send("busy", "Hadir");
    // w3 changes the answer.
    await h.send("w3", "/rsvp 1");
    await h.send("w3", "1");

    // The sender's short report once the fan-out finished, and the full report.
    expect(h.app.broadcasts.broadcaster.tick().finished).toBe(1);
    await h.app.host.idle();
    expect(textOf(h.channel.sentTo("lpmk"))).toContain("Pengiriman selesai");
    const report = textOf(await h.send("lpmk", "/siaran 1"));
    expect(report).toContain("Penerima 5: terkirim 4, gagal 0, diblokir 0, dilewati (berhenti) 1, menunggu 0.");
    expect(report).toContain("Kehadiran: hadir 3, tidak hadir 1, mungkin 0, belum menjawab 0.");
    expect(report).toContain("RW 03 (5 orang): terkirim 4, gagal 0, diblokir 0, dilewati 1, menunggu 0\n   hadir 3, tidak hadir 1, mungkin 0, belum menjawab 0");
    // /laporan shows the same report.
    expect(textOf(await h.send("lpmk", "/laporan 1"))).toBe(report);
    expect(textOf(await h.send("lpmk", "/siaran"))).toContain("#1 Undangan rapat: Rembug warga RW 03");
  });

  it("reminds the day before at 19.00 and two hours before, never those who said Tidak hadir, and not after the start", async () => {
    await setup();
    await inviteRw3();
    await h.send("lpmk", "Sabtu 28/11 19.30");
    await h.send("lpmk", "Balai RW 03");
    await h.send("lpmk", "Prioritas usulan");
    await h.send("lpmk", "Sekarang");
    await h.send("lpmk", "Kirim");
    await settle(h, p!);
    await h.press("w1", "hadir");
    await h.press("w2", "tidak");
    const reminders = (u: string) => h.channel.sentTo(u).filter((m) => m.text.startsWith("⏰")).map((m) => m.text.split("\n")[0]);

    // Friday 27/11 18.59 WIB: nothing yet.
    h.clock.now = Date.UTC(2026, 10, 27, 11, 59);
    expect(h.app.broadcasts.broadcaster.tick().reminders).toBe(0);
    h.clock.now = Date.UTC(2026, 10, 27, 12, 0);
    expect(h.app.broadcasts.broadcaster.tick().reminders).toBe(1);
    await h.app.host.idle();
    expect(reminders("w1")).toEqual(['⏰ Pengingat: besok ada rapat "Rembug warga RW 03"']);
    expect(reminders("w3")).toHaveLength(1);
    expect(reminders("w2")).toEqual([]);
    expect(reminders("w4")).toEqual([]);

    // A restart loses no reminder: the rows are in SQLite.
    await p!.stop();
    p = undefined;
    h = await h.restart();
    p = await startPipelineFor(h);
    h.clock.now = Date.UTC(2026, 10, 28, 10, 30); // 17.30 WIB, two hours before
    expect(h.app.broadcasts.broadcaster.tick().reminders).toBe(1);
    await h.app.host.idle();
    // (the restarted fake channel records from the restart on)
    expect(reminders("w1")).toEqual(['⏰ Pengingat: rapat "Rembug warga RW 03" segera dimulai.']);
    expect(reminders("w2")).toEqual([]);
    // Nothing fires twice.
    expect(h.app.broadcasts.broadcaster.tick().reminders).toBe(0);

    // After the start an RSVP is politely refused.
    h.clock.now = Date.UTC(2026, 10, 28, 12, 31);
    expect(textOf(await h.send("w3", "/rsvp 1"))).toContain("rapat sudah dimulai");
  });
});

describe("who may broadcast", () => {
  it("refuses a plain resident, an RT head outside their RT, an RW head outside their RW and a kader's undangan, and audits each", async () => {
    h = await createHarness({ clock: { now: START } });
    for (const [u, rw, rt] of [["warga", "3", "1"], ["rt", "3", "2"], ["rw", "3", "1"], ["kader", "2", "1"]] as const) await h.register(u, `Orang ${u}`, rw, rt);
    grant(h, "rt", { role: "ketua_rt", rw: 3, rt: 2 });
    grant(h, "rw", { role: "ketua_rw", rw: 3 });
    grant(h, "kader", { role: "kader", rw: 2 });

    expect(textOf(await h.send("warga", "/umumkan"))).toContain("Mohon maaf");
    expect(auditActions(h, "access.denied").map((a) => a.subject)).toContain("flow:umumkan");

    // The RT head is offered only "one RT", and only their own RT is accepted.
    await h.send("rt", "/umumkan");
    const audience = h.lastQuestion("rt") && (await h.send("rt", "Sosialisasi"));
    expect(audience?.find((m) => m.options?.length)?.options?.map((o) => o.value)).toEqual(["rt"]);
    await h.send("rt", "1");
    const outside = textOf(await h.send("rt", "3 1"));
    expect(outside).toContain(`${h.app.i18n.t("id", "access-denied")}\nBapak/Ibu hanya dapat mengirim pengumuman ke wilayah tugas Bapak/Ibu sendiri.`);
    await h.send("rt", "/umumkan");
    await h.send("rt", "Sosialisasi");
    await h.send("rt", "1");
    expect(textOf(await h.send("rt", "RW 3 RT 2"))).toContain("Akan dikirim ke 1 orang");

    await h.send("rw", "/umumkan");
    await h.send("rw", "Undangan rapat");
    await h.send("rw", "Warga RW tertentu");
    expect(textOf(await h.send("rw", "3 4"))).toContain("wilayah tugas Bapak/Ibu sendiri");

    await h.send("kader", "/umumkan");
    expect(textOf(await h.send("kader", "Undangan rapat"))).toContain(`${h.app.i18n.t("id", "access-denied")}\nKader dapat mengirim sosialisasi saja.`);
    await h.send("kader", "/umumkan");
    await h.send("kader", "Sosialisasi");
    await h.send("kader", "Warga RW tertentu");
    expect(textOf(await h.send("kader", "3"))).toContain("wilayah tugas");
    // The shared refusal (text and audit row), each with its own hint.
    expect(auditActions(h, "access.denied").map((a) => a.subject)).toEqual(["flow:umumkan", "umumkan:rt:3/1", "umumkan:rw:4", "umumkan:kind:undangan", "umumkan:rw:3"]);
    expect(auditActions(h, "broadcast.denied")).toEqual([]);
    expect(residentIdOf(h, "kader")).toBeGreaterThan(0);
  });
});
