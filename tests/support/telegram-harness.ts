/**
 * Telegram test harness: a real app (host, engine, flows, SQLite on a temp DATA_DIR) with the real Telegram
 * adapter (grammY) polling the fake Bot API server. Implements the channel contract harness and adds restarts.
 */
import type { Message } from "grammy/types";
import type { App } from "../../src/app/build.js";
import type { Logger } from "../../src/core/logger.js";
import type { InboundMessage } from "../../src/core/messages.js";
import { TelegramChannel, type TelegramChannelOptions } from "../../src/channels/telegram/telegram-channel.js";
import type { ChannelHarness, HarnessInput, HarnessReply } from "../channels/contract/channel-contract.js";
import { FakeBotApi, type RecordedCall } from "./fake-bot-api.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "./telegram-test-app.js";
import { until } from "./until.js";

export interface TelegramHarness extends ChannelHarness {
  app: App;
  server: FakeBotApi;
  channel: TelegramChannel;
  dataDir: string;
  /** Enqueue an update through `enqueue` and return the replies it caused once handled. */
  deliver(chatId: number, enqueue: () => number): Promise<HarnessReply[]>;
  /** Wait until the journal has handled update `updateId` and the host is idle. */
  handled(updateId: number): Promise<void>;
  /** Stop adapter and host and close the database, run `whileDown`, then reopen everything on the same DATA_DIR. */
  restart(whileDown?: () => void | Promise<void>): Promise<void>;
  /** Replace the running adapter with a fresh one (offset forgotten), keeping the host. */
  restartChannel(): Promise<void>;
}

interface ReplyRef {
  chatId: number;
  messageId: number;
  buttons: Array<{ text: string; callback_data: string }>;
}

/** HTML back to what the resident reads. */
export function htmlToPlain(html: string): string {
  return html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function replyOf(call: RecordedCall): HarnessReply {
  const markup = call.params.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined;
  const buttons = (markup?.inline_keyboard ?? []).flat().filter((b): b is { text: string; callback_data: string } => typeof b.callback_data === "string");
  const result = call.result as Message | undefined;
  const ref: ReplyRef = { chatId: Number(call.params.chat_id), messageId: result?.message_id ?? -1, buttons };
  const text = typeof call.params.text === "string" ? htmlToPlain(call.params.text) : String(call.params.caption ?? "");
  return { text, options: buttons.map((b) => b.text), ref };
}

export interface TelegramHarnessOptions {
  server?: FakeBotApi;
  dataDir?: string;
  keepDir?: boolean;
  env?: Record<string, string>;
  channel?: Partial<TelegramChannelOptions>;
  /** A controllable clock for the app (delivery waits and backoffs); default: real time. */
  clock?: { now: number };
  /** The app's logger (default: silent). */
  log?: Logger;
}

export async function makeTelegramHarness(o: TelegramHarnessOptions = {}): Promise<TelegramHarness> {
  const server = o.server ?? (await new FakeBotApi().start());
  const dataDir = o.dataDir ?? tempDataDir("rembug-tg-");
  const lastUpdate = new Map<number, number>();

  const newChannel = (app: App): TelegramChannel =>
    new TelegramChannel({
      token: server.token,
      apiRoot: server.apiRoot,
      log: app.log,
      t: app.i18n.t,
      dataDir,
      pollTimeoutSec: 5,
      pollBackoffMs: { initial: 20, max: 200 },
      // Tests send fast unless they test pacing (the fake Bot API has no flood limit unless told).
      pacing: { perSecond: 100_000, perChatPerSecond: 100_000 },
      ...o.channel,
    });

  const boot = async (): Promise<{ app: App; channel: TelegramChannel }> => {
    const clock = o.clock;
    const app = makeTestApp(dataDir, {
      env: { TELEGRAM_BOT_TOKEN: server.token, TELEGRAM_API_ROOT: server.apiRoot, ...o.env },
      ...(clock ? { now: () => clock.now } : {}),
      ...(o.log ? { log: o.log } : {}),
    });
    const channel = newChannel(app);
    app.host.addChannel(channel);
    app.host.recover();
    await channel.start(app.host);
    return { app, channel };
  };

  let { app, channel } = await boot();

  const h: TelegramHarness = {
    buttons: true,
    server,
    dataDir,
    get app() {
      return app;
    },
    get channel() {
      return channel;
    },
    get store() {
      return app.store;
    },
    get t() {
      return app.i18n.t;
    },
    async handled(updateId) {
      const probe = { channel: "telegram", messageId: String(updateId) } as InboundMessage;
      await until(() => app.store.inbound.isProcessed(probe), `update ${updateId} to be handled`, 15_000, 2);
      await app.host.idle();
    },
    async deliver(chatId, enqueue) {
      const before = server.messagesTo(chatId).length;
      const id = enqueue();
      lastUpdate.set(chatId, id);
      await h.handled(id);
      return server.messagesTo(chatId).slice(before).map(replyOf);
    },
    send(user, input: HarnessInput) {
      const chatId = Number(user);
      return h.deliver(chatId, () => {
        switch (input.kind) {
          case "text":
            return server.text(chatId, input.text);
          case "photo":
            return server.photo(chatId, input.data, input.caption ? { caption: input.caption } : {});
          case "location":
            return server.location(chatId, input.lat, input.lon);
          case "sticker":
            return server.sticker(chatId);
        }
      });
    },
    press(user, reply, label) {
      const ref = reply.ref as ReplyRef;
      const button = ref.buttons.find((b) => b.text === label);
      if (!button) throw new Error(`reply has no button "${label}"`);
      return h.deliver(Number(user), () => server.callback(ref.chatId, button.callback_data, ref.messageId));
    },
    async redeliverLast(user) {
      const chatId = Number(user);
      const id = lastUpdate.get(chatId);
      if (id === undefined) throw new Error(`${user} sent nothing yet`);
      const before = server.messagesTo(chatId).length;
      await h.restartChannel();
      server.redeliver(id);
      await until(() => !server.unconfirmed.includes(id), `redelivered update ${id} to be confirmed`, 15_000, 2);
      await app.host.idle();
      return server.messagesTo(chatId).slice(before).map(replyOf);
    },
    async restartChannel() {
      await channel.stop();
      channel = newChannel(app);
      app.host.addChannel(channel);
      await channel.start(app.host);
    },
    async restart(whileDown) {
      await channel.stop();
      await closeApp(app);
      await whileDown?.();
      ({ app, channel } = await boot());
    },
    async close() {
      await channel.stop();
      await closeApp(app);
      if (!o.server) await server.stop();
      if (!o.keepDir) removeDir(dataDir);
    },
  };
  return h;
}
