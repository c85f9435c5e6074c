/** The baseline for bench/inbound.ts: a bare grammY echo bot with bot.start() long polling. */
import { Bot } from "grammy";

export interface EchoBot {
  stop(): Promise<void>;
}

/** Start `bot.on("message", ctx => ctx.reply(...))` against `apiRoot` and resolve once polling runs. */
export async function startEchoBot(token: string, apiRoot: string): Promise<EchoBot> {
  const bot = new Bot(token, { client: { apiRoot } });
  bot.on("message", (ctx) => ctx.reply(`echo: ${ctx.message.text ?? ""}`));
  await new Promise<void>((resolve, reject) => {
    bot.start({ timeout: 5, onStart: () => resolve() }).catch(reject);
  });
  return { stop: () => bot.stop() };
}
