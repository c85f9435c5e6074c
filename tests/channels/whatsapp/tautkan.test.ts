import { afterEach, describe, expect, it } from "vitest";
import { FakeChannel } from "../../../src/channels/fake/fake-channel.js";
import { parseLinkCode } from "../../../flows/tautkan.js";
import { makeWaTestApp, type WaTestApp } from "../../support/fake-baileys-app.js";
import { wa } from "../../support/fake-baileys.js";
import { createHarness } from "../../support/flow-harness.js";

const PN = "6281234567890@s.whatsapp.net";
const LID = "204859876543210@lid";
const TG = "900123";

/** The WhatsApp app plus a second channel (the in-memory fake, standing in for Telegram). */
async function twoChannels(): Promise<{ h: WaTestApp; tg: FakeChannel; say: (text: string) => Promise<string[]> }> {
  const h = await makeWaTestApp();
  const tg = new FakeChannel();
  h.app.host.addChannel(tg);
  await tg.start(h.app.host);
  const say = async (text: string) => {
    const mark = tg.mark;
    await tg.say(TG, text);
    await h.app.host.idle();
    return tg.sentSince(TG, mark).map((m) => m.text);
  };
  await say("halo");
  await say("1");
  await say("Siti Aminah");
  await say("3");
  await say("2");
  return { h, tg, say };
}

async function issueCode(say: (text: string) => Promise<string[]>): Promise<string> {
  const choose = await say("/tautkan");
  expect(choose.at(-1)).toContain("Tautkan akun");
  const issued = await say("1");
  const code = /\*([2-9A-Z]{8})\*/.exec(issued.join("\n"))?.[1];
  if (!code) throw new Error(`no code in ${JSON.stringify(issued)}`);
  return code;
}

describe("/tautkan: one person on Telegram and WhatsApp", () => {
  let h: WaTestApp;
  afterEach(async () => {
    await h?.close();
  });

  it("links a new WhatsApp contact to the registered resident with a one-time code", async () => {
    const env = await twoChannels();
    h = env.h;
    const code = await issueCode(env.say);
    const linked = await h.receive(PN, wa.text(LID, `TAUTKAN ${code}`, { alt: PN }));
    expect(linked.join("\n")).toContain("Siti Aminah");
    // The WhatsApp number (and its LID) now belong to the Telegram resident: no new registration.
    const menu = await h.receive(PN, wa.text(PN, "menu"));
    expect(menu.at(-1)).toContain("Sampaikan aspirasi");
    const tgOwner = h.app.store.residents.findByIdentity("fake", TG)!.id;
    expect(h.app.store.residents.findByIdentity("whatsapp", PN)?.id).toBe(tgOwner);
    expect(h.app.store.residents.findByIdentity("whatsapp", LID)?.id).toBe(tgOwner);
    // The Telegram side is told that an account was linked.
    expect(env.tg.sentTo(TG).at(-1)?.text).toContain("WhatsApp");
    // The code works once.
    const again = await h.receive("6289999999999@s.whatsapp.net", wa.text("6289999999999@s.whatsapp.net", `tautkan ${code}`));
    expect(again.join("\n")).toContain("tidak dapat dipakai");
  });

  it("moves aspirations filed on WhatsApp before linking to the same resident", async () => {
    const env = await twoChannels();
    h = env.h;
    await h.receive(PN, wa.text(PN, "halo"));
    await h.receive(PN, wa.text(PN, "1"));
    await h.receive(PN, wa.text(PN, "Siti"));
    await h.receive(PN, wa.text(PN, "3"));
    await h.receive(PN, wa.text(PN, "2"));
    await h.receive(PN, wa.text(PN, "1"));
    await h.receive(PN, wa.text(PN, "2"));
    await h.receive(PN, wa.text(PN, "Selokan di depan rumah mampet dan banjir setiap hujan"));
    await h.receive(PN, wa.text(PN, "Gang Melati"));
    await h.receive(PN, wa.text(PN, "1"));
    await h.receive(PN, wa.text(PN, "1"));
    const code = await issueCode(env.say);
    await h.receive(PN, wa.text(PN, `/tautkan ${code}`));
    const status = await env.say("/status");
    expect(status.join("\n")).toMatch(/ASP-[A-Z0-9]{4}/);
  });

  it("refuses a wrong code, then too many wrong codes", async () => {
    h = await makeWaTestApp();
    const first = await h.receive(PN, wa.text(PN, "tautkan 2222AAAA"));
    expect(first.join("\n")).toContain("tidak dapat dipakai");
    for (let i = 0; i < 4; i++) await h.receive(PN, wa.text(PN, `tautkan 2222AAA${i + 2}`));
    const blocked = await h.receive(PN, wa.text(PN, "tautkan 2222BBBB"));
    expect(blocked.join("\n")).toContain("Terlalu banyak");
  });

  it("explains how to link when an unregistered contact types /tautkan without a code", async () => {
    h = await makeWaTestApp();
    const replies = await h.receive(PN, wa.text(PN, "/tautkan"));
    expect(replies.join("\n")).toContain("TAUTKAN");
  });

  it("refuses a code sent from the same app it was made on", async () => {
    h = await makeWaTestApp();
    const other = "6287777777777@s.whatsapp.net";
    for (const [i, text] of ["halo", "1", "Budi", "3", "2", "/tautkan", "1"].entries()) await h.receive(PN, wa.text(PN, text, { id: `S${i}` }));
    const code = /\*([2-9A-Z]{8})\*/.exec(h.sock.textsTo(PN).join("\n"))?.[1];
    const replies = await h.receive(other, wa.text(other, `tautkan ${code}`));
    // The same answer as for a wrong code: a valid code is not told apart.
    expect(replies.join("\n")).toContain("tidak dapat dipakai");
  });

  it("reads codes typed with spaces or dashes", () => {
    expect(parseLinkCode("7k3q m9xa")).toBe("7K3QM9XA");
    expect(parseLinkCode("7K3Q-M9XA")).toBe("7K3QM9XA");
    expect(parseLinkCode("7K3QM9X")).toBeNull();
  });
});

describe("/status-wa", () => {
  let h: WaTestApp;
  afterEach(async () => {
    await h?.close();
  });

  it("shows the connection state to an LPMK admin", async () => {
    h = await makeWaTestApp({ env: { LPMK_ADMINS: `whatsapp:${PN}` } });
    for (const text of ["halo", "1", "Pak Lurah", "1", "1"]) await h.receive(PN, wa.text(PN, text));
    const replies = await h.receive(PN, wa.text(PN, "/status-wa"));
    expect(replies.join("\n")).toContain("Status WhatsApp");
    expect(replies.join("\n")).toContain("tersambung");
  });

  it("says WhatsApp is not enabled when the server runs without it", async () => {
    const fake = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
    try {
      await fake.register("admin", "Pak Harto");
      const replies = await fake.send("admin", "/status-wa");
      expect(replies.map((r) => r.text).join("\n")).toContain("WHATSAPP_ENABLED=false");
    } finally {
      await fake.close();
    }
  });

  it("refuses residents who are not on the LPMK board", async () => {
    h = await makeWaTestApp();
    for (const text of ["halo", "1", "Warga", "1", "1"]) await h.receive(PN, wa.text(PN, text));
    const replies = await h.receive(PN, wa.text(PN, "/status-wa"));
    expect(replies.join("\n")).not.toContain("Status WhatsApp");
    expect(replies.join("\n")).toContain("pengurus yang berwenang");
  });
});
