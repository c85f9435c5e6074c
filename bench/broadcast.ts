/**
 * Broadcast benchmark (`npx tsx bench/broadcast.ts`). Env: BENCH_BROADCAST_N (fan-out recipients, default 10,000),
 * BENCH_BROADCAST_SEND_N (recipients actually sent through real grammY and the fake Bot API, default 10,000),
 * BENCH_BROADCAST_RATE (the fake's flood limit and TELEGRAM pacing, per second, default 200), BENCH_BROADCAST_PINGS
 * (messages of a resident chatting with the bot, idle and during the broadcast, default 10).
 *
 * 1. Fan-out: storing a broadcast for N residents (one record per recipient) and writing one outbound row each
 *    (language, RSVP offer), against a baseline in the same run: N plain outbound inserts in one transaction.
 * 2. Sending: the delivery loop through the Telegram pacer against a fake Bot API enforcing the same limit:
 *    the rate achieved as a fraction of the limit and the 429s, and the reply latency of a resident chatting with the
 *    bot during the broadcast against the same resident before it (the baseline of the same run).
 */
import { startAppPipeline } from "../src/app/app-pipeline.js";
import type { App } from "../src/app/build.js";
import type { Audience } from "../src/broadcast/types.js";
import { FakeBotApi } from "../tests/support/fake-bot-api.js";
import { makeTelegramHarness } from "../tests/support/telegram-harness.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../tests/support/telegram-test-app.js";
import { seedResidents } from "../tests/broadcast/seed.js";

const N = Number(process.env.BENCH_BROADCAST_N ?? 10_000);
const SEND_N = Number(process.env.BENCH_BROADCAST_SEND_N ?? 10_000);
/** Messages the chatting resident sends, idle and during the broadcast. */
const PINGS = Number(process.env.BENCH_BROADCAST_PINGS ?? 10);
const RATE = Number(process.env.BENCH_BROADCAST_RATE ?? 200);
const REPEAT = 3;
const out = (l: string) => process.stdout.write(`${l}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function createBroadcast(app: App, senderId: number, now: number, audience: Audience = { type: "semua" }): number {
  return app.store.tx(() =>
    app.broadcasts.broadcaster.repo.create({
      kind: "undangan",
      senderId,
      audience,
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

const CHATTER = 900_001;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
  // A registered resident outside the audience (RW 9) who chats with the bot: idle, then during the broadcast.
  seedResidents(h.app.store, "telegram", 1, { rws: [9], address: () => String(CHATTER), now });
  const p = await startAppPipeline(h.app, "all");
  let sent = 0;
  let first = 0;
  let last = 0;
  const perSecond = new Map<number, number>();
  server.onCall = (c) => {
    if (c.method === "sendMessage" && !c.fault && Number(c.params.chat_id) !== CHATTER) {
      last = performance.now();
      if (sent++ === 0) first = last;
      const s = Math.floor((last - first) / 1000);
      perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
    }
  };
  /** Reply latency: from the update being offered to getUpdates to the bot's sendMessage to the chatter. */
  const replyLatency = async (n: number): Promise<number[]> => {
    const lat: number[] = [];
    for (let i = 0; i < n; i++) {
      const before = server.messagesTo(CHATTER).length;
      const t = performance.now();
      server.text(CHATTER, "menu");
      while (server.messagesTo(CHATTER).length === before) {
        if (performance.now() - t > 30_000) throw new Error("no reply to the chatter");
        await sleep(2);
      }
      lat.push(performance.now() - t);
      // Telegram allows 1 message a second per chat: the next question after that.
      await sleep(1100);
    }
    return lat;
  };
  const idle = await replyLatency(PINGS);

  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const id = h.app.store.tx(() => {
    const id = createBroadcast(h.app, people[0]!.id, now, { type: "rw", rws: [1, 2, 3] });
    p.outbox.publish("broadcast.created", { broadcastId: id }, now);
    return id;
  });
  void p.relay!.kick();
  while (sent < SEND_N / 10) await sleep(20);
  const busy = await replyLatency(PINGS);
  while (sent < SEND_N) {
    if (performance.now() - t0 > 20 * 60_000) throw new Error(`only ${sent} of ${SEND_N} sent`);
    await sleep(50);
  }
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - t0;
  const floods = server.faultsOf("sendMessage", "429").length;
  const rate = (sent - 1) / ((last - first) / 1000);
  const mi = median(idle);
  const mb = median(busy);
  out(`sending broadcast ${id} to ${SEND_N} through real grammY, fake Bot API limit ${RATE}/s, TELEGRAM pacing ${RATE}/s:`);
  out(`  first send after the commit                                  ${(first - t0).toFixed(0)} ms`);
  out(`  rate achieved                                                ${rate.toFixed(1)}/s = ${(rate / RATE).toFixed(2)} of the limit`);
  out(`  429s                                                         ${floods} (${((100 * floods) / SEND_N).toFixed(2)}% of sends)`);
  out(`  reply latency, idle (median of ${PINGS})                         ${mi.toFixed(0)} ms (max ${Math.max(...idle).toFixed(0)})`);
  out(`  reply latency during the broadcast (median of ${PINGS})          ${mb.toFixed(0)} ms (max ${Math.max(...busy).toFixed(0)}) = ${(mb / mi).toFixed(2)}x idle`);
  out(`  CPU of this process while sending (bot, grammY and fake API)  ${((cpu.user + cpu.system) / 1000 / wall).toFixed(2)} of one core`);
  if (process.env.BENCH_DEBUG) process.stderr.write(`sends per second: ${[...perSecond.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n).join(" ")}\n`);
  await p.stop();
  await h.close();
  await server.stop();
}

await fanOutBench();
if (SEND_N > 0) await sendBench();
out(`broadcast benchmark peak RSS (own process):                   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
