/**
 * Another process holding the SQLite write lock for long (SQLITE_BUSY): the resident's draft is kept, the message
 * is handled once the lock is gone, the event loop keeps running meanwhile, and a "sent" mark that hits the lock
 * is retried instead of the send.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../src/core/messages.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

const HOLDER = path.resolve(import.meta.dirname, "fixtures/hold-write-lock.mjs");

/** Start a process that holds the write lock for `ms`; resolves once it holds it, with a promise for its release. */
async function holdLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const child = spawn(process.execPath, [HOLDER], { env: { ...process.env, DB_FILE: file, HOLD_MS: String(ms) }, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("LOCKED")) resolve();
    });
    child.once("exit", (code) => (out.includes("LOCKED") ? undefined : reject(new Error(`lock holder exited ${code}`))));
  });
  return { released };
}

describe("a long SQLite write lock held by another process", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  it("keeps the resident's draft and answers once the lock is released, without freezing the process", async () => {
    h = await createHarness();
    await h.register("u1");
    await h.send("u1", "/aspirasi");
    await h.send("u1", "2");
    await h.send("u1", "Selokan di depan rumah nomor 12 mampet dan meluap");
    // The next answer is journaled, then another process takes the write lock for 11 s (longer than two 5 s busy waits).
    const msg: InboundMessage = { channel: "fake", address: "u1", messageId: "busy-1", content: { kind: "text", text: "Gang Mawar depan musala" }, receivedAt: Date.now() };
    h.app.store.inbound.add(msg);
    const lock = await holdLock(path.join(h.dataDir, "rembug.db"), 11_000);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 100);
    const mark = h.channel.mark;
    h.app.host.recover();
    await lock.released;
    const ticksWhileLocked = ticks;
    clearInterval(ticker);
    await h.app.host.idle();
    const replies = h.channel.sentSince("u1", mark);
    expect(textOf(replies)).toMatch(/kirim satu foto/);
    expect(textOf(replies)).not.toMatch(/terjadi gangguan/);
    const id = h.app.store.residents.findByIdentity("fake", "u1")!.id;
    expect(h.app.store.sessions.get(id)).toMatchObject({
      flow: "aspirasi",
      step: "photo",
      data: { category: "drainase", description: "Selokan di depan rumah nomor 12 mampet dan meluap", locationText: "Gang Mawar depan musala" },
    });
    // The event loop was not frozen in SQLite's busy handler (a 5 s busy wait would stop this 100 ms timer).
    expect(ticksWhileLocked).toBeGreaterThanOrEqual(60);
  }, 40_000);

  it("retries the sent mark, not the send, when the lock is taken right after a send", async () => {
    h = await createHarness();
    await h.register("u1");
    const other = new Database(path.join(h.dataDir, "rembug.db"));
    let release: Promise<void> | undefined;
    h.channel.onSend = (sent) => {
      if (sent.msg.text !== "Kabar sekali saja" || release) return;
      // Another connection takes the write lock between the send and its "sent" mark, for 700 ms.
      other.exec("BEGIN IMMEDIATE");
      release = new Promise((resolve) =>
        setTimeout(() => {
          other.exec("COMMIT");
          resolve();
        }, 700),
      );
    };
    const id = h.app.store.outbound.add("fake", "u1", { text: "Kabar sekali saja" }, "notification", h.clock.now);
    h.app.host.delivery.flush("fake", "u1");
    await h.app.host.idle();
    await release;
    // Whatever the poll finds pending afterwards is sent again: nothing may be left pending.
    h.app.host.delivery.flushAll();
    await h.app.host.idle();
    other.close();
    expect(h.channel.sentTo("u1").filter((m) => m.text === "Kabar sekali saja")).toHaveLength(1);
    // By its id: a sent row keeps no text.
    const row = h.app.store.db.prepare("SELECT status FROM outbound WHERE id = ?").get(id) as { status: string };
    expect(row.status).toBe("sent");
  }, 30_000);
});
