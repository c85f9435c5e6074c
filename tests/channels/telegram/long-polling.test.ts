/** The Telegram intake loop against the fake Bot API: confirm only what the sink accepted, stop promptly, finish the update in hand. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../../src/core/messages.js";
import type { InboundSink } from "../../../src/core/ports.js";
import { silentLogger } from "../../../src/core/logger.js";
import { TelegramChannel } from "../../../src/channels/telegram/telegram-channel.js";
import { FakeBotApi } from "../../support/fake-bot-api.js";

describe("Telegram long polling", () => {
  let server: FakeBotApi;
  let channel: TelegramChannel | undefined;
  const make = (pollTimeoutSec = 5) =>
    (channel = new TelegramChannel({ token: server.token, apiRoot: server.apiRoot, log: silentLogger(), pollTimeoutSec, pollBackoffMs: { initial: 10, max: 50 } }));

  beforeEach(async () => {
    server = await new FakeBotApi().start();
  });
  afterEach(async () => {
    await channel?.stop();
    await server.stop();
  });

  it("stops promptly while a long poll is held open", async () => {
    const ch = make(600);
    const got: InboundMessage[] = [];
    await ch.start({ accept: async (m) => void got.push(m) });
    await server.waitFor(() => server.openPolls === 1, "the first long poll to be open");
    await ch.stop();
    expect(got).toEqual([]);
  });

  it("does not confirm an update the sink refused, and hands it over again", async () => {
    const ch = make();
    const seen: string[] = [];
    let refuse = true;
    const sink: InboundSink = {
      accept: async (m) => {
        seen.push(m.messageId);
        if (refuse) {
          refuse = false;
          throw new Error("database is locked");
        }
      },
    };
    await ch.start(sink);
    const id = server.text(4001, "halo");
    await server.waitFor(() => seen.length === 2 && !server.unconfirmed.includes(id), "the update to be accepted on the second try and confirmed", 20_000);
    expect(seen).toEqual([String(id), String(id)]);
  });

  it("finishes the update in hand on stop and confirms it", async () => {
    const ch = make();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const accepted: string[] = [];
    let entered!: () => void;
    const inAccept = new Promise<void>((r) => (entered = r));
    await ch.start({
      accept: async (m) => {
        entered();
        await gate;
        accepted.push(m.messageId);
      },
    });
    const id = server.text(4002, "halo");
    await inAccept;
    const stopping = ch.stop();
    release();
    await stopping;
    expect(accepted).toEqual([String(id)]);
    expect(server.unconfirmed).not.toContain(id);
  });

  it("deletes a webhook that blocks polling, then receives updates", async () => {
    server.failNext("getUpdates", { kind: "error", code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
    const got: string[] = [];
    await make().start({ accept: async (m) => void got.push(m.messageId) });
    const id = server.text(4003, "halo");
    await server.waitFor(() => got.length === 1, "the update after the webhook was deleted");
    expect(got).toEqual([String(id)]);
    expect(server.callsOf("deleteWebhook")).toHaveLength(1);
  });

  it("tries deleteWebhook again on the next conflict when the first attempt failed", async () => {
    const conflict = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
    server.failNext("getUpdates", { kind: "error", code: 409, description: conflict }, 2);
    server.failNext("deleteWebhook", { kind: "drop" });
    const got: string[] = [];
    await make().start({ accept: async (m) => void got.push(m.messageId) });
    const id = server.text(4005, "halo");
    await server.waitFor(() => got.length === 1, "the update after the webhook was deleted");
    expect(got).toEqual([String(id)]);
    expect(server.calls.filter((c) => c.method === "deleteWebhook").map((c) => c.fault?.kind ?? "ok")).toEqual(["drop", "ok"]);
  });

  it("keeps polling after Telegram rejects the token", async () => {
    server.failNext("getUpdates", { kind: "error", code: 401, description: "Unauthorized" }, 2);
    const got: string[] = [];
    await make().start({ accept: async (m) => void got.push(m.messageId) });
    const id = server.text(4004, "halo");
    await server.waitFor(() => got.length === 1, "the update once the token is accepted");
    expect(got).toEqual([String(id)]);
  });
});
