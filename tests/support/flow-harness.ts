/** A whole bot (real SQLite file, real engine and flows) behind the in-memory fake channel, for flow tests. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp, type App } from "../../src/app/build.js";
import { loadConfig } from "../../src/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { encodeChoice, type InboundContent, type OutboundMessage } from "../../src/core/messages.js";
import { FakeChannel } from "../../src/channels/fake/fake-channel.js";
import type { EngineDefinition } from "../../src/engine/engine.js";

export interface Harness {
  app: App;
  channel: FakeChannel;
  dataDir: string;
  clock: { now: number };
  /** Send one message and return every reply it caused. */
  send(user: string, input: InboundContent | string): Promise<OutboundMessage[]>;
  /** Press the button `value` of the last message with options sent to `user`. */
  press(user: string, value: string): Promise<OutboundMessage[]>;
  /** The last message with options sent to `user`. */
  lastQuestion(user: string): OutboundMessage | undefined;
  /** Register and land on the main menu. */
  register(user: string, name?: string, rw?: string, rt?: string): Promise<void>;
  /** Reopen the same data directory as a fresh process would. */
  restart(): Promise<Harness>;
  close(): Promise<void>;
}

/** Deterministic random source for ticket numbers. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function createHarness(
  opts: { dataDir?: string; env?: Record<string, string>; clock?: { now: number }; flows?: EngineDefinition } = {},
): Promise<Harness> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), "rembug-flow-"));
  const clock = opts.clock ?? { now: Date.UTC(2026, 10, 25, 3, 0, 0) };
  const config = loadConfig({ DATA_DIR: dataDir, ...opts.env });
  const app = buildApp({ config, log: silentLogger(), now: () => clock.now, random: seeded(42), flows: opts.flows });
  const channel = new FakeChannel();
  app.host.addChannel(channel);
  await channel.start(app.host);
  app.host.recover();
  await app.host.idle();

  // Message ids are unique per platform, also across restarts of the bot.
  const run = Math.random().toString(36).slice(2, 8);
  let seq = 0;
  const h: Harness = {
    app,
    channel,
    dataDir,
    clock,
    async send(user, input) {
      const mark = channel.mark;
      await channel.say(user, input, { messageId: `${run}-${++seq}` });
      await app.host.idle();
      return channel.sentSince(user, mark);
    },
    async press(user, value) {
      const q = h.lastQuestion(user);
      if (!q?.choiceKey) throw new Error(`no question with buttons for ${user}`);
      return h.send(user, { kind: "choice", value: encodeChoice(q.choiceKey, value) });
    },
    lastQuestion(user) {
      return [...channel.sentTo(user)].reverse().find((m) => m.options?.length);
    },
    async register(user, name = "Siti Aminah", rw = "3", rt = "2") {
      await h.send(user, "halo");
      await h.send(user, "1");
      await h.send(user, name);
      await h.send(user, rw);
      await h.send(user, rt);
    },
    async restart() {
      await h.close();
      return createHarness({ ...opts, dataDir, clock });
    },
    async close() {
      await channel.stop();
      await app.host.stop();
      app.store.close();
    },
  };
  return h;
}

/** All reply texts joined, for substring assertions. */
export function textOf(replies: OutboundMessage[]): string {
  return replies.map((r) => r.text).join("\n---\n");
}
