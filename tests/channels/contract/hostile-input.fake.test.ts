/**
 * 500 random and hostile inputs at every step through the fake channel: every input is answered without the crash
 * apology and without a warning in the log, the resident stays at a sensible step, and the host stays alive.
 */
import { afterEach, expect, it } from "vitest";
import type { InboundContent } from "../../../src/core/messages.js";
import { makeFakeHarness, type FakeHarness } from "./fake-harness.js";
import { captureLogger } from "../../support/log-capture.js";
import { jpegWithGps } from "../../support/photos.js";
import { currentStep, runCampaign, type HostileInput } from "./hostile-inputs.js";

// A real image: photos are decoded and re-encoded when stored, so bytes that only start like a JPEG fail to download.
const JPEG = await jpegWithGps();
let h: FakeHarness | undefined;

afterEach(async () => {
  await h?.close();
});

it("answers each of 500 hostile inputs spread over every step and keeps running", async () => {
  // A resident typing /rekap is refused and audited at warn: that warning is expected, nothing else is.
  const captured = captureLogger({ expectedWarnings: [/^access denied$/] });
  h = await makeFakeHarness({ log: captured.log });
  const { channel, app } = h;
  const toContent = (input: HostileInput): InboundContent => {
    switch (input.kind) {
      case "photo":
        return { kind: "photo", ref: channel.addMedia(JPEG) };
      case "callback":
        return { kind: "choice", value: input.data };
      default:
        return input;
    }
  };
  const seed = Number(process.env.HOSTILE_SEED ?? 20261125);
  const result = await runCampaign({
    total: 500,
    users: ["h1", "h2", "h3", "h4", "h5"],
    seed,
    step: (user) => currentStep(app.store, "fake", user),
    tickets: () => (app.store.db.prepare("SELECT count(*) AS n FROM aspirations").get() as { n: number }).n,
    deliver: async (user, input) => {
      const mark = channel.mark;
      await channel.say(user, toContent(input));
      await app.host.idle();
      return channel.sentSince(user, mark).map((m) => m.text);
    },
    apology: app.i18n.t("id", "error-internal"),
    problems: captured.problems,
  });

  expect(result.unanswered, `seed ${seed}`).toEqual([]);
  expect(result.apologised, `seed ${seed}`).toEqual([]);
  expect(result.logged, `seed ${seed}`).toEqual([]);
  expect(result.wrongStep, `seed ${seed}`).toEqual([]);
  expect(result.hostile).toBe(500);
  for (const step of ["registrasi.consent", "registrasi.name", "registrasi.rw", "registrasi.rt", "menu.main", "aspirasi.category", "aspirasi.description", "aspirasi.location", "aspirasi.photo", "aspirasi.summary"]) {
    expect(result.stepsSeen, `step ${step} was reached (seed ${seed})`).toContain(step);
  }
  expect(result.tickets).toBeGreaterThan(0);
  expect(app.store.inbound.pending()).toEqual([]);
  const failed = app.store.db.prepare("SELECT count(*) AS n FROM outbound WHERE status != 'sent'").get() as { n: number };
  expect(failed.n).toBe(0);
  // Still alive: a plain request gets the menu.
  const mark = channel.mark;
  await channel.say("h1", "menu");
  await app.host.idle();
  expect(channel.sentSince("h1", mark).at(-1)?.options?.map((o) => o.label)).toContain(app.i18n.t("id", "menu-aspirasi"));
});
