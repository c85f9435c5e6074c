/**
 * /usulan's rules in chat (real grammY, fake Bot API): ditolak offers the usual reasons, a senseless move is refused
 * with an explanation, only an admin can force one and the force is audited.
 */
import { afterEach, describe, expect, it } from "vitest";
import { lastOf, register, text } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { checkTransition, parseWord, FOLLOWUP_STATUSES } from "../../src/followup/transitions.js";

describe("/usulan rules", () => {
  let h: TelegramHarness;
  afterEach(async () => {
    await h?.close();
  });

  it("reads status words with small typos and refuses moves that make no sense", () => {
    const cases: Array<[string, string | undefined]> = [
      ["selsai", "selesai"],
      ["Disetujui", "disetujui"],
      ["diusulkan-musrenbang", "diusulkan-musrenbang"],
      ["dikerjakn", "dikerjakan"],
      ["hore", undefined],
    ];
    for (const [word, want] of cases) expect(parseWord(word, FOLLOWUP_STATUSES)).toBe(want);
    expect(checkTransition({ from: "diterima", to: "selesai" })).toMatchObject({ ok: false, error: { code: "not-allowed" } });
    expect(checkTransition({ from: "diterima", to: "selesai", force: true })).toEqual({ ok: true });
    expect(checkTransition({ from: "diusulkan-musrenbang", to: "ditolak" })).toMatchObject({ ok: false, error: { code: "needs-reason" } });
    expect(checkTransition({ from: "diusulkan-musrenbang", to: "disetujui", channel: "csr" })).toEqual({ ok: true });
    expect(checkTransition({ from: "selesai", to: "selesai" })).toMatchObject({ ok: false, error: { code: "same" } });
  });

  it("asks for a reason, refuses selesai from diterima, lets only an admin force it, audited", async () => {
    h = await makeTelegramHarness({ env: { LPMK_ADMINS: "telegram:9000" } });
    await register(h, "8001", "Siti Aminah");
    await register(h, "8002", "Pengurus LPMK");
    const rid = h.store.residents.findByIdentity("telegram", "8002")!.id;
    h.store.roles.grant(rid, { role: "pengurus_lpmk" }, "test");
    const create = (ticket: string) =>
      h.store.aspirations.create(
        { ticket, residentId: h.store.residents.findByIdentity("telegram", "8001")!.id, rw: 1, rt: 2, channel: "telegram", category: "jalan", description: "Jalan berlubang di depan sekolah", locationText: null, lat: null, lon: null, photoPath: null },
        Date.now(),
      );
    create("ASP-7K3Q");
    create("ASP-P4MN");

    const refused = (await h.send("8002", text("/usulan ASP-7K3Q selesai"))).map((r) => r.text).join("\n");
    expect(refused).toContain("Usulan ASP-7K3Q tidak dapat dipindah ke «Selesai»: statusnya sekarang «Diterima». «Selesai» hanya dapat dicapai dari: Dikerjakan, Disetujui.");
    const notAdmin = (await h.send("8002", text("/usulan ASP-7K3Q selesai paksa"))).map((r) => r.text).join("\n");
    // The shared refusal of privileged actions, then what only an admin may do; audited like every refusal.
    expect(notAdmin.split("\n\n")[0]).toBe(`${h.t("id", "access-denied")}\nHanya admin LPMK yang dapat memaksa perpindahan status.`);
    expect(h.store.aspirations.byTicket("ASP-7K3Q")!.status).toBe("diterima");
    expect(h.store.db.prepare(`SELECT subject FROM audit_log WHERE action = 'access.denied'`).pluck().all()).toEqual(["flow:usulan"]);
    const forced = (await h.send("9000", text("/usulan ASP-7K3Q selesai paksa"))).map((r) => r.text).join("\n");
    expect(forced).toContain("dipaksa pindah ke «Selesai»");
    expect(h.store.aspirations.byTicket("ASP-7K3Q")!.status).toBe("selesai");
    expect(h.store.db.prepare(`SELECT action FROM audit_log WHERE subject = 'ticket:ASP-7K3Q'`).pluck().all()).toEqual(["usulan.force"]);

    const reasons = lastOf(await h.send("8002", text("/usulan ASP-P4MN tolak")));
    expect(reasons.options).toEqual(["Sudah diusulkan / dobel", "Bukan kewenangan kelurahan", "Lokasi tidak sesuai", "Anggaran tidak cukup", "Lainnya (tulis alasan)"]);
    await h.press("8002", reasons, "Lainnya (tulis alasan)");
    const moved = (await h.send("8002", text("Sudah dianggarkan dinas PU tahun ini"))).map((r) => r.text).join("\n");
    expect(moved).toContain("Usulan ASP-P4MN dipindah ke «Ditolak»");
    expect(h.store.aspirations.byTicket("ASP-P4MN")).toMatchObject({ status: "ditolak", statusReason: "Sudah dianggarkan dinas PU tahun ini" });
    await h.app.host.idle();
    const notice = h.server.messagesTo(8001).map((m) => String(m.params.text ?? "")).filter((s) => s.includes("ASP-P4MN"));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain("Alasan: Sudah dianggarkan dinas PU tahun ini.");

    // A list of tickets is a batch: it says what will move, what cannot, and waits for a yes.
    create("ASP-Q2RS");
    create("ASP-Q3RT");
    for (const tk of ["ASP-Q2RS", "ASP-Q3RT"]) h.store.aspirations.setStatus(h.store.aspirations.byTicket(tk)!.id, "diusulkan-musrenbang", null, "test", Date.now());
    const batch = await h.send("8002", text("/usulan ASP-Q2RS ASP-Q3RT ASP-7K3Q setuju csr"));
    const batchText = batch.map((r) => r.text).join("\n");
    expect(batchText).toContain("2 usulan akan dipindah ke «Disetujui»; 1 tidak dapat dipindah");
    expect(batchText).toContain("Usulan ASP-7K3Q tidak dapat dipindah ke «Disetujui»");
    expect(h.store.aspirations.byTicket("ASP-Q2RS")!.status).toBe("diusulkan-musrenbang");
    await h.press("8002", lastOf(batch), "Ya, pindahkan");
    for (const tk of ["ASP-Q2RS", "ASP-Q3RT"]) expect(h.store.db.prepare(`SELECT status, funding_channel FROM aspirations WHERE ticket = ?`).get(tk)).toEqual({ status: "disetujui", funding_channel: "csr" });

    // A resident's "/usulan" still starts an aspiration ...
    const resident = (await h.send("8001", text("/usulan"))).map((r) => r.text).join("\n");
    expect(resident).toContain(h.t("id", "aspirasi-category").split("\n")[0]!);
    await h.send("8001", text("batal"));
    // ... but the LPMK's command (a ticket, an RW, rekap) is refused with the shared words and audited.
    for (const cmd of ["/usulan ASP-P4MN selesai", "/usulan rw 1 disetujui", "/usulan rekap"]) {
      const r = (await h.send("8001", text(cmd))).map((m) => m.text).join("\n");
      expect(r.split("\n\n")[0]).toBe(h.t("id", "access-denied"));
    }
    expect(h.store.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND subject = 'flow:usulan'`).pluck().get()).toBe(4);
    expect(h.store.aspirations.byTicket("ASP-P4MN")!.status).toBe("ditolak");
  }, 60_000);
});
