/** A getUpdates batch is journaled in one transaction, before the offset moves past it (real app, real SQLite, real grammY). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/build.js";
import type { InboundSink } from "../../../src/core/ports.js";
import { TelegramChannel } from "../../../src/channels/telegram/telegram-channel.js";
import { FakeBotApi } from "../../support/fake-bot-api.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../../support/telegram-test-app.js";

describe("Telegram intake journals a whole getUpdates batch at once", () => {
  let server: FakeBotApi;
  let dir: string;
  let app: App;
  let channel: TelegramChannel;

  beforeEach(async () => {
    server = await new FakeBotApi().start();
    dir = tempDataDir("rembug-tg-batch-");
    app = makeTestApp(dir);
    channel = new TelegramChannel({ token: server.token, apiRoot: server.apiRoot, log: app.log, t: app.i18n.t, dataDir: dir, pollTimeoutSec: 5, pollBackoffMs: { initial: 10, max: 20 } });
    app.host.addChannel(channel);
  });
  afterEach(async () => {
    await channel.stop();
    await closeApp(app);
    await server.stop();
    removeDir(dir);
  });

  const journaled = (ids: number[]): number =>
    (app.store.db.prepare(`SELECT count(*) AS n FROM inbound WHERE channel = 'telegram' AND message_id IN (${ids.map(() => "?").join(",")})`).get(...ids.map(String)) as { n: number }).n;

  it("journals none of a batch whose last message cannot be stored, confirms none, and handles each once when the store recovers", async () => {
    // Queued before polling starts, so the first getUpdates returns all three together.
    const ids = [server.text(5101, "halo"), server.text(5102, "halo"), server.text(5103, "halo")];
    app.store.db.exec(
      `CREATE TEMP TRIGGER refuse_third BEFORE INSERT ON inbound WHEN NEW.message_id = '${ids[2]}' BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END`,
    );
    await channel.start(app.host);
    await server.waitFor(() => server.getUpdatesCount >= 3, "the batch to be fetched and refused a few times");
    // One transaction: the first two are not journaled either, and Telegram was told about none of them.
    expect(journaled(ids)).toBe(0);
    expect(server.unconfirmed).toEqual(expect.arrayContaining(ids));
    expect(server.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);

    app.store.db.exec(`DROP TRIGGER refuse_third`);
    await server.waitFor(() => ids.every((id) => !server.unconfirmed.includes(id)), "the batch to be confirmed");
    await app.host.idle();
    expect(journaled(ids)).toBe(3);
    for (const chat of [5101, 5102, 5103]) expect(server.messagesTo(chat)).toHaveLength(1);
  });

  it("handles the first message of each sender in the transaction that journals the batch, and a sender's next one after it", async () => {
    const handledAtCommit: boolean[][] = [];
    const sink: InboundSink = {
      accept: (m) => app.host.accept(m),
      acceptAll: (msgs) => {
        const accepted = app.host.acceptAll(msgs);
        // The journal transaction has committed by now (it is synchronous); nothing else has run yet.
        handledAtCommit.push(msgs.map((m) => app.store.inbound.isProcessed(m)));
        return accepted;
      },
    };
    const ids = [server.text(5201, "halo"), server.text(5202, "halo"), server.text(5201, "1")];
    await channel.start(sink);
    await server.waitFor(() => ids.every((id) => !server.unconfirmed.includes(id)), "the batch to be confirmed");
    await app.host.idle();
    expect(handledAtCommit[0]).toEqual([true, true, false]);
    expect(journaled(ids)).toBe(3);
    // Each sender's replies come in the order of its messages: the consent question, then the answer to "1".
    const texts = (chat: number) => server.messagesTo(chat).map((c) => String(c.params.text));
    expect(texts(5202)).toHaveLength(1);
    expect(texts(5201)).toHaveLength(2);
    expect(texts(5201)[0]).toBe(texts(5202)[0]);
    expect(texts(5201)[1]).not.toBe(texts(5201)[0]);
  });
  it("journals a message handled with its batch as handled, without its text", async () => {
    const ids = [server.text(5301, "halo"), server.text(5302, "halo")];
    await channel.start(app.host);
    await server.waitFor(() => ids.every((id) => !server.unconfirmed.includes(id)), "the batch to be confirmed");
    await app.host.idle();
    const rows = app.store.db.prepare(`SELECT payload, processed_at FROM inbound WHERE channel = 'telegram' AND address IN ('5301', '5302')`).all() as Array<{
      payload: string | null;
      processed_at: number | null;
    }>;
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toEqual({ payload: null, processed_at: expect.any(Number) });
  });

  it("journals a message whose handling with the batch failed and handles it on its own", async () => {
    // The engine fails once on this message (a transient fault): it must be journaled all the same, and answered.
    const engine = (app.host as unknown as { o: { engine: { handle: (...a: unknown[]) => unknown } } }).o.engine;
    const handle = engine.handle.bind(engine);
    let failed = 0;
    engine.handle = (...a: unknown[]) => {
      const input = a[0] as { content: { kind: string; text?: string } };
      if (input.content.text === "halo" && failed++ === 0) throw new Error("transient fault (test)");
      return handle(...a);
    };
    const ids = [server.text(5401, "halo"), server.text(5402, "halo")];
    await channel.start(app.host);
    await server.waitFor(() => ids.every((id) => !server.unconfirmed.includes(id)), "the batch to be confirmed");
    await app.host.idle();
    expect(failed).toBeGreaterThan(1);
    expect(journaled(ids)).toBe(2);
    const texts = (chat: number) => server.messagesTo(chat).map((c) => String(c.params.text));
    // Both got the same first answer; neither got the apology that follows a failure on the second try too.
    expect(texts(5401)).toHaveLength(1);
    expect(texts(5401)).toEqual(texts(5402));
    expect(texts(5401)[0]).not.toMatch(/gangguan/);
  });
});
