import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { checkReadiness } from "../../src/ops/readiness.js";
import { createWebServer } from "../../src/web/server.js";
import { makeWaTestApp, type WaTestApp } from "../support/fake-baileys-app.js";

describe("/readyz with the WhatsApp channel", () => {
  let h: WaTestApp | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function readyz(app: WaTestApp) {
    const web = await createWebServer({ log: silentLogger(), readiness: () => checkReadiness({ store: app.app.store, channels: [app.wa] }) });
    const res = await web.inject({ method: "GET", url: "/readyz" });
    await web.close();
    return { status: res.statusCode, body: res.json() as { reason?: string; checks: Array<{ name: string; ok: boolean; state?: string }> } };
  }

  it("is ready once the socket is connected", async () => {
    h = await makeWaTestApp();
    const r = await readyz(h);
    expect(r.status).toBe(200);
    expect(r.body.checks.find((c) => c.name === "whatsapp")).toEqual({ name: "whatsapp", ok: true, state: "connected" });
  });

  it("answers 503 while the number waits to be linked (QR code shown)", async () => {
    h = await makeWaTestApp({ open: false });
    await h.factory.last.qr();
    const r = await readyz(h);
    expect(r.status).toBe(503);
    expect(r.body.checks.find((c) => c.name === "whatsapp")?.state).toBe("linking");
    expect(r.body.reason).toMatch(/^whatsapp: whatsapp waits to be linked/);
  });

  it("answers 503 once the channel is stopped", async () => {
    h = await makeWaTestApp();
    await h.wa.stop();
    const r = await readyz(h);
    expect(r.status).toBe(503);
    expect(r.body.checks.find((c) => c.name === "whatsapp")?.state).toBe("stopped");
  });
});
