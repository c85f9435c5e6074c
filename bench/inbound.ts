/**
 * Inbound benchmark (`npm run bench:inbound`): N simulated residents go through registration and one
 * aspiration (12 messages each, C residents at a time, each waiting for its replies before the next message)
 *   (a) engine: fake channel -> host -> engine -> SQLite -> fake channel,
 *   (b) grammy: fake Bot API <- real grammY Telegram adapter -> host -> engine -> SQLite,
 *   (c) echo:   fake Bot API <- bare grammY echo bot (bot.on("message", ctx => ctx.reply(...)), bot.start()).
 * Each mode runs in its own child process so peak RSS is per mode. Reports messages/s, p50/p99 latency
 * (message sent -> its last reply delivered), peak RSS, and the ratio grammy/echo.
 * Env: BENCH_RESIDENTS (default 400), BENCH_CONCURRENCY (default 32).
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FakeChannel } from "../src/channels/fake/fake-channel.js";
import { TelegramChannel } from "../src/channels/telegram/telegram-channel.js";
import { FakeBotApi } from "../tests/support/fake-bot-api.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../tests/support/telegram-test-app.js";
import { startEchoBot } from "./echo-bot.js";

type Mode = "engine" | "grammy" | "echo";
const MODES: Mode[] = ["engine", "grammy", "echo"];

interface ModeResult {
  mode: Mode;
  messages: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  rssMb: number;
}

const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);

/** Registration, one aspiration with a text location and no photo, then /status. */
function script(i: number): string[] {
  return [
    "halo",
    "1",
    `Warga Nomor ${i}`,
    "1",
    String(1 + (i % 4)),
    "1",
    String(1 + (i % 11)),
    "Saluran air di depan rumah kami tersumbat sampah dan meluap saat hujan",
    `Gang Mawar nomor ${i}`,
    "1",
    "1",
    "/status",
  ];
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Waits for a number of replies per address. */
class ReplyCounter {
  private readonly waits = new Map<string, { left: number; resolve: () => void }>();

  expect(address: string, n: number): Promise<void> {
    return new Promise((resolve) => this.waits.set(address, { left: n, resolve }));
  }

  seen(address: string): void {
    const w = this.waits.get(address);
    if (!w) return;
    if (--w.left <= 0) {
      this.waits.delete(address);
      w.resolve();
    }
  }
}

/** Run residents through `send` with at most CONCURRENCY at a time. Returns latencies (ms) and wall time (s). */
async function drive(
  send: (resident: number, step: number, text: string) => Promise<void>,
): Promise<{ latencies: number[]; seconds: number; messages: number }> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  const worker = async (): Promise<void> => {
    for (let r = next++; r < RESIDENTS; r = next++) {
      const lines = script(r);
      for (let s = 0; s < lines.length; s++) {
        const t0 = performance.now();
        await send(r, s, lines[s]!);
        latencies.push(performance.now() - t0);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  return { latencies, seconds, messages: latencies.length };
}

/** Replies each script step produces, measured once with a single resident on the fake channel. */
async function calibrate(): Promise<number[]> {
  const dir = tempDataDir("rembug-bench-cal-");
  const app = makeTestApp(dir);
  const ch = new FakeChannel();
  app.host.addChannel(ch);
  await ch.start(app.host);
  const counts: number[] = [];
  for (const line of script(0)) {
    const mark = ch.mark;
    await ch.say("cal", line);
    await app.host.idle();
    counts.push(ch.sentSince("cal", mark).length);
  }
  await closeApp(app);
  removeDir(dir);
  return counts;
}

async function runEngine(): Promise<Omit<ModeResult, "rssMb">> {
  const expected = await calibrate();
  const dir = tempDataDir("rembug-bench-engine-");
  const app = makeTestApp(dir);
  const ch = new FakeChannel();
  const counter = new ReplyCounter();
  ch.onSend = (s) => counter.seen(s.address);
  app.host.addChannel(ch);
  await ch.start(app.host);
  const r = await drive(async (resident, step, text) => {
    const address = `w${resident}`;
    const done = counter.expect(address, expected[step]!);
    await ch.say(address, text);
    await done;
  });
  await closeApp(app);
  removeDir(dir);
  return summarize("engine", r);
}

async function runGrammy(): Promise<Omit<ModeResult, "rssMb">> {
  const expected = await calibrate();
  const server = await new FakeBotApi().start();
  const dir = tempDataDir("rembug-bench-grammy-");
  const app = makeTestApp(dir);
  const tg = new TelegramChannel({ token: server.token, apiRoot: server.apiRoot, log: app.log, t: app.i18n.t, dataDir: dir, pollTimeoutSec: 5 });
  const counter = new ReplyCounter();
  server.onCall = (c) => {
    if (c.method === "sendMessage" && !c.fault) counter.seen(String(c.params.chat_id));
  };
  app.host.addChannel(tg);
  await tg.start(app.host);
  const r = await drive(async (resident, step, text) => {
    const chatId = 100_000 + resident;
    const done = counter.expect(String(chatId), expected[step]!);
    server.text(chatId, text);
    await done;
  });
  await tg.stop();
  await closeApp(app);
  await server.stop();
  removeDir(dir);
  return summarize("grammy", r);
}

async function runEcho(): Promise<Omit<ModeResult, "rssMb">> {
  const server = await new FakeBotApi().start();
  const bot = await startEchoBot(server.token, server.apiRoot);
  const counter = new ReplyCounter();
  server.onCall = (c) => {
    if (c.method === "sendMessage" && !c.fault) counter.seen(String(c.params.chat_id));
  };
  const r = await drive(async (resident, _step, text) => {
    const chatId = 100_000 + resident;
    const done = counter.expect(String(chatId), 1);
    server.text(chatId, text);
    await done;
  });
  await bot.stop();
  await server.stop();
  return summarize("echo", r);
}

function summarize(mode: Mode, r: { latencies: number[]; seconds: number; messages: number }): Omit<ModeResult, "rssMb"> {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return { mode, messages: r.messages, seconds: r.seconds, perSecond: r.messages / r.seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

async function child(mode: Mode): Promise<void> {
  const run = { engine: runEngine, grammy: runGrammy, echo: runEcho }[mode];
  const result = await run();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`RESULT ${JSON.stringify({ ...result, rssMb })}\n`);
}

function runChild(mode: Mode): Promise<ModeResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--mode", mode], {
      stdio: ["ignore", "pipe", "inherit"],
      env: process.env,
    });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.on("error", reject);
    p.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("RESULT "));
      if (code !== 0 || !line) return reject(new Error(`bench mode ${mode} failed (exit ${code}): ${out}`));
      resolve(JSON.parse(line.slice(7)) as ModeResult);
    });
  });
}

