/**
 * Inbound benchmark (`npm run bench:inbound`): N simulated residents go through registration and one
 * aspiration (12 messages each, C residents at a time, each waiting for its replies before the next message)
 *   (a) engine: fake channel -> host -> engine -> SQLite -> fake channel, all in one process;
 *   (b) grammy: the real grammY Telegram adapter + host + engine + SQLite in a bot process, polling the fake
 *       Bot API that runs with the simulated residents in a separate "world" process (as Telegram is remote);
 *   (c) runner: the concurrent baseline, a grammY echo bot run by @grammyjs/runner with sequentialize per chat
 *       (one polling loop, chats handled concurrently, each chat in order: the architecture of (b));
 *   (d) echo:   a bare grammY echo bot with bot.start(), which handles updates one at a time by design;
 *   (e) runner-undici (only when named in BENCH_MODES): (c) with the HTTP client the full bot gives grammY (undici
 *       instead of grammY's default node-fetch), to show how much of the ratio to (c) that client accounts for.
 * Reports messages/s and p50/p99 latency (message sent -> its last reply received, seen by the sender),
 * the bot process's CPU time per message and peak RSS.
 * The modes run BENCH_REPS times, interleaved in the order engine, runner, grammy, echo, so that each run of (b)
 * has a run of each baseline right before or after it. The ratios (throughput of (b) / throughput of a baseline,
 * and CPU per message of (b) / of a baseline) are computed per such pair of runs made back to back, and the
 * median of the pairs is reported; the table shows the medians of each mode (the machine may be shared).
 * Env: BENCH_RESIDENTS (default 400), BENCH_CONCURRENCY (default 32), BENCH_REPS (default 3),
 *      BENCH_MODES (comma-separated subset of engine,runner,runner-undici,grammy,echo; default all but runner-undici).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FakeChannel } from "../src/channels/fake/fake-channel.js";
import { TelegramChannel } from "../src/channels/telegram/telegram-channel.js";
import { FakeBotApi } from "../tests/support/fake-bot-api.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../tests/support/telegram-test-app.js";
import { startEchoBot, type EchoKind } from "./echo-bot.js";
import { script } from "./inbound-script.js";

type Mode = "engine" | "runner" | "runner-undici" | "grammy" | "echo";
type BotKind = Exclude<Mode, "engine">;
const ALL_MODES: Mode[] = ["engine", "runner", "runner-undici", "grammy", "echo"];
const MODES: Mode[] = process.env.BENCH_MODES
  ? ALL_MODES.filter((m) => process.env.BENCH_MODES!.split(",").includes(m))
  : ALL_MODES.filter((m) => m !== "runner-undici");
const SELF = fileURLToPath(import.meta.url);

interface ModeResult {
  mode: Mode;
  messages: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Replies the bot sent per inbound message (the echo bot sends one, the flows sometimes two). */
  repliesPerMsg: number;
  /** CPU time (user + system) of the bot process per message, ms: less sensitive than msg/s to other load. */
  cpuMsPerMsg: number;
  /** Peak RSS of the bot process. */
  rssMb: number;
}

interface Run {
  latencies: number[];
  seconds: number;
  messages: number;
}

const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 3));

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

