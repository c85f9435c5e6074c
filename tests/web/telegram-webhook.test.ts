import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/app/build.js";
import { TelegramChannel } from "../../src/channels/telegram/telegram-channel.js";
import { silentLogger } from "../../src/core/logger.js";
import type { InboundMessage } from "../../src/core/messages.js";
import { startWebServer, type WebServer } from "../../src/web/start-web.js";
import { createWebServer } from "../../src/web/server.js";
import { FakeBotApi } from "../support/fake-bot-api.js";
import { closeApp, removeDir, tempDataDir, testConfig } from "../support/telegram-test-app.js";

const SECRET = "webhook-secret-0123456789abcdef";

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

function journaled(app: App, updateId: number): boolean {
  const row = app.store.db.prepare(`SELECT COUNT(*) AS n FROM inbound WHERE channel = 'telegram' AND message_id = ?`).get(String(updateId)) as { n: number };
  return row.n === 1;
}

async function until(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 3000 && !predicate(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!predicate()) throw new Error(`timed out waiting for ${what}`);
}

describe("Telegram webhook mode", () => {
  let api: FakeBotApi;
  let app: App | undefined;
  let web: WebServer | undefined;
  let dataDir: string;

  afterEach(async () => {
    for (const ch of app?.channels ?? []) await ch.stop();
    await web?.stop();
    if (app) await closeApp(app);
    await api.stop();
    removeDir(dataDir);
    app = undefined;
    web = undefined;
  });

  async function boot(): Promise<{ app: App; url: string }> {
    api = await new FakeBotApi().start();
    dataDir = tempDataDir("rembug-webhook-");
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/webhook`;
    const config = testConfig(dataDir, {
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: url,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_SENDS_PER_SECOND: "10000",
      TELEGRAM_SENDS_PER_CHAT_PER_SECOND: "10000",
      WEB_PORT: String(port),
    });
    app = buildApp({ config, log: silentLogger(), channels: true });
    web = await startWebServer(app);
    for (const ch of app.channels) await ch.start(app.host);
    return { app, url };
  }

  it("sets the webhook with the secret and the update kinds the bot reads", async () => {
    const { url } = await boot();
    const calls = api.callsOf("setWebhook");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.params).toMatchObject({ url, secret_token: SECRET, allowed_updates: ["message", "edited_message", "callback_query"] });
    expect(api.callsOf("getUpdates")).toHaveLength(0);
    expect((app!.channels[0] as TelegramChannel).health()).toEqual({ state: "webhook", ready: true });
  });

  it("refuses a request without the secret header or with a wrong one, and journals nothing", async () => {
    const { app } = await boot();
    const id = api.text(601, "halo");
    expect((await api.postUpdate(id, { secret: null })).status).toBe(401);
    expect((await api.postUpdate(id, { secret: "wrong-secret-0123456789abcdef" })).status).toBe(401);
    expect(journaled(app, id)).toBe(false);
    await app.host.idle();
    expect(api.messagesTo(601)).toHaveLength(0);
  });

  it("journals an update, answers 200, and a redelivered update changes nothing", async () => {
    const { app } = await boot();
    const id = api.text(602, "halo");
    expect((await api.postUpdate(id)).status).toBe(200);
    expect(journaled(app, id)).toBe(true);
    await until(() => app.store.inbound.isProcessed({ channel: "telegram", messageId: String(id) } as InboundMessage), "the update to be handled");
    await app.host.idle();
    const replies = api.messagesTo(602).length;
    expect(replies).toBeGreaterThan(0);
    const sessionBefore = JSON.stringify(app.store.db.prepare(`SELECT * FROM sessions`).all());
    // Telegram sends it again (it did not see our answer): same update_id.
    expect((await api.postUpdate(id)).status).toBe(200);
    await app.host.idle();
    expect(api.messagesTo(602)).toHaveLength(replies);
    expect(JSON.stringify(app.store.db.prepare(`SELECT * FROM sessions`).all())).toBe(sessionBefore);
    expect((app.store.db.prepare(`SELECT COUNT(*) AS n FROM inbound`).get() as { n: number }).n).toBe(1);
  });

  it("answers 200 once the update is journaled, without waiting for a slow handler", async () => {
    const { app } = await boot();
    api.sendDelayMs = 1500;
    const id = api.text(603, "halo");
    const res = await api.postUpdate(id);
    expect(res.status).toBe(200);
    // Answered: journaled, and the reply the handler sends is not delivered yet.
    expect(journaled(app, id)).toBe(true);
    expect(api.messagesTo(603)).toHaveLength(0);
    await api.waitForMessages(603, 1);
    await app.host.idle();
  });

  it("answers 503 while the intake stops, so Telegram delivers the update again later", async () => {
    const { app } = await boot();
    await app.channels[0]!.stop();
    const id = api.text(604, "halo");
    expect((await api.postUpdate(id)).status).toBe(503);
    expect(journaled(app, id)).toBe(false);
    expect(api.unconfirmed).toContain(id);
  });

  it("removes the webhook when the bot goes back to polling, and polls", async () => {
    const first = await boot();
    for (const ch of first.app.channels) await ch.stop();
    expect(api.webhook?.url).toBe(first.url);
    // The next start without TELEGRAM_WEBHOOK_URL: a long-polling channel on the same token.
    const polling = new TelegramChannel({ token: api.token, apiRoot: api.apiRoot, log: silentLogger(), t: first.app.i18n.t, pollTimeoutSec: 2, pollBackoffMs: { initial: 10, max: 50 }, pacing: { perSecond: 10000, perChatPerSecond: 10000 } });
    first.app.host.addChannel(polling);
    await polling.start(first.app.host);
    try {
      const id = api.text(605, "halo");
      await until(() => first.app.store.inbound.isProcessed({ channel: "telegram", messageId: String(id) } as InboundMessage), "the polled update to be handled");
      expect(api.webhook).toBeUndefined();
      expect(api.callsOf("deleteWebhook")).toHaveLength(1);
      expect(api.callsOf("deleteWebhook")[0]!.params.drop_pending_updates).toBe(false);
      expect(polling.health()).toEqual({ state: "polling", ready: true });
    } finally {
      await polling.stop();
    }
  });

  it("answers 503 when the journal is slower than allowed, and the redelivered update is then journaled once", async () => {
    const { app } = await boot();
    // A second channel on the same token whose sink holds the first message back (a database waiting for a lock).
    await app.channels[0]!.stop();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let first = true;
    const sink = {
      accept: async (m: InboundMessage) => {
        if (first) {
          first = false;
          await held;
        }
        await app.host.accept(m);
      },
    };
    const slow = new TelegramChannel({
      token: api.token,
      apiRoot: api.apiRoot,
      log: silentLogger(),
      t: app.i18n.t,
      pacing: { perSecond: 10000, perChatPerSecond: 10000 },
      webhook: { url: api.webhook!.url, secret: SECRET, answerWithinMs: 100 },
    });
    app.host.addChannel(slow);
    (app.channels as unknown[]).push(slow);
    await slow.start(sink);
    const web2 = await createWebServer({
      log: silentLogger(),
      readiness: async () => ({ ready: true, checks: [] }),
      telegramWebhook: { path: "/tg", secret: SECRET, receive: (u) => slow.receiveWebhook(u) },
    });
    const update = {
      update_id: 9001,
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 606, type: "private", first_name: "W" }, from: { id: 606, is_bot: false, first_name: "W" }, text: "halo" },
    };
    const post = () => web2.inject({ method: "POST", url: "/tg", headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: update });
    expect((await post()).statusCode).toBe(503);
    expect(journaled(app, 9001)).toBe(false);
    release();
    await until(() => journaled(app, 9001), "the held update to be journaled");
    // Telegram sends it again after the 503.
    expect((await post()).statusCode).toBe(200);
    await until(() => app.store.inbound.isProcessed({ channel: "telegram", messageId: "9001" } as InboundMessage), "the update to be handled");
    await app.host.idle();
    expect((app.store.db.prepare(`SELECT COUNT(*) AS n FROM inbound`).get() as { n: number }).n).toBe(1);
    expect(api.messagesTo(606).length).toBeGreaterThan(0);
    await web2.close();
    const replies = api.messagesTo(606).length;
    await app.host.idle();
    expect(api.messagesTo(606)).toHaveLength(replies);
  });
});
