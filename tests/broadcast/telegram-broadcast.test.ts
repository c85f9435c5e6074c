/**
 * A broadcast through real grammY against the fake Bot API with Telegram's flood limits switched on: the LPMK admin
 * composes an undangan in the chat, ~60 residents get exactly one each, blocked ones are marked failed, opted-out
 * ones skipped, the report adds up to the audience, and RSVPs come back through the buttons.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { FakeBotApi } from "../support/fake-bot-api.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { seedResidents } from "./seed.js";
import { until } from "../support/until.js";

const ADMIN = 9000;
let h: TelegramHarness;
let p: Pipeline | undefined;
afterEach(async () => {
  await p?.stop();
  p = undefined;
  await h?.close();
});


describe("a Telegram broadcast under the flood limit", () => {
  it("reaches every reachable resident once, marks blocked and opted-out ones, and takes RSVPs by button", async () => {
    const server = await new FakeBotApi().start();
    server.flood = { perSecond: 30, perChatPerSecond: 1 };
    h = await makeTelegramHarness({
      server,
      env: { LPMK_ADMINS: `telegram:${ADMIN}` },
      channel: { pacing: { perSecond: 25, perChatPerSecond: 1, chatBurst: 1 } },
    });
    // The admin (LPMK_ADMINS) registered as a resident of RW 01, so the short report can reach them.
    seedResidents(h.app.store, "telegram", 1, { rws: [1], address: () => String(ADMIN), now: Date.now() });
    const people = seedResidents(h.app.store, "telegram", 64, { rws: [3], address: (i) => String(1000 + i), now: Date.now() });
    const optedOut = people.slice(0, 4);
    for (const r of optedOut) h.app.store.residents.update(r.id, { optedOut: true }, Date.now());
    const blocked = people.slice(4, 7);
    for (const r of blocked) server.failWhile("sendMessage", { kind: "403" }, () => true, Number(r.address));
    p = await startAppPipeline(h.app, "all");

    // Replies to the admin are paced too (1 per second per chat): wait for the one expected.
    const textsTo = (chat: number) => server.messagesTo(chat).map((c) => String(c.params.text ?? ""));
    const ask = async (text: string, expected: string): Promise<string> => {
      const before = textsTo(ADMIN).length;
      await h.handled(server.text(ADMIN, text));
      await until(() => textsTo(ADMIN).slice(before).some((t) => t.includes(expected)), `"${expected}" after "${text}"`);
      return textsTo(ADMIN).slice(before).join("\n");
    };
    await ask("/umumkan", "Jenis pengumuman");
    await ask("Undangan rapat", "Kepada siapa");
    await ask("Warga RW tertentu", "nomor RW");
    const count = await ask("3", "judul");
    expect(count).toContain("Akan dikirim ke 60 orang (60 lewat Telegram, 0 lewat WhatsApp, 0 lewat saluran lain)");
    expect(count).toContain("Dilewati: 4 orang");
    await ask("Rembug warga RW 03", "Hari, tanggal");
    await ask("besok jam 19.30", "tempatnya");
    await ask("Balai RW 03", "agendanya");
    await ask("Prioritas usulan", "Kapan pengumuman ini dikirim");
    await ask("Sekarang", "Pratinjau");
    const before429 = server.faultsOf("sendMessage", "429").length;
    await h.handled(server.press(ADMIN, "Kirim"));

    const invited = (chat: number) => server.messagesTo(chat).filter((c) => /^📣 (Undangan rapat dari|Meeting notice from) Warga 0\n/.test(String(c.params.text ?? ""))).length;
    const reachable = people.slice(7);
    await until(() => reachable.every((r) => invited(Number(r.address)) >= 1), "every reachable resident to be invited");
    await h.app.host.idle();
    const floods = server.faultsOf("sendMessage", "429").length - before429;
    console.log(`broadcast to ${people.length}: 429s from the fake Bot API = ${floods}`);
    // Paced at 25/s in total and 1/s per chat: at most a handful of 429s (without pacing: dozens).
    expect(floods).toBeLessThanOrEqual(3);
    for (const r of reachable) expect(invited(Number(r.address))).toBe(1);
    for (const r of [...optedOut, ...blocked]) expect(invited(Number(r.address))).toBe(0);

    // RSVPs by button on the invitation each resident received.
    const rsvp = async (r: (typeof people)[number], label: string) => {
      const chat = Number(r.address);
      await h.deliver(chat, () => server.press(chat, label));
    };
    await rsvp(reachable[0]!, "Hadir");
    await rsvp(reachable[1]!, "Hadir");
    await rsvp(reachable[2]!, "Tidak hadir");
    await rsvp(reachable[3]!, "Mungkin");
    // Changed their mind: /rsvp 1 asks again, with fresh buttons.
    const changer = Number(reachable[2]!.address);
    await h.handled(server.text(changer, "/rsvp 1"));
    await until(() => server.messagesTo(changer).some((c) => String(c.params.text ?? "").startsWith("Undangan 1:")), "the RSVP question again");
    await rsvp(reachable[2]!, "Hadir");
    await until(() => (h.app.broadcasts.broadcaster.tick(), h.app.broadcasts.broadcaster.repo.get(1)?.finishedAt != null), "the broadcast to finish");
    await h.app.host.idle();
    await until(() => server.messagesTo(ADMIN).some((c) => String(c.params.text ?? "").includes("Pengiriman selesai")), "the sender's report");

    const report = await ask("/siaran 1", "Laporan pengiriman");
    expect(report).toContain("Penerima 64: terkirim 57, gagal 0, diblokir 3, dilewati (berhenti) 4, menunggu 0.");
    expect(report).toContain("RW 03 (64 orang): terkirim 57, gagal 0, diblokir 3, dilewati 4, menunggu 0");
    const r = h.app.broadcasts.broadcaster.repo.report(1)!;
    expect(r.byStatus.sent + r.byStatus.failed + r.byStatus.blocked + r.byStatus.skipped + r.byStatus.queued).toBe(64);
    expect(r.rsvp).toMatchObject({ hadir: 3, tidak: 0, mungkin: 1, none: 53 });
    // Blocked chats are marked unreachable and never retried.
    for (const b of blocked) expect(h.app.store.residents.identitiesOf(b.id)[0]?.unreachable).toBe(true);
  }, 60_000);
});
