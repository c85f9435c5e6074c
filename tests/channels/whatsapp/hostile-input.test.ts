/**
 * Hostile inputs through the WhatsApp adapter (fake socket, real host): every input is answered without the crash
 * apology or a warning in the log, the resident stays at a sensible step, nothing is stuck.
 */
import { afterEach, expect, it } from "vitest";
import type { WAMessage } from "@whiskeysockets/baileys";
import { runCampaign, seededRandom, type HostileInput } from "../contract/hostile-inputs.js";
import { makeWaTestApp, type WaTestApp } from "../../support/fake-baileys-app.js";
import { wa } from "../../support/fake-baileys.js";
import { captureLogger } from "../../support/log-capture.js";
import { jpegWithGps } from "../../support/photos.js";

// A real image: photos are decoded and re-encoded when stored, so bytes that only start like a JPEG fail to download.
const JPEG = await jpegWithGps();
const jidOf = (user: string) => `6285700${user.padStart(6, "0")}@s.whatsapp.net`;
let h: WaTestApp | undefined;

afterEach(async () => {
  await h?.close();
});

/** WhatsApp shapes for each hostile input, plus oddities only WhatsApp produces. */
function toWhatsApp(user: string, input: HostileInput, r: () => number): WAMessage {
  const jid = jidOf(user);
  switch (input.kind) {
    case "text": {
      const odd = r();
      if (odd < 0.1) return wa.extendedText(jid, input.text, { quoted: "pesan lama" });
      if (odd < 0.15) return wa.raw(jid, { ephemeralMessage: { message: { conversation: input.text } } });
      return wa.text(jid, input.text);
    }
    case "photo":
      return wa.image(jid, r() < 0.5 ? "foto" : undefined);
    case "location":
      return wa.location(jid, input.lat, input.lon);
    case "callback":
      // No buttons on WhatsApp: the closest thing is someone typing the payload.
      return wa.text(jid, input.data);
    case "unsupported":
      switch (input.what) {
        case "sticker":
          return wa.sticker(jid);
        case "voice":
          return wa.voice(jid);
        case "document":
          return wa.raw(jid, { documentMessage: { fileName: "surat.pdf" } });
        case "contact":
          return wa.raw(jid, { contactMessage: { displayName: "Pak RT", vcard: "BEGIN:VCARD" } });
      }
  }
}

it("answers each of 200 hostile WhatsApp messages at every step and stays connected", async () => {
  // A resident typing /rekap is refused and audited at warn: that warning is expected, nothing else is.
  const captured = captureLogger({ expectedWarnings: [/^access denied$/] });
  const harness = (h = await makeWaTestApp({ download: async () => JPEG, log: captured.log }));
  const store = harness.app.store;
  const seed = Number(process.env.HOSTILE_SEED ?? 11);
  const shape = seededRandom(seed + 1);
  const step = (user: string): string | undefined => {
    const resident = store.residents.findByIdentity("whatsapp", jidOf(user));
    if (!resident) return undefined;
    const s = store.sessions.get(resident.id) as { flow?: string; step?: string } | undefined;
    return s?.flow && s.step ? `${s.flow}.${s.step}` : resident.registered ? "menu.main" : undefined;
  };
  const result = await runCampaign({
    total: 200,
    users: ["4001", "4002", "4003"],
    seed,
    step,
    tickets: () => (store.db.prepare("SELECT count(*) AS n FROM aspirations").get() as { n: number }).n,
    deliver: async (user, input) => {
      const m = typeof input === "string" ? wa.text(jidOf(user), input) : toWhatsApp(user, input, shape);
      return harness.receive(jidOf(user), m);
    },
    apology: harness.app.i18n.t("id", "error-internal"),
    callbacksAreText: true,
    problems: captured.problems,
  });

  expect(result.unanswered, `seed ${seed}`).toEqual([]);
  expect(result.apologised, `seed ${seed}`).toEqual([]);
  expect(result.logged, `seed ${seed}`).toEqual([]);
  expect(result.wrongStep, `seed ${seed}`).toEqual([]);
  expect(result.stepsSeen.size).toBeGreaterThanOrEqual(8);
  expect(result.tickets).toBeGreaterThan(0);
  expect(store.inbound.pending()).toEqual([]);
  expect(store.db.prepare("SELECT count(*) AS n FROM outbound WHERE status != 'sent'").get()).toEqual({ n: 0 });
  // Every text part stayed under the safe limit.
  for (const s of harness.sock.sent) if ("text" in s.content) expect((s.content as { text: string }).text.length).toBeLessThanOrEqual(3500);
  expect(harness.wa.status().state).toBe("open");
  expect((await harness.receive(jidOf("4001"), wa.text(jidOf("4001"), "menu"))).at(-1)).toContain(`1. ${harness.app.i18n.t("id", "menu-aspirasi")}`);
});
