/**
 * `npm start -- --role bot` and `--role worker` as two real processes on one DATA_DIR and one Redis: the bot process
 * talks to residents (Telegram, fake Bot API) and relays the outbox, the worker process clusters the aspirations.
 * The duplicate hint the second resident gets is only written by the worker's aggregator, and only sent by the bot.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { FakeBotApi } from "../support/fake-bot-api.js";
import { htmlToPlain } from "../support/telegram-harness.js";
import { deleteKeys, REDIS_URL, uniquePrefix } from "../queue/helpers.js";
import { removeDir } from "../support/telegram-test-app.js";

const TSX = path.resolve("node_modules/.bin/tsx");
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups.length = 0;
});

function startRole(role: "bot" | "worker", env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  const child = spawn(TSX, ["src/main.ts", "--role", role], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  child.stdout!.resume();
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGTERM");
    await exited;
  });
  return { child, stderr: () => err };
}

async function until(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

it("runs the bot and the worker as two processes that together answer, file and cluster aspirations", async () => {
  const server = await new FakeBotApi().start();
  cleanups.push(() => server.stop());
  const dataDir = mkdtempSync(path.join(tmpdir(), "rembug-roles-"));
  cleanups.push(() => removeDir(dataDir));
  const prefix = uniquePrefix("roles");
  cleanups.push(() => void deleteKeys(REDIS_URL, prefix));
  const env = { DATA_DIR: dataDir, REDIS_URL, QUEUE_PREFIX: prefix, TELEGRAM_BOT_TOKEN: server.token, TELEGRAM_API_ROOT: server.apiRoot };

  // The worker starts first: a bot alone would leave every aspiration unclustered.
  const worker = startRole("worker", env);
  await until("the worker to start", () => /"role":"worker"[^\n]*"rembug started"|"msg":"rembug started"[^\n]*"role":"worker"/.test(worker.stderr()));
  const bot = startRole("bot", env);

  const texts = (chat: number) => server.messagesTo(chat).map((c) => htmlToPlain(String(c.params.text ?? "")));
  const say = async (chat: number, text: string, expected: RegExp) => {
    const before = server.messagesTo(chat).length;
    server.text(chat, text);
    await until(`a reply to "${text}" matching ${expected}`, () => texts(chat).slice(before).some((t) => expected.test(t)));
  };
  const file = async (chat: number, name: string, description: string, similar = false): Promise<string> => {
    await say(chat, "halo", /Persetujuan data pribadi/);
    await say(chat, "1", /Siapa nama/);
    await say(chat, name, /RW berapa/);
    await say(chat, "RW 3", /RT berapa/);
    await say(chat, "RT 2", /Pendaftaran selesai/);
    await say(chat, "1", /bidang apa/);
    await say(chat, "2", /ceritakan/);
    await say(chat, description, /lokasinya/);
    await say(chat, "Gang Mawar depan musala", /foto/);
    await say(chat, "lewati", /Ringkasan aspirasi/);
    if (!similar) await say(chat, "kirim", /Nomor tiket/);
    else {
      // The first one is clustered by now: the summary step offers it, and "1" joins it (issue 9).
      await say(chat, "kirim", /sudah ada usulan yang mirip/);
      await say(chat, "1", /Nomor tiket[\s\S]*dicatat sebagai pendukung/);
    }
    return /ASP-[A-Z0-9]{4}/.exec(texts(chat).join("\n"))![0];
  };

  const first = await file(5001, "Siti Aminah", "Selokan di depan rumah nomor 12 mampet dan meluap kalau hujan");
  // Clustered by the worker before the second resident reaches Kirim.
  await until("the first aspiration clustered", () => {
    const db = new Database(path.join(dataDir, "rembug.db"), { readonly: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM cluster_members").get() as { n: number }).n === 1;
    } finally {
      db.close();
    }
  });
  const second = await file(5002, "Agus", "Got di gg mawar mampet, air meluap tiap hujan deras", true);
  await until("the second aspiration clustered by the worker", () => {
    const db = new Database(path.join(dataDir, "rembug.db"), { readonly: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM cluster_members").get() as { n: number }).n === 2;
    } finally {
      db.close();
    }
  });

  const db = new Database(path.join(dataDir, "rembug.db"), { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT a.ticket, c.supporters, c.members FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id JOIN clusters c ON c.id = m.cluster_id ORDER BY a.id`)
      .all();
    expect(rows).toEqual([
      { ticket: first, supporters: 2, members: 2 },
      { ticket: second, supporters: 2, members: 2 },
    ]);
    expect(db.prepare("SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL").get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
  // Each process did only its own part.
  expect(worker.stderr()).not.toMatch(/telegram/i);
  expect(bot.stderr()).toMatch(/"role":"bot"/);
  expect(bot.child.exitCode).toBeNull();
  expect(worker.child.exitCode).toBeNull();
}, 120_000);
