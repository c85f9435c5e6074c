/**
 * An answer applies to the question the resident actually received (real grammY, fake Bot API, controllable
 * clock): the duplicate hint moves the session only once delivered, and a button of an older prompt is stale.
 */
import { afterEach, describe, expect, it } from "vitest";
import { lastOf, plain, register, text, type HarnessReply } from "../contract/channel-contract.js";
import { makeTelegramHarness, replyOf, type TelegramHarness } from "../../support/telegram-harness.js";

describe("proactive prompts and stale buttons over Telegram", () => {
  let h: TelegramHarness;
  const clock = { now: Date.UTC(2026, 10, 25, 3, 0, 0) };
  const t = (key: string, args?: Record<string, string>) => plain(h.t("id", key, args));
  afterEach(async () => {
    await h?.close();
  });

  /** File a drainage aspiration by typing; returns the ticket. */
  async function file(user: string, description: string, location: string): Promise<string> {
    for (const input of ["/aspirasi", "2", description, location, "lewati"]) await h.send(user, text(input));
    const done = await h.send(user, text("kirim"));
    return /ASP-\w{4}/.exec(done.map((r) => r.text).join("\n"))![0];
  }

  function aggregate(ticket: string): void {
    const r = h.app.aggregator.ingest(h.store.aspirations.byTicket(ticket)!.id);
    if (!r.ok) throw new Error("ingest failed");
  }

  const sessionOf = (user: string) => h.store.sessions.get(h.store.residents.findByIdentity("telegram", user)!.id) as { flow: string; step: string };
  const offersLeft = () => h.store.db.prepare("SELECT count(*) FROM outbound WHERE offer IS NOT NULL").pluck().get() as number;
  const merges = () => h.store.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cluster.merge'").pluck().get() as number;

  async function neighbours(): Promise<string> {
    await register(h, "5001", "Siti Aminah");
    await register(h, "5002", "Budi Santoso");
    // Both filed before the first is aggregated (else the summary step offers it): the hint comes afterwards.
    const first = await file("5001", "Selokan di depan rumah nomor 12 mampet dan meluap kalau hujan", "Gang Mawar depan musala");
    const second = await file("5002", "Selokan gang mawar mampet, air meluap kalau hujan deras", "Gang Mawar");
    aggregate(first);
    return second;
  }

  it("a '1' typed while the hint is held up by a 429 means the menu's 'Sampaikan aspirasi', and nothing is merged", async () => {
    h = await makeTelegramHarness({ clock });
    const ticket = await neighbours();
    // B sees the ticket and the main menu. The hint's send gets a 3 s 429.
    h.server.failNext("sendMessage", { kind: "429", retryAfter: 3 }, 1, 5002);
    const before = h.server.messagesTo(5002).length;
    aggregate(ticket);
    await h.app.host.idle();
    expect(h.server.faultsOf("sendMessage", "429")).toHaveLength(1);
    expect(sessionOf("5002").flow).toBe("menu");

    // B types "1", meaning "Sampaikan aspirasi"; the chat waits out the 429, then gets the hint and the answer.
    await h.send("5002", text("1"));
    expect(sessionOf("5002")).toMatchObject({ flow: "aspirasi", step: "category" });
    clock.now += 3_001;
    h.app.host.delivery.flushAll();
    await h.app.host.idle();
    const [hint, answer] = h.server.messagesTo(5002).slice(before).map(replyOf);
    expect(answer?.text).toBe(t("aspirasi-category"));
    // The hint still arrives, without buttons, telling how to answer it later.
    expect(hint?.text).toContain("Usulan serupa");
    expect(hint?.text).toContain(`/dukung ${ticket}`);
    expect(hint?.options).toEqual([]);
    expect(sessionOf("5002")).toMatchObject({ flow: "aspirasi", step: "category" });
    expect(merges()).toBe(0);
    expect(offersLeft()).toBe(0);
    const id = h.store.aspirations.byTicket(ticket)!.id;
    expect(h.app.aggregator.clusterOf(id)?.state).not.toBe("merged");
  }, 30_000);

  it("moves an idle resident to the hint's question once it is delivered, and merges only on their answer to it", async () => {
    h = await makeTelegramHarness({ clock });
    const ticket = await neighbours();
    h.server.failNext("sendMessage", { kind: "429", retryAfter: 3 }, 1, 5002);
    const before = h.server.messagesTo(5002).length;
    aggregate(ticket);
    await h.app.host.idle();
    expect(sessionOf("5002").flow).toBe("menu");
    clock.now += 3_001;
    h.app.host.delivery.flushAll();
    await h.app.host.idle();
    const hint = h.server.messagesTo(5002).slice(before).map(replyOf).at(-1)!;
    expect(hint.options).toEqual([t("dukung-join-yes"), t("dukung-join-no")]);
    expect(sessionOf("5002")).toMatchObject({ flow: "dukung", step: "gabung" });
    expect(merges()).toBe(0);
    // The settled offer (it quotes the neighbour's proposal) is not kept on the sent row.
    expect(offersLeft()).toBe(0);
    const after = await h.press("5002", hint, t("dukung-join-yes"));
    expect(after.map((r) => r.text).join("\n")).toMatch(/sudah digabung/);
    expect(merges()).toBe(1);
  }, 30_000);

  it("treats Kirim on an older summary as stale: it does not submit the draft edited since", async () => {
    h = await makeTelegramHarness({ clock });
    await register(h, "5003");
    for (const input of ["/aspirasi", "2", "Selokan di depan rumah nomor 12 mampet dan meluap", "Gang Mawar"]) await h.send("5003", text(input));
    const oldSummary: HarnessReply = lastOf(await h.send("5003", text("lewati")));
    expect(oldSummary.options).toContain("Kirim");
    await h.send("5003", text("ubah"));
    await h.send("5003", text("3"));
    const newSummary = lastOf(await h.send("5003", text("Gang Melati ujung")));
    const stale = await h.press("5003", oldSummary, "Kirim");
    expect(stale[0]?.text.startsWith(t("input-stale-button"))).toBe(true);
    expect(h.store.db.prepare("SELECT count(*) FROM aspirations").pluck().get()).toBe(0);
    const sent = await h.press("5003", newSummary, "Kirim");
    expect(sent.map((r) => r.text).join("\n")).toMatch(/ASP-\w{4}/);
    expect(h.store.db.prepare("SELECT location_text FROM aspirations").pluck().get()).toBe("Gang Melati ujung");
  }, 30_000);
});