/** Run residents through `send` with at most CONCURRENCY at a time. */
async function drive(send: (resident: number, step: number, text: string) => Promise<void>): Promise<Run> {
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
  return { latencies, seconds: (performance.now() - start) / 1000, messages: latencies.length };
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

function summarize(mode: Mode, r: Run, expected: number[], cpuMs: number, rssMb: number): ModeResult {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return {
    repliesPerMsg: expected.reduce((a, b) => a + b, 0) / expected.length,
    mode,
    messages: r.messages,
    seconds: r.seconds,
    perSecond: r.messages / r.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    cpuMsPerMsg: cpuMs / r.messages,
    rssMb,
  };
}

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

// ------------------------------------------------------------------ (a) engine, in process

async function runEngine(): Promise<ModeResult> {
  const expected = await calibrate();
  const dir = tempDataDir("rembug-bench-engine-");
  const app = makeTestApp(dir);
  const ch = new FakeChannel();
  const counter = new ReplyCounter();
  ch.onSend = (s) => counter.seen(s.address);
  app.host.addChannel(ch);
  await ch.start(app.host);
  const cpu0 = process.cpuUsage();
  const r = await drive(async (resident, step, text) => {
    const address = `w${resident}`;
    const done = counter.expect(address, expected[step]!);
    await ch.say(address, text);
    await done;
  });
  const cpuMs = cpuMsSince(cpu0);
  await closeApp(app);
  removeDir(dir);
  return summarize("engine", r, expected, cpuMs, peakRssMb());
}

// ------------------------------------------------------------------ (b)/(c) bot process

/** The bot process: start the bot, print READY, measure CPU between GO and STOP lines on stdin, print BOTSTATS. */
async function runBot(kind: BotKind, apiRoot: string, token: string): Promise<void> {
  let stop: () => Promise<void>;
  if (kind !== "grammy") {
    const bot = await startEchoBot(token, apiRoot, kind satisfies EchoKind);
    stop = () => bot.stop();
  } else {
    const dir = tempDataDir("rembug-bench-grammy-");
    const app = makeTestApp(dir);
    // The send pacer (25/s in total, 1/s per chat: Telegram's flood limits) is set out of reach here: the fake Bot API
    // has no flood limit and the echo baselines do not pace, so this measures the bot's own cost, not the limits.
    const tg = new TelegramChannel({
      token,
      apiRoot,
      log: app.log,
      t: app.i18n.t,
      dataDir: dir,
      pollTimeoutSec: 5,
      pacing: { perSecond: 1_000_000, perChatPerSecond: 1_000_000 },
    });
    app.host.addChannel(tg);
    await tg.start(app.host);
    stop = async () => {
      await tg.stop();
      await closeApp(app);
      removeDir(dir);
    };
  }
  process.stdout.write("READY\n");
  let cpu0 = process.cpuUsage();
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === "GO") cpu0 = process.cpuUsage();
    if (line === "STOP") {
      const cpuMs = cpuMsSince(cpu0);
      await stop();
      process.stdout.write(`BOTSTATS ${JSON.stringify({ cpuMs, rssMb: peakRssMb() })}\n`);
      break;
    }
  }
  process.exit(0);
}

/** Lines from a child's stdout, one at a time. */
function lines(p: ChildProcess): () => Promise<string> {
  const rl = createInterface({ input: p.stdout! });
  const queue: string[] = [];
  const waiting: Array<(l: string) => void> = [];
  rl.on("line", (l) => (waiting.length ? waiting.shift()!(l) : queue.push(l)));
  return () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((r) => waiting.push(r)));
}

