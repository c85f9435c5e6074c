/**
 * Broadcast benchmark (`npx tsx bench/broadcast.ts`). Env: BENCH_BROADCAST_N (fan-out recipients, default 5000),
 * BENCH_BROADCAST_SEND_N (recipients actually sent through real grammY and the fake Bot API, default 2000),
 * BENCH_BROADCAST_RATE (the fake's flood limit and TELEGRAM pacing, per second, default 200).
 *
 * 1. Fan-out: storing a broadcast for N residents (one record per recipient) and writing one outbound row each
 *    (language, RSVP offer), against a baseline in the same run: N plain outbound inserts in one transaction.
 * 2. Sending: the delivery loop through the Telegram pacer against a fake Bot API enforcing the same limit:
 *    the rate achieved as a fraction of the limit and the 429s.
 */
import { startAppPipeline } from "../src/app/app-pipeline.js";
import type { App } from "../src/app/build.js";
import { FakeBotApi } from "../tests/support/fake-bot-api.js";
import { makeTelegramHarness } from "../tests/support/telegram-harness.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../tests/support/telegram-test-app.js";
import { seedResidents } from "../tests/broadcast/seed.js";

const N = Number(process.env.BENCH_BROADCAST_N ?? 5000);
const SEND_N = Number(process.env.BENCH_BROADCAST_SEND_N ?? 2000);
const RATE = Number(process.env.BENCH_BROADCAST_RATE ?? 200);
const REPEAT = 3;
const out = (l: string) => process.stdout.write(`${l}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function createBroadcast(app: App, senderId: number, now: number): number {
  return app.store.tx(() =>
    app.broadcasts.broadcaster.repo.create({
      kind: "undangan",
      senderId,
      audience: { type: "semua" },
      content: { kind: "undangan", title: "Rembug warga", at: now + 3 * 86_400_000, place: "Balai RW", agenda: "Prioritas usulan" },
      now,
      reminders: { dayBeforeHour: 19, beforeMinutes: 120, zone: "Asia/Jakarta" },
    }).id,
  );
}

async function fanOutBench(): Promise<void> {
  const dir = tempDataDir("rembug-bench-bc-");
  const app = makeTestApp(dir);
  const now = Date.now();
  const people = seedResidents(app.store, "telegram", N, { rws: [1, 2, 3, 4, 5], address: (i) => String(100_000 + i), now });
  const db = app.store.db;
  const baseline: number[] = [];
  const create: number[] = [];
  const fan: number[] = [];
  for (let k = 0; k < REPEAT; k++) {
    let t0 = performance.now();
    app.store.tx(() => {
      for (const r of people) app.store.outbound.add("telegram", r.address, { text: "Undangan rapat: Rembug warga" }, "broadcast", now);
    });
    baseline.push(performance.now() - t0);
    db.prepare(`DELETE FROM outbound`).run();

    t0 = performance.now();
    const id = createBroadcast(app, people[0]!.id, now);
    create.push(performance.now() - t0);
    t0 = performance.now();
    const r = app.store.tx(() => app.broadcasts.broadcaster.fanOut(id));
    fan.push(performance.now() - t0);
    if (!r.ok || r.queued !== N) throw new Error(`fan-out queued ${r.ok ? r.queued : r.error}, expected ${N}`);
    db.prepare(`DELETE FROM outbound`).run();
  }
  const b = median(baseline);
  const c = median(create);
  const f = median(fan);
  out(`fan-out of ${N} recipients (median of ${REPEAT}):`);
  out(`  baseline: ${N} plain outbound inserts in one transaction   ${b.toFixed(0)} ms`);
  out(`  store the broadcast (${N} recipient records, audience)      ${c.toFixed(0)} ms`);
  out(`  fan-out (${N} outbound rows, language, RSVP offer)           ${f.toFixed(0)} ms`);
  out(`  create + fan-out vs baseline                                 ${((c + f) / b).toFixed(1)}x`);
  await closeApp(app);
  removeDir(dir);
}

async function sendBench(): Promise<void> {
  const server = await new FakeBotApi().start();
  server.flood = { perSecond: RATE, perChatPerSecond: 1 };
  const h = await makeTelegramHarness({
    server,
    env: { TELEGRAM_SENDS_PER_SECOND: String(RATE) },
    channel: { pacing: { perSecond: RATE, perChatPerSecond: 1, chatBurst: 1 } },
  });
  const now = Date.now();
  const people = seedResidents(h.app.store, "telegram", SEND_N, { rws: [1, 2, 3], address: (i) => String(500_000 + i), now });
  const p = await startAppPipeline(h.app, "all");
  let sent = 0;
  let first = 0;
  let last = 0;
  server.onCall = (c) => {
    if (c.method === "sendMessage" && !c.fault) {
      last = performance.now();
      if (sent++ === 0) first = last;
    }
  };
  const t0 = performance.now();
  const id = h.app.store.tx(() => {
    const id = createBroadcast(h.app, people[0]!.id, now);
    p.outbox.publish("broadcast.created", { broadcastId: id }, now);
    return id;
  });
  void p.relay!.kick();
  while (sent < SEND_N) {
    if (performance.now() - t0 > 10 * 60_000) throw new Error(`only ${sent} of ${SEND_N} sent`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const floods = server.faultsOf("sendMessage", "429").length;
  const rate = (sent - 1) / ((last - first) / 1000);
  out(`sending broadcast ${id} to ${SEND_N} through real grammY, fake Bot API limit ${RATE}/s, TELEGRAM pacing ${RATE}/s:`);
  out(`  first send after the commit                                  ${(first - t0).toFixed(0)} ms`);
  out(`  rate achieved (broadcasts take 90% of it, replies the rest)  ${rate.toFixed(1)}/s = ${(rate / RATE).toFixed(2)} of the limit`);
  out(`  429s                                                         ${floods} (${((100 * floods) / SEND_N).toFixed(2)}% of sends)`);
  await p.stop();
  await h.close();
  await server.stop();
}

await fanOutBench();
if (SEND_N > 0) await sendBench();
out(`broadcast benchmark peak RSS (own process):                   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
