/**
 * The summary step's similar proposals and rahasia offer on every channel: Telegram (real grammY against the fake
 * Bot API, buttons), WhatsApp (fake Baileys socket, numbered replies) and the console simulator (numbered lines).
 */
import type { WAMessage } from "@whiskeysockets/baileys";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAggregator } from "../../src/aggregator/aggregator.js";
import { ConsoleChannel } from "../../src/channels/console/console-channel.js";
import { silentLogger } from "../../src/core/logger.js";
import { lastOf, plain, register, text, type ChannelHarness, type HarnessReply, type MakeHarness } from "../channels/contract/channel-contract.js";
import { makeWaTestApp } from "../support/fake-baileys-app.js";
import { wa } from "../support/fake-baileys.js";
import { makeTelegramHarness } from "../support/telegram-harness.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../support/telegram-test-app.js";

/** A printed or WhatsApp text split back into the message and its numbered options. */
function numbered(s: string, hint: string): HarnessReply {
  const at = s.lastIndexOf(`\n\n${hint}\n`);
  if (at < 0) return { text: plain(s), options: [], ref: s };
  const list = s.slice(at + hint.length + 3).split("\n");
  return { text: plain(s.slice(0, at)), options: list.map((l) => l.replace(/^\d+\.\s/, "")), ref: s };
}

async function makeWhatsApp(): Promise<ChannelHarness> {
  const h = await makeWaTestApp();
  const hint = h.app.i18n.t("id", "whatsapp-reply-with-number");
  const jid = (user: string) => `6281300${user.padStart(6, "0")}@s.whatsapp.net`;
  const deliver = async (user: string, m: WAMessage) => (await h.receive(jid(user), m)).map((t) => numbered(t, hint));
  return {
    buttons: false,
    store: h.app.store,
    t: h.app.i18n.t,
    send: (user, input) => deliver(user, wa.text(jid(user), input.kind === "text" ? input.text : "")),
    press: (user, reply, label) => deliver(user, wa.text(jid(user), String(reply.options.indexOf(label) + 1))),
    redeliverLast: () => Promise.reject(new Error("not used here")),
    close: () => h.close(),
  };
}

async function makeConsole(): Promise<ChannelHarness> {
  const dataDir = tempDataDir("rembug-console-");
  const app = makeTestApp(dataDir);
  const printed: string[] = [];
  const channel = new ConsoleChannel({ write: (s) => void printed.push(s), t: app.i18n.t });
  app.host.addChannel(channel);
  await channel.start({ accept: (msg) => app.host.accept(msg) });
  app.host.recover();
  const hint = app.i18n.t("id", "options-reply-hint");
  const collect = async (user: string, line: string) => {
    const mark = printed.length;
    await channel.say(user, line);
    await app.host.idle();
    return printed.slice(mark).map((s) => numbered(s.replace(/\n\n$/, ""), hint));
  };
  return {
    buttons: false,
    store: app.store,
    t: app.i18n.t,
    dataDir,
    send: (user, input) => collect(user, input.kind === "text" ? input.text : ""),
    press: (user, reply, label) => collect(user, String(reply.options.indexOf(label) + 1)),
    redeliverLast: () => Promise.reject(new Error("not used here")),
    async close() {
      await channel.stop();
      await closeApp(app);
      removeDir(dataDir);
    },
  };
}

const CHANNELS: ReadonlyArray<[string, MakeHarness]> = [
  ["telegram", () => makeTelegramHarness()],
  ["whatsapp", makeWhatsApp],
  ["console", makeConsole],
];

describe.each(CHANNELS)("summary step on %s", (_name, make) => {
  let h: ChannelHarness;
  const t = (key: string) => plain(h.t("id", key));
  beforeEach(async () => {
    h = await make();
  });
  afterEach(async () => {
    await h.close();
  });

  /** Up to and including Kirim; returns the reply to Kirim. */
  async function toKirim(user: string, category: string, description: string, location: string): Promise<HarnessReply> {
    const menu = lastOf(await h.send(user, text("/aspirasi")));
    const desc = lastOf(await h.press(user, menu, t(`category-${category}`)));
    expect(desc.options).toEqual([]);
    await h.send(user, text(description));
    const photo = lastOf(await h.send(user, text(location)));
    const summary = lastOf(await h.press(user, photo, t("aspirasi-photo-skip")));
    return lastOf(await h.press(user, summary, t("aspirasi-send")));
  }
  const ticketOf = (r: HarnessReply) => /ASP-\w{4}/.exec(r.text)?.[0];
  const ingest = (ticket: string) => {
    const r = createAggregator(h.store.db, { log: silentLogger() }).ingest(h.store.aspirations.byTicket(ticket)!.id);
    if (!r.ok) throw new Error("ingest failed");
    return r;
  };

  it("offers the similar proposal, and a pick makes the resident its supporter with a ticket", async () => {
    const second = "602";
    await register(h, "601", "Siti Aminah");
    const first = ingest(ticketOf(await toKirim("601", "drainase", "Got di gang mawar mampet, air meluap ke jalan", "Gg Mawar"))!);
    await register(h, second, "Budi Santoso");
    const list = await toKirim(second, "drainase", "selokan gg mawar buntu kalo hujan meluber", "gang mawar");
    expect(ticketOf(list)).toBeUndefined();
    expect(list.text).toMatch(/sudah ada usulan yang mirip\.\n• Drainase \/ gorong-gorong · Gg Mawar \(didukung 1 warga\)/);
    expect(list.options).toEqual([t("aspirasi-similar-same"), t("aspirasi-similar-none")]);
    const done = lastOf(await h.press(second, list, t("aspirasi-similar-same")));
    const ticket = ticketOf(done);
    expect(done.text).toMatch(/dicatat sebagai pendukung usulan "Drainase \/ gorong-gorong · Gg Mawar"/);
    const joined = ingest(ticket!);
    expect(joined.clusterId).toBe(first.clusterId);
    expect(h.store.db.prepare(`SELECT supporters FROM clusters WHERE id = ?`).pluck().get(first.clusterId)).toBe(2);
  });

  it("offers rahasia for a report naming the RT head, saying only the LPMK will see it", async () => {
    await register(h, "603", "Siti Aminah");
    const offer = await toKirim("603", "jalan", "Lampu jalan mati, sudah lapor pak RT tidak ditanggapi", "Gg Kenari");
    expect(offer.text).toMatch(/RAHASIA[\s\S]*hanya dilihat pengurus LPMK/);
    expect(offer.options).toEqual([t("aspirasi-rahasia-yes"), t("aspirasi-rahasia-no")]);
    const replies = await h.press("603", offer, t("aspirasi-rahasia-yes"));
    const ticket = /ASP-\w{4}/.exec(replies.map((r) => r.text).join("\n"))![0];
    expect(h.store.db.prepare(`SELECT confidential FROM aspirations WHERE ticket = ?`).pluck().get(ticket)).toBe(1);
  });
});
