/** The host reads back, in its own transaction, what is pending for an address; the delivery starts from those rows only while they are current. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Delivery } from "../../src/app/delivery.js";
import { silentLogger } from "../../src/core/logger.js";
import type { OutboundMessage } from "../../src/core/messages.js";
import type { ChannelAdapter, SendResult } from "../../src/core/ports.js";
import { openStore, type Store } from "../../src/store/index.js";
import { FakeChannel } from "../../src/channels/fake/fake-channel.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../support/telegram-test-app.js";

class RecordingChannel implements ChannelAdapter {
  readonly name = "fake" as const;
  readonly sent: string[] = [];
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async send(_address: string, msg: OutboundMessage): Promise<SendResult> {
    this.sent.push(msg.text);
    return { ok: true };
  }
}

describe("Delivery from rows read back by the host", () => {
  let dir: string;
  let store: Store;
  let channel: RecordingChannel;
  let delivery: Delivery;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rembug-delivery-read-"));
    store = openStore(path.join(dir, "rembug.db"));
    channel = new RecordingChannel();
    delivery = new Delivery({ store, log: silentLogger(), channels: new Map([["fake", channel]]), now: () => Date.now() });
  });
  afterEach(async () => {
    await delivery.stop();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const add = (text: string) => store.outbound.add("fake", "w1", { text }, "reply", Date.now());

  it("sends the rows read back once, without querying them again", async () => {
    const read = store.tx(() => {
      add("satu");
      add("dua");
      return delivery.readPending("fake", "w1");
    });
    const queries = vi.spyOn(store.outbound, "pendingFor");
    delivery.flush("fake", "w1", read);
    await delivery.idle();
    expect(channel.sent).toEqual(["satu", "dua"]);
    expect(queries).not.toHaveBeenCalled();
  });

  it("does not send a row twice when another drain of the address sent it after it was read back", async () => {
    const read = store.tx(() => {
      add("satu");
      return delivery.readPending("fake", "w1");
    });
    // A notification (or the poll) drains the address before the host's own flush comes.
    delivery.flush("fake", "w1");
    await delivery.idle();
    delivery.flush("fake", "w1", read);
    await delivery.idle();
    expect(channel.sent).toEqual(["satu"]);
  });

  it("reads nothing back while a drain of the address is queued, so the host's flush queries afresh", async () => {
    add("satu");
    delivery.flush("fake", "w1");
    const read = store.tx(() => {
      add("dua");
      return delivery.readPending("fake", "w1");
    });
    expect(read).toBeUndefined();
    delivery.flush("fake", "w1", read);
    await delivery.idle();
    expect(channel.sent).toEqual(["satu", "dua"]);
  });
});

describe("The conversation host", () => {
  /** Run `body` with a test app whose host has a fake channel. */
  async function withHost(body: (app: ReturnType<typeof makeTestApp>, ch: FakeChannel) => Promise<void>): Promise<void> {
    const dataDir = tempDataDir("rembug-host-read-");
    const app = makeTestApp(dataDir);
    const ch = new FakeChannel();
    app.host.addChannel(ch);
    await ch.start(app.host);
    try {
      await body(app, ch);
    } finally {
      await closeApp(app);
      removeDir(dataDir);
    }
  }

  it("answers a message without reading its replies back: the rows it just wrote are what is pending", () =>
    withHost(async (app, ch) => {
      const queries = vi.spyOn(app.store.outbound, "pendingFor");
      const mark = ch.mark;
      await ch.say("w1", "halo");
      await app.host.idle();
      expect(ch.sentSince("w1", mark).length).toBe(1);
      expect(queries).not.toHaveBeenCalled();
    }));

  it("reads back what is pending when an older message still waits for the address, and sends it first", () =>
    withHost(async (app, ch) => {
      // Queued by another process (a worker's notice) and not drained yet when the resident writes.
      app.store.outbound.add("fake", "w1", { text: "Kabar lebih dulu" }, "notification", Date.now());
      const queries = vi.spyOn(app.store.outbound, "pendingFor");
      const mark = ch.mark;
      await ch.say("w1", "halo");
      await app.host.idle();
      const sent = ch.sentSince("w1", mark).map((m) => m.text);
      expect(sent).toHaveLength(2);
      expect(sent[0]).toBe("Kabar lebih dulu");
      expect(queries).toHaveBeenCalledTimes(1);
    }));
});
