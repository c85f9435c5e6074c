/**
 * The per-message hot path, taken apart (`npx tsx bench/hot-path.ts`): the engine path of bench/inbound.ts (fake
 * channel -> host -> engine -> SQLite -> fake channel, one process), 10 residents at a time, each waiting for its
 * replies, with two measures per inbound message:
 *   - SQL statements run, counted by SQL (better-sqlite3's Statement methods are wrapped). The counts do not depend on
 *     the machine's load, so a change to the hot path can be checked on a shared machine;
 *   - CPU time (process user + system) spent in the main sections (engine.handle, the host's transaction body, the
 *     resident lookup, the delivery's read-back, store.busyTx). Read them as shares: process CPU time is counted in
 *     scheduler ticks, so a section of tens of microseconds is an estimate over many messages, and a loaded machine
 *     makes every figure larger.
 * Env: BENCH_RESIDENTS (default 100). Compare two versions by running this in each, back to back.
 */
import Database from "better-sqlite3";
import { FakeChannel } from "../src/channels/fake/fake-channel.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../tests/support/telegram-test-app.js";
import { script } from "./inbound-script.js";

type Fn = (this: unknown, ...args: unknown[]) => unknown;

const cpuUs = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const statements = new Map<string, number>();
const probe = new Database(":memory:");
const statementProto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, Fn>;
probe.close();
for (const m of ["run", "get", "all", "iterate"]) {
  const orig = statementProto[m]!;
  statementProto[m] = function (this: unknown, ...args: unknown[]) {
    const sql = `${m} ${(this as { source: string }).source.replace(/\s+/g, " ").slice(0, 110)}`;
    statements.set(sql, (statements.get(sql) ?? 0) + 1);
    return orig.apply(this, args);
  };
}

const sections = new Map<string, number>();
/** Count the CPU time of `obj[name]` (its synchronous part) under `label`. */
function timed(obj: object, name: string, label: string): void {
  const o = obj as Record<string, Fn>;
  const orig = o[name];
  if (typeof orig !== "function") throw new Error(`no method ${name} to time`);
  o[name] = function (this: unknown, ...args: unknown[]) {
    const t0 = cpuUs();
    try {
      return orig.apply(this, args);
    } finally {
      sections.set(label, (sections.get(label) ?? 0) + cpuUs() - t0);
    }
  };
}

const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 100);
const dir = tempDataDir("rembug-bench-hot-path-");
const app = makeTestApp(dir);
// The host keeps its engine and its transaction body private; they are timed through the objects it holds.
const host = app.host as unknown as { o: { engine: object }; delivery: object };
timed(host.o.engine, "handle", "engine.handle");
timed(Object.getPrototypeOf(app.host) as object, "handleBody", "host: handling body (incl. engine, lookups, writes)");
timed(app.store.residents, "resolve", "residents.resolve");
timed(Object.getPrototypeOf(host.delivery) as object, "readPending", "delivery.readPending (read-back)");
timed(app.store, "busyTx", "store.busyTx (sync part: handling + sent marks, with their commits)");
const ch = new FakeChannel();
app.host.addChannel(ch);
await ch.start(app.host);
// One resident first, so that start-up work is not counted.
for (const line of script(RESIDENTS)) {
  await ch.say("warm-up", line);
  await app.host.idle();
}
statements.clear();
sections.clear();
let messages = 0;
const cpu0 = cpuUs();
await Promise.all(
  Array.from({ length: 10 }, async (_, w) => {
    for (let r = w; r < RESIDENTS; r += 10) {
      for (const line of script(r)) {
        await ch.say(`w${r}`, line);
        await app.host.idle();
        messages++;
      }
    }
  }),
);
const totalUs = cpuUs() - cpu0;
const per = (n: number) => n / messages;
let total = 0;
const rows = [...statements].sort((a, b) => b[1] - a[1]);
for (const [, n] of rows) total += n;
const out = [`${messages} messages; process CPU ${per(totalUs).toFixed(0)} us per message`, "", "CPU per message by section:"];
for (const [label, us] of [...sections].sort((a, b) => b[1] - a[1])) out.push(`${per(us).toFixed(0).padStart(6)} us  ${label}`);
out.push("", `SQL statements per message: ${per(total).toFixed(1)}`);
for (const [sql, n] of rows) out.push(`${per(n).toFixed(2).padStart(6)}  ${sql}`);
process.stdout.write(`${out.join("\n")}\n`);
await closeApp(app);
removeDir(dir);
