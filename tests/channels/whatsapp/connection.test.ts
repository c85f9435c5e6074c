import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import QRCode from "qrcode";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger, type Logger } from "../../../src/core/logger.js";
import { openStore, type Store } from "../../../src/store/index.js";
import { WhatsAppConnection, normalizePairingNumber } from "../../../src/channels/whatsapp/connection.js";
import { hasLinkedCreds, useSqliteAuthState } from "../../../src/channels/whatsapp/auth-state.js";
import { FakeClock, FakeSocketFactory } from "../../support/fake-baileys.js";

/** A pino logger whose lines the test can read. */
function capturingLogger(): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { log: createLogger("info", stream), lines };
}

/** Let queued promise callbacks run. */
const settle = () => new Promise((r) => setImmediate(r));

describe("WhatsApp connection manager", () => {
  let dir: string;
  let store: Store;
  let clock: FakeClock;
  let factory: FakeSocketFactory;
  let printed: string[];
  let logs: ReturnType<typeof capturingLogger>;

  const make = (o: { pairingNumber?: string } = {}) =>
    new WhatsAppConnection({
      db: store.db,
      log: logs.log,
      socketFactory: factory.create,
      clock,
      random: () => 0.5,
      print: (t) => printed.push(t),
      onUpsert: () => undefined,
      getMessage: () => undefined,
      ...o,
    });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "rembug-wa-conn-"));
    store = openStore(path.join(dir, "rembug.db"));
    clock = new FakeClock();
    factory = new FakeSocketFactory();
    printed = [];
    logs = capturingLogger();
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([408, 428, 500, 503, 515])("reconnects with growing, jittered backoff after close code %i", async (code) => {
    const conn = make();
    conn.start();
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await factory.last.close(code);
      expect(conn.status().state).toBe("reconnecting");
      expect(conn.status().lastCode).toBe(code);
      const [delay] = clock.pending();
      delays.push(delay!);
      clock.advance(delay!);
    }
    // base 1 s doubling, "equal jitter" with random = 0.5 -> 3/4 of the ceiling
    expect(delays).toEqual([750, 1500, 3000, 6000]);
    expect(factory.sockets).toHaveLength(5);
    await factory.last.open();
    expect(conn.status()).toMatchObject({ state: "open", attempt: 0, me: "6289900000001:7@s.whatsapp.net" });
    expect(conn.socket).toBe(factory.last);
    expect(logs.lines.some((l) => l.msg === "WhatsApp connected")).toBe(true);
    await conn.stop();
  });

  it("reuses one cached key store across reconnects instead of building one (and its timer) per attempt", async () => {
    const conn = make();
    conn.start();
    await factory.last.close(408);
    clock.advance(clock.pending()[0]!);
    expect(factory.sockets).toHaveLength(2);
    expect(factory.sockets[1]!.input.auth.keys).toBe(factory.sockets[0]!.input.auth.keys);
    await conn.stop();
  });

  it("keeps the backoff between half and all of its ceiling, capped", () => {
    const low = new WhatsAppConnection({ db: store.db, log: logs.log, socketFactory: factory.create, clock, random: () => 0, onUpsert: () => undefined, getMessage: () => undefined });
    const high = new WhatsAppConnection({ db: store.db, log: logs.log, socketFactory: factory.create, clock, random: () => 0.999999, onUpsert: () => undefined, getMessage: () => undefined });
    expect(low.backoffMs(3)).toBe(2000);
    expect(high.backoffMs(3)).toBe(4000);
    expect(high.backoffMs(40)).toBe(300_000);
  });

  it("logs clearly that it cannot connect and keeps retrying when the network is down", async () => {
    const conn = make();
    conn.start();
    for (let i = 0; i < 3; i++) {
      await factory.last.close(408);
      clock.advance(clock.pending()[0]!);
    }
    const warnings = logs.lines.filter((l) => l.msg === "WhatsApp cannot connect; retrying with backoff");
    expect(warnings.map((w) => w.attempt)).toEqual([1, 2, 3]);
    expect(warnings[0]).toMatchObject({ level: 40, code: 408, retryInMs: 750 });
    await conn.stop();
  });

  it("retries when building the socket itself throws", () => {
    factory.throwNext = new Error("getaddrinfo ENOTFOUND web.whatsapp.com");
    const conn = make();
    conn.start();
    expect(conn.status().state).toBe("reconnecting");
    clock.advance(clock.pending()[0]!);
    expect(factory.sockets).toHaveLength(1);
    void conn.stop();
  });

  it("retries instead of throwing when the stored creds cannot be read", () => {
    store.db.prepare("INSERT INTO wa_creds (id, value, updated_at) VALUES (1, ?, ?)").run("{not json", 0);
    const conn = make();
    expect(() => conn.start()).not.toThrow();
    expect(conn.status().state).toBe("reconnecting");
    expect(factory.sockets).toHaveLength(0);
    void conn.stop();
  });

  it("stops on 401, clears the auth state and says the number must be linked again", async () => {
    useSqliteAuthState(store.db).saveCreds({ registered: true, me: { id: "6281@s.whatsapp.net" } });
    expect(hasLinkedCreds(store.db)).toBe(true);
    const conn = make();
    conn.start();
    await factory.last.close(401);
    expect(conn.status().state).toBe("logged-out");
    expect(clock.pending()).toEqual([]);
    expect(hasLinkedCreds(store.db)).toBe(false);
    const err = logs.lines.find((l) => l.level === 50);
    expect(String(err?.msg)).toContain("link the number again");
  });

  it.each([
    [403, "banned", "banned"],
    [440, "replaced", "replaced"],
  ])("stops on %i (%s) without reconnecting and says why", async (code, state, word) => {
    useSqliteAuthState(store.db).saveCreds({ registered: true });
    const conn = make();
    conn.start();
    await factory.last.close(code);
    expect(conn.status().state).toBe(state);
    expect(clock.pending()).toEqual([]);
    expect(factory.sockets).toHaveLength(1);
    expect(String(logs.lines.find((l) => l.level === 50)?.msg)).toContain(word);
    expect(hasLinkedCreds(store.db)).toBe(true);
  });

  it("prints a scannable QR code in the terminal on a qr event", async () => {
    const conn = make();
    conn.start();
    await factory.last.qr("2@abcdefghijklmnopqrstuvwxyz,0123456789,ABCDEFGH");
    expect(conn.status().state).toBe("waiting-for-link");
    expect(printed).toHaveLength(1);
    const art = printed[0]!;
    expect(art.split("\n").length).toBeGreaterThan(10);
    expect(art).toMatch(/[█▀▄]/);
    // Exactly the qrcode package's terminal rendering of the reference WhatsApp gave.
    expect(art).toBe(await QRCode.toString("2@abcdefghijklmnopqrstuvwxyz,0123456789,ABCDEFGH", { type: "terminal", small: true }));
    expect(logs.lines.some((l) => String(l.msg).includes("scan the QR code"))).toBe(true);
    await conn.stop();
  });

  it("with a pairing number, requests an 8-character pairing code once and prints it", async () => {
    const conn = make({ pairingNumber: "0812-3456-7890" });
    conn.start();
    await factory.last.qr();
    await factory.last.qr();
    expect(factory.last.pairingRequests).toEqual(["6281234567890"]);
    expect(printed).toEqual(["WhatsApp pairing code: ABCD-1234"]);
    await conn.stop();
  });

  it("saves creds updates to SQLite", async () => {
    const conn = make();
    conn.start();
    await factory.last.credsUpdate({ me: { id: "6281234567890:2@s.whatsapp.net", name: "LPMK" }, registered: true });
    expect(hasLinkedCreds(store.db)).toBe(true);
    await conn.stop();
  });

  it("offers a one-line status and stops cleanly without reconnecting", async () => {
    const conn = make();
    conn.start();
    await factory.last.close(503);
    expect(conn.statusLine()).toMatch(/^whatsapp: reconnecting, since .*, attempt 1, last close code 503, next try /);
    await conn.stop();
    expect(clock.pending()).toEqual([]);
    expect(conn.status().state).toBe("stopped");
    await settle();
  });

  it("logs a failing event handler instead of letting the rejection end the process", async () => {
    const conn = new WhatsAppConnection({
      db: store.db,
      log: logs.log,
      socketFactory: factory.create,
      clock,
      onUpsert: () => {
        throw new Error("disk full");
      },
      getMessage: () => undefined,
    });
    conn.start();
    await expect(factory.last.upsert([])).resolves.toBeUndefined();
    expect(logs.lines.find((l) => l.msg === "WhatsApp event handling failed")).toMatchObject({ level: 50 });
    await conn.stop();
  });

  it("masks the phone numbers and LIDs Baileys puts in its warnings and errors", () => {
    const conn = make();
    conn.start();
    const baileys = factory.last.input.logger;
    baileys.error(
      { key: { remoteJid: "6281234567890@s.whatsapp.net", id: "3EB0AA" }, sender: "204859876543210:3@lid", err: new Error("Bad MAC") },
      "failed to decrypt message",
    );
    baileys.warn({ node: '<ack from="6281234567890:12@s.whatsapp.net" error="479"/>' }, "received error in ack");
    const out = JSON.stringify(logs.lines);
    expect(out).toContain("failed to decrypt message");
    expect(out).toContain("received error in ack");
    expect(out).toContain("6281…90@s.whatsapp.net");
    expect(out).not.toContain("6281234567890");
    expect(out).not.toContain("204859876543210");
    void conn.stop();
  });

  it("normalises pairing numbers to digits with the country code", () => {
    expect(normalizePairingNumber("+62 812-3456-7890")).toBe("6281234567890");
    expect(normalizePairingNumber("6281234567890")).toBe("6281234567890");
    expect(normalizePairingNumber("12")).toBeUndefined();
  });
});
