/** A message Baileys already acknowledged is journaled again with backoff when the sink fails (SQLITE_BUSY), not lost. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWhatsAppChannel, type WhatsAppChannel } from "../../../src/channels/whatsapp/channel.js";
import { createLogger } from "../../../src/core/logger.js";
import type { InboundMessage } from "../../../src/core/messages.js";
import type { InboundSink } from "../../../src/core/ports.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../../src/i18n/fluent.js";
import { openStore, type Store } from "../../../src/store/index.js";
import { FakeClock, FakeSocketFactory, wa } from "../../support/fake-baileys.js";

const PN = "6281234567890@s.whatsapp.net";
const i18n = loadI18n(DEFAULT_LOCALES_DIR);

/** A sink whose first `failures` accepts throw the way a busy SQLite journal does. */
class FlakySink implements InboundSink {
  readonly accepted: InboundMessage[] = [];
  calls = 0;
  constructor(private readonly failures: number) {}

  async accept(msg: InboundMessage): Promise<void> {
    if (++this.calls <= this.failures) throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    this.accepted.push(msg);
  }
}

describe("WhatsApp journaling of an acknowledged message", () => {
  let dir: string;
  let store: Store;
  let clock: FakeClock;
  let factory: FakeSocketFactory;
  let channel: WhatsAppChannel;
  let logs: Array<Record<string, unknown>>;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "rembug-wa-accept-"));
    store = openStore(path.join(dir, "rembug.db"));
    clock = new FakeClock();
    factory = new FakeSocketFactory();
    logs = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        for (const l of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(l) as Record<string, unknown>);
        cb();
      },
    });
    channel = createWhatsAppChannel({
      store,
      config: { dataDir: dir },
      log: createLogger("info", stream),
      t: i18n.t,
      socketFactory: factory.create,
      clock,
      random: () => 0.5,
      print: () => undefined,
    });
  });
  afterEach(async () => {
    await channel.stop();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Upsert one message and fire each backoff timer as it is set; returns the delays waited. */
  async function receiveThroughBackoff(): Promise<number[]> {
    let done = false;
    const upsert = factory.last.upsert([wa.text(PN, "halo", { id: "ACK1" })]).then(() => {
      done = true;
    });
    const delays: number[] = [];
    for (let i = 0; !done && i < 1_000; i++) {
      await new Promise((r) => setImmediate(r));
      const next = clock.pending()[0];
      if (next !== undefined) {
        delays.push(next);
        clock.advance(next);
      }
    }
    await upsert;
    return delays;
  }

  it("tries again with growing pauses when the journal fails twice, then takes the message once", async () => {
    const sink = new FlakySink(2);
    await channel.start(sink);
    await factory.last.open();
    const delays = await receiveThroughBackoff();
    expect(sink.calls).toBe(3);
    expect(sink.accepted.map((m) => m.messageId)).toEqual([`${PN}:ACK1`]);
    expect(delays).toEqual([600, 1_200]);
    expect(factory.last.read.map((k) => k.id)).toEqual(["ACK1"]);
    expect(logs.filter((l) => l.level === 40 && l.msg === "could not journal a WhatsApp message; retrying")).toHaveLength(2);
    expect(logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });

  it("gives up after five tries over about ten seconds, logs an error and sends no read receipt", async () => {
    const sink = new FlakySink(Infinity);
    await channel.start(sink);
    await factory.last.open();
    const delays = await receiveThroughBackoff();
    expect(sink.calls).toBe(5);
    expect(delays).toEqual([600, 1_200, 2_400, 4_800]);
    expect(delays.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
    expect(factory.last.read).toEqual([]);
    expect(logs.filter((l) => l.level === 50)).toHaveLength(1);
  });
});
