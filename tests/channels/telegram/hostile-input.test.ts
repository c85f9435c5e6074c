/**
 * Hostile inputs through real grammY and the fake Bot API: every input is answered without the crash apology or a
 * warning in the log, the resident stays at a sensible step, nothing is stuck, the bot keeps polling.
 */
import { afterEach, expect, it } from "vitest";
import { makeTelegramHarness, type TelegramHarness } from "../../support/telegram-harness.js";
import { captureLogger } from "../../support/log-capture.js";
import { jpegWithGps } from "../../support/photos.js";
import { currentStep, runCampaign, type HostileInput } from "../contract/hostile-inputs.js";

// A real image: photos are decoded and re-encoded when stored, so bytes that only start like a JPEG fail to download.
const JPEG = await jpegWithGps();
let h: TelegramHarness | undefined;

afterEach(async () => {
  await h?.close();
});

it("answers each of 120 hostile Telegram updates at every step and keeps polling", async () => {
  // A resident typing /rekap is refused and audited at warn: that warning is expected, nothing else is.
  const captured = captureLogger({ expectedWarnings: [/^access denied$/] });
  const harness = (h = await makeTelegramHarness({ log: captured.log }));
  const { server } = harness;
  const enqueue = (chatId: number, input: HostileInput): number => {
    switch (input.kind) {
      case "text":
        return server.text(chatId, input.text);
      case "photo":
        return server.photo(chatId, JPEG);
      case "location":
        return server.location(chatId, input.lat, input.lon);
      case "callback":
        return server.callback(chatId, input.data);
      case "unsupported":
        switch (input.what) {
          case "sticker":
            return server.sticker(chatId);
          case "voice":
            return server.voice(chatId);
          case "document":
            return server.document(chatId, Buffer.from("%PDF-1.4"), { fileName: "surat.pdf" });
          case "contact":
            return server.contact(chatId, "+6281234567890");
        }
    }
  };
  const seed = Number(process.env.HOSTILE_SEED ?? 7);
  const result = await runCampaign({
    total: 120,
    users: ["3001", "3002"],
    seed,
    step: (user) => currentStep(harness.store, "telegram", user),
    tickets: () => (harness.store.db.prepare("SELECT count(*) AS n FROM aspirations").get() as { n: number }).n,
    deliver: async (user, input) => (await harness.deliver(Number(user), () => enqueue(Number(user), input))).map((r) => r.text),
    apology: harness.t("id", "error-internal"),
    problems: captured.problems,
  });

  expect(result.unanswered, `seed ${seed}`).toEqual([]);
  expect(result.apologised, `seed ${seed}`).toEqual([]);
  expect(result.logged, `seed ${seed}`).toEqual([]);
  expect(result.wrongStep, `seed ${seed}`).toEqual([]);
  expect(result.stepsSeen.size).toBeGreaterThanOrEqual(8);
  expect(harness.store.inbound.pending()).toEqual([]);
  const notSent = harness.store.db.prepare("SELECT count(*) AS n FROM outbound WHERE status != 'sent'").get() as { n: number };
  expect(notSent.n).toBe(0);
  // Every text the bot sent was valid for Telegram's HTML parser (the fake rejects bad markup with 400).
  expect(server.calls.filter((c) => c.method === "sendMessage" && c.fault)).toEqual([]);
  const alive = await harness.send("3001", { kind: "text", text: "menu" });
  expect(alive.at(-1)?.options).toContain(harness.t("id", "menu-aspirasi"));
});
