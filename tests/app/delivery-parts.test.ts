/** Delivery's bookkeeping of multi-part sends: parts already delivered are stored on the row and skipped on retry. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Delivery } from "../../src/app/delivery.js";
import { silentLogger } from "../../src/core/logger.js";
import type { OutboundMessage } from "../../src/core/messages.js";
import type { ChannelAdapter, SendMeta, SendResult } from "../../src/core/ports.js";
import { openStore, type Store } from "../../src/store/index.js";

/** A channel that sends each `|`-separated piece of a text as its own part, honouring skipParts like the real adapters. */
class PartsChannel implements ChannelAdapter {
  readonly name = "fake" as const;
  /** Parts the recipient received, in order. */
  readonly delivered: string[] = [];
  readonly metas: Array<SendMeta | undefined> = [];
  /** Parts whose next send fails (once each) with a transient error. */
  readonly failOnce = new Set<string>();
  /** The next send throws before sending anything (an adapter bug or a dropped socket). */
  throwNext = false;

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async send(_address: string, msg: OutboundMessage, meta?: SendMeta): Promise<SendResult> {
    this.metas.push(meta);
    if (this.throwNext) {
      this.throwNext = false;
      throw new Error("socket reset");
    }
    let sent = meta?.skipParts ?? 0;
    for (const part of msg.text.split("|").slice(sent)) {
      if (this.failOnce.delete(part)) return { ok: false, permanent: false, reason: "502 Bad Gateway", ...(sent ? { partsSent: sent } : {}) };
      this.delivered.push(part);
      sent++;
    }
    return { ok: true };
  }
}

describe("Delivery of messages sent in several parts", () => {
  let dir: string;
  let store: Store;
  let channel: PartsChannel;
  let delivery: Delivery;
  let clock: number;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rembug-delivery-"));
    store = openStore(path.join(dir, "rembug.db"));
    channel = new PartsChannel();
    clock = Date.UTC(2026, 10, 25, 3, 0, 0);
    delivery = new Delivery({ store, log: silentLogger(), channels: new Map([["fake", channel]]), now: () => clock });
  });
  afterEach(async () => {
    await delivery.stop();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const row = (id: number) =>
    store.db.prepare("SELECT status, attempts, parts_sent FROM outbound WHERE id = ?").get(id) as { status: string; attempts: number; parts_sent: number };

  /** Let the retry come due and send again. */
  async function retry(): Promise<void> {
    clock += 60_000;
    delivery.flush("fake", "u1");
    await delivery.idle();
  }

  it("stores the parts a failed attempt delivered and resumes after them, so each part arrives once", async () => {
    const id = store.outbound.add("fake", "u1", { text: "satu|dua|tiga" }, "reply", clock);
    channel.failOnce.add("dua");
    delivery.flush("fake", "u1");
    await delivery.idle();
    expect(row(id)).toEqual({ status: "pending", attempts: 1, parts_sent: 1 });
    expect(channel.metas[0]).toMatchObject({ kind: "reply" });
    expect(channel.metas[0]?.skipParts).toBeUndefined();

    await retry();
    expect(channel.metas[1]).toMatchObject({ kind: "reply", skipParts: 1 });
    expect(channel.delivered).toEqual(["satu", "dua", "tiga"]);
    expect(row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("keeps the count when a later attempt fails before delivering anything", async () => {
    const id = store.outbound.add("fake", "u1", { text: "satu|dua|tiga" }, "notification", clock);
    channel.failOnce.add("tiga");
    delivery.flush("fake", "u1");
    await delivery.idle();
    expect(row(id)).toMatchObject({ attempts: 1, parts_sent: 2 });

    channel.throwNext = true;
    await retry();
    expect(row(id)).toEqual({ status: "pending", attempts: 2, parts_sent: 2 });

    await retry();
    expect(channel.metas.map((m) => m?.skipParts)).toEqual([undefined, 2, 2]);
    expect(channel.delivered).toEqual(["satu", "dua", "tiga"]);
    expect(row(id).status).toBe("sent");
  });

  it("starts the next message of the address from its first part", async () => {
    const first = store.outbound.add("fake", "u1", { text: "a1|a2" }, "reply", clock);
    const second = store.outbound.add("fake", "u1", { text: "b1|b2" }, "reply", clock);
    channel.failOnce.add("a2");
    delivery.flush("fake", "u1");
    await delivery.idle();
    await retry();
    expect(channel.delivered).toEqual(["a1", "a2", "b1", "b2"]);
    expect(channel.metas.map((m) => m?.skipParts)).toEqual([undefined, 1, undefined]);
    expect([row(first).parts_sent, row(second).parts_sent]).toEqual([1, 0]);
  });
});
