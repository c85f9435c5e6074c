/**
 * Issue 11's "done when", in the console simulator: the README journey (docs/demo/tindak-lanjut.ts) with a real
 * rembug RT, several --user sessions on one database and a fixed clock per session. The resident hears of every
 * step in her own sessions, in order, is asked "sudah beres?" after FOLLOWUP_DELAY_DAYS and confirms it.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFollowupDemo, type FollowupDemoRun } from "../../docs/demo/tindak-lanjut.js";
import { openStore } from "../../src/store/index.js";
import { removeDir, tempDataDir } from "../support/telegram-test-app.js";

/** The messages printed in a session, each cut to its first line (a message ends in a blank line; typed lines dropped). */
function firstLines(text: string): string[] {
  return text
    .split("\n")
    .filter((l) => !/^[\w-]+> /.test(l))
    .join("\n")
    .split("\n\n")
    .map((m) => m.split("\n")[0]!)
    .filter((l) => l.length > 0);
}

describe("follow-up journey in the console", () => {
  let dataDir: string;
  let run: FollowupDemoRun;
  beforeAll(async () => {
    process.env.TZ = "Asia/Jakarta";
    dataDir = tempDataDir("rembug-journey-");
    run = await runFollowupDemo(dataDir);
  }, 90_000);
  afterAll(() => removeDir(dataDir));

  const of = (user: string) => run.sessions.filter((s) => s.session.user === user);

  it("tells the resident of each step in her own sessions, in order, then asks once whether it is fixed", () => {
    const t = run.ticket;
    const heard = of("warga-1")
      .flatMap((s) => firstLines(s.text))
      .filter((l) => l.includes(t) && !l.startsWith("Simpan nomor") && !l.startsWith("*"));
    expect(heard).toEqual([
      `Usulan Bapak/Ibu ${t} masuk daftar prioritas RT 02 (urutan 1), sumber dana APBD.`,
      `Kabar usulan ${t}: sekarang *Diusulkan ke Musrenbang*.`,
      `Kabar usulan ${t}: sekarang *Disetujui*. Pendanaan: RKPD.`,
      `Kabar usulan ${t}: sekarang *Dikerjakan*.`,
      `Kabar usulan ${t}: sekarang *Selesai*.`,
      `Usulan ${t} sudah dinyatakan selesai. Apakah di lapangan sudah beres?`,
      `Terima kasih! Konfirmasi Bapak/Ibu untuk ${t} sudah dicatat.`,
    ]);
    // The question waits for the delay: the session the day after selesai has the notice only.
    const dayAfter = of("warga-1").find((s) => s.text.includes("sekarang *Selesai*"))!;
    expect(dayAfter.text).not.toContain("Apakah di lapangan sudah beres?");
  });

  it("shows the resident the whole history in plain words, dated by the app's clock", () => {
    const status = of("warga-1").at(-1)!.text;
    const history = status.slice(status.indexOf("Riwayat:")).split("\n\n")[0]!.split("\n").slice(1);
    expect(history).toEqual([
      "5 Jan 2027 · Diterima",
      "16 Jan 2027 · masuk daftar prioritas RT 02, urutan 1",
      "10 Feb 2027 · Diusulkan ke Musrenbang",
      "20 Mei 2027 · Disetujui melalui RKPD",
      "5 Jul 2027 · Dikerjakan",
      "2 Agu 2027 · Selesai",
    ]);
  });

  it("prints nothing for the resident in the LPMK's or the RT head's session", () => {
    for (const user of ["lpmk-1", "ketua"]) {
      const text = of(user)
        .map((s) => s.text)
        .join("");
      expect(text).not.toContain("Kabar usulan");
      expect(text).not.toContain("Apakah di lapangan sudah beres?");
      expect(text).not.toContain("Usulan Bapak/Ibu");
    }
  });

  it("stores the rembug list, every move with its actor, and the resident's confirmation", () => {
    const store = openStore(path.join(dataDir, "rembug.db"));
    try {
      const a = store.aspirations.byTicket(run.ticket)!;
      expect(a.status).toBe("selesai");
      const history = store.db.prepare(`SELECT status, actor, at FROM aspiration_status_history WHERE aspiration_id = ? ORDER BY id`).all(a.id) as Array<{
        status: string;
        actor: string;
        at: number;
      }>;
      expect(history.map((h) => h.status)).toEqual(["diterima", "masuk-prioritas", "diusulkan-musrenbang", "disetujui", "dikerjakan", "selesai"]);
      // The rembug consumer dates its move by the app's clock: the day the RT head confirmed.
      expect(history[1]!.actor).toMatch(/^rembug:\d+$/);
      expect(history[1]!.at).toBe(run.sessions.find((s) => s.text.includes("dikonfirmasi dengan 1 usulan"))!.session.at);
      expect(store.db.prepare(`SELECT state FROM rembug_results WHERE level = 'rt' AND rw = 3 AND rt = 2`).pluck().all()).toEqual(["confirmed"]);
      const ask = store.db.prepare(`SELECT answer, comment, asked_at IS NOT NULL AS asked FROM followup_asks WHERE aspiration_id = ?`).all(a.id);
      expect(ask).toEqual([{ answer: "sudah", comment: "Sudah lancar, tidak meluap lagi", asked: 1 }]);
    } finally {
      store.close();
    }
    const recap = of("lpmk-1").at(-1)!.text;
    expect(recap).toContain("RW 03: 1 selesai · 1 warga mengonfirmasi · 0 warga melaporkan belum beres");
  });
});