function table(results: ModeResult[]): string {
  const head = ["mode", "messages", "msg/s", "p50 ms", "p99 ms", "peak RSS MB"];
  const rows = results.map((r) => [r.mode, String(r.messages), r.perSecond.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), r.rssMb.toFixed(0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt)].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mode: { type: "string" } } });
  if (values.mode) {
    if (!MODES.includes(values.mode as Mode)) throw new Error(`unknown mode ${values.mode}`);
    return child(values.mode as Mode);
  }
  process.stdout.write(`inbound benchmark: ${RESIDENTS} residents x ${script(0).length} messages, ${CONCURRENCY} at a time\n\n`);
  const results: ModeResult[] = [];
  for (const mode of MODES) results.push(await runChild(mode));
  process.stdout.write(`${table(results)}\n\n`);
  const get = (m: Mode) => results.find((r) => r.mode === m)!;
  const ratio = get("grammy").perSecond / get("echo").perSecond;
  const engine = get("engine");
  process.stdout.write(
    [
      `grammy/echo throughput ratio: ${ratio.toFixed(2)}x (target >= 0.7x) ${ratio >= 0.7 ? "OK" : "MISSED"}`,
      `engine path: ${engine.perSecond.toFixed(0)} msg/s (target >= 5000) ${engine.perSecond >= 5000 ? "OK" : "MISSED"}, p99 ${engine.p99.toFixed(2)} ms (target < 20) ${engine.p99 < 20 ? "OK" : "MISSED"}`,
    ].join("\n") + "\n",
  );
}

await main();
