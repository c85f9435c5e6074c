/**
 * The baselines for bench/inbound.ts: grammY echo bots that do nothing but answer every message.
 *   - "echo":   bot.start(), grammY's built-in long polling, which handles updates one at a time by design;
 *   - "runner": @grammyjs/runner's concurrent long polling with sequentialize per chat, the same architecture as
 *               Rembug's adapter (one getUpdates loop, chats handled concurrently, each chat in order);
 *   - "runner-undici": the same, with the HTTP client Rembug's adapter gives grammY (botApiFetch, undici) instead of
 *               grammY's default node-fetch: shows how much of the full bot's ratio comes from that client.
 */
import { Bot, type Context } from "grammy";
import { run, sequentialize } from "@grammyjs/runner";
import { botApiFetch, botApiPool } from "../src/channels/telegram/bot-api-fetch.js";

export type EchoKind = "echo" | "runner" | "runner-undici";

export interface EchoBot {
  stop(): Promise<void>;
}

/** Start `bot.on("message", ctx => ctx.reply(...))` against `apiRoot`; resolve once the first getUpdates is sent. */
export async function startEchoBot(token: string, apiRoot: string, kind: EchoKind = "echo"): Promise<EchoBot> {
  const pool = kind === "runner-undici" ? botApiPool() : undefined;
  const bot = new Bot(token, { client: { apiRoot, ...(pool ? { fetch: botApiFetch(() => pool) } : {}) } });
  let polling!: () => void;
  const firstPoll = new Promise<void>((resolve) => (polling = resolve));
  bot.api.config.use((prev, method, payload, signal) => {
    if (method === "getUpdates") polling();
    return prev(method, payload, signal);
  });
  if (kind !== "echo") bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  bot.on("message", (ctx) => ctx.reply(`echo: ${ctx.message.text ?? ""}`));
  if (kind !== "echo") {
    await bot.init();
    const handle = run(bot, { runner: { fetch: { timeout: 5 }, silent: true } });
    await firstPoll;
    return { stop: () => handle.stop().then(() => pool?.close()) };
  }
  const started = bot.start({ timeout: 5 });
  await Promise.race([firstPoll, started]);
  return { stop: () => bot.stop() };
}