/** The world process: fake Bot API + simulated residents; spawns the bot and measures what the residents see. */
async function runWorld(kind: BotKind): Promise<ModeResult> {
  const expected = kind === "grammy" ? await calibrate() : script(0).map(() => 1);
  const server = await new FakeBotApi().start();
  const counter = new ReplyCounter();
  server.onCall = (c) => {
    if (c.method === "sendMessage" && !c.fault) counter.seen(String(c.params.chat_id));
  };
  const bot = spawn(process.execPath, [...process.execArgv, SELF, "--role", "bot", "--kind", kind, "--api-root", server.apiRoot, "--token", server.token], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const next = lines(bot);
  let line = await next();
  while (line !== "READY") line = await next();
  bot.stdin!.write("GO\n");
  const r = await drive(async (resident, step, text) => {
    const chatId = 100_000 + resident;
    const done = counter.expect(String(chatId), expected[step]!);
    server.text(chatId, text);
    await done;
  });
  bot.stdin!.write("STOP\n");
  line = await next();
  while (!line.startsWith("BOTSTATS ")) line = await next();
  const stats = JSON.parse(line.slice(9)) as { cpuMs: number; rssMb: number };
  await server.stop();
  return summarize(kind, r, expected, stats.cpuMs, stats.rssMb);
}

// ------------------------------------------------------------------ orchestration

function runChild(mode: Mode): Promise<ModeResult> {
  return new Promise((resolve, reject) => {
    const role = mode === "engine" ? ["--role", "engine"] : ["--role", "world", "--kind", mode];
    const p = spawn(process.execPath, [...process.execArgv, SELF, ...role], { stdio: ["ignore", "pipe", "inherit"], env: process.env });
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Medians of every figure over the runs of one mode (peak RSS: the largest). */
function medianResult(rs: ModeResult[]): ModeResult {
  const m = (f: (r: ModeResult) => number) => median(rs.map(f));
  return {
    mode: rs[0]!.mode,
    messages: rs[0]!.messages,
    seconds: m((r) => r.seconds),
    perSecond: m((r) => r.perSecond),
    p50: m((r) => r.p50),
    p99: m((r) => r.p99),
    repliesPerMsg: rs[0]!.repliesPerMsg,
    cpuMsPerMsg: m((r) => r.cpuMsPerMsg),
    rssMb: Math.max(...rs.map((r) => r.rssMb)),
  };
}

function table(results: ModeResult[]): string {
  const head = ["mode", "messages", "msg/s", "replies/msg", "p50 ms", "p99 ms", "bot CPU ms/msg", "bot peak RSS MB"];
  const rows = results.map((r) => [
    r.mode,
    String(r.messages),
    r.perSecond.toFixed(0),
    r.repliesPerMsg.toFixed(2),
    r.p50.toFixed(2),
    r.p99.toFixed(2),
    r.cpuMsPerMsg.toFixed(3),
    r.rssMb.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt)].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: "string" }, kind: { type: "string" }, "api-root": { type: "string" }, token: { type: "string" } },
  });
  const kind: BotKind = values.kind === "echo" || values.kind === "runner" || values.kind === "runner-undici" ? values.kind : "grammy";
  switch (values.role) {
    case "engine":
      return void process.stdout.write(`RESULT ${JSON.stringify(await runEngine())}\n`);
    case "world":
      return void process.stdout.write(`RESULT ${JSON.stringify(await runWorld(kind))}\n`);
    case "bot":
      return runBot(kind, values["api-root"]!, values.token!);
  }
  process.stdout.write(
    `inbound benchmark: ${RESIDENTS} residents x ${script(0).length} messages, ${CONCURRENCY} at a time, ${REPS} interleaved runs of ${MODES.join(", ")}\n\n`,
  );
  const runs = new Map<Mode, ModeResult[]>(MODES.map((m) => [m, []]));
  for (let rep = 0; rep < REPS; rep++) {
    for (const mode of MODES) runs.get(mode)!.push(await runChild(mode));
  }
  const results = MODES.map((m) => medianResult(runs.get(m)!));
  process.stdout.write(`${table(results)}\n\n`);
  const out: string[] = [];
  const full = runs.get("grammy");
  for (const base of ["runner", "runner-undici", "echo"] as const) {
    const b = runs.get(base);
    if (!full || !b) continue;
    // Run i of the full bot and run i of the baseline were made one right after the other.
    const speed = full.map((r, i) => r.perSecond / b[i]!.perSecond);
    const cpu = full.map((r, i) => r.cpuMsPerMsg / b[i]!.cpuMsPerMsg);
    const name = {
      runner: "concurrent echo bot (@grammyjs/runner + sequentialize)",
      "runner-undici": "the same concurrent echo bot with the full bot's HTTP client (undici)",
      echo: "bare echo bot (bot.start())",
    }[base];
    const line = `full bot vs ${name}: throughput ${median(speed).toFixed(2)}x (per pair: ${speed.map((x) => x.toFixed(2)).join(", ")}), bot CPU/msg ${median(cpu).toFixed(2)}x (per pair: ${cpu.map((x) => x.toFixed(2)).join(", ")})`;
    out.push(
      base === "runner"
        ? `${line}\n  targets: throughput >= 0.7x ${median(speed) >= 0.7 ? "MET" : "MISSED"}, CPU/msg <= 1.5x ${median(cpu) <= 1.5 ? "MET" : "MISSED"}`
        : line,
    );
  }
  const os = await import("node:os");
  out.push(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} on ${os.cpus().length} CPUs`);
  process.stdout.write(out.join("\n") + "\n");
}

await main();
