/** buildApp is the one place that constructs the channels and registers each effect handler once, explicitly. */
import { afterEach, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/app/build.js";
import { identityLinkEffects } from "../../src/app/identity-link.js";
import { FakeChannel } from "../../src/channels/fake/fake-channel.js";
import { silentLogger } from "../../src/core/logger.js";
import { removeDir, tempDataDir, testConfig } from "../support/telegram-test-app.js";

let app: App | undefined;
let dir: string;
afterEach(async () => {
  await app?.host.stop();
  app?.store.close();
  app = undefined;
  removeDir(dir);
});

async function statusWa(a: App): Promise<string> {
  const fake = new FakeChannel();
  a.host.addChannel(fake);
  await fake.start(a.host);
  let n = 0;
  for (const text of ["halo", "1", "Pak Harto", "1", "1"]) await fake.say("admin", text, { messageId: `m${++n}` });
  await a.host.idle();
  const mark = fake.mark;
  await fake.say("admin", "/status-wa", { messageId: "status" });
  await a.host.idle();
  return fake.sentSince("admin", mark).map((m) => m.text).join("\n");
}

describe("composition", () => {
  it("with WhatsApp enabled, builds the channel and /status-wa reports it (registered once, with the channel)", async () => {
    dir = tempDataDir("rembug-compose-");
    app = buildApp({ config: testConfig(dir, { WHATSAPP_ENABLED: "true", LPMK_ADMINS: "fake:admin" }), log: silentLogger(), channels: true });
    expect(app.channels.map((c) => c.name)).toEqual(["whatsapp"]);
    expect(await statusWa(app)).toMatch(/Status WhatsApp/);
  });

  it("without channels requested, builds none and /status-wa says WhatsApp is off", async () => {
    dir = tempDataDir("rembug-compose-");
    app = buildApp({ config: testConfig(dir, { WHATSAPP_ENABLED: "true", LPMK_ADMINS: "fake:admin" }), log: silentLogger() });
    expect(app.channels).toEqual([]);
    expect(await statusWa(app)).toMatch(/WhatsApp tidak aktif/);
  });

  it("refuses a second handler for an effect unless the override is explicit", () => {
    dir = tempDataDir("rembug-compose-");
    app = buildApp({ config: testConfig(dir), log: silentLogger() });
    const again = identityLinkEffects({ t: app.i18n.t, flush: () => undefined });
    expect(() => app!.host.registerEffects(again)).toThrow(/effect "identity.link-code" already has a registered handler/);
    expect(() => app!.host.registerEffects(again, { replace: true })).not.toThrow();
  });
});
