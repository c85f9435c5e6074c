/** Contract harness for the in-memory fake channel on a real app (host, engine, flows, SQLite). */
import { encodeChoice, type InboundContent, type OutboundMessage } from "../../../src/core/messages.js";
import { FakeChannel } from "../../../src/channels/fake/fake-channel.js";
import type { App } from "../../../src/app/build.js";
import type { Logger } from "../../../src/core/logger.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../../support/telegram-test-app.js";
import { plain, type ChannelHarness, type HarnessInput, type HarnessReply } from "./channel-contract.js";

export interface FakeHarness extends ChannelHarness {
  app: App;
  channel: FakeChannel;
  dataDir: string;
}

function toReply(msg: OutboundMessage): HarnessReply {
  return { text: plain(msg.text), options: (msg.options ?? []).map((o) => o.label), ref: msg };
}

export async function makeFakeHarness(o: { dataDir?: string; keepDir?: boolean; log?: Logger } = {}): Promise<FakeHarness> {
  const dataDir = o.dataDir ?? tempDataDir("rembug-fake-");
  const app = makeTestApp(dataDir, o.log ? { log: o.log } : {});
  const channel = new FakeChannel();
  app.host.addChannel(channel);
  await channel.start(app.host);
  app.host.recover();
  const last = new Map<string, { id: string; content: InboundContent }>();

  const deliver = async (user: string, content: InboundContent, messageId?: string): Promise<HarnessReply[]> => {
    const mark = channel.mark;
    const id = await channel.say(user, content, messageId ? { messageId } : {});
    last.set(user, { id, content });
    await app.host.idle();
    return channel.sentSince(user, mark).map(toReply);
  };

  const contentOf = (input: HarnessInput): InboundContent => {
    switch (input.kind) {
      case "text":
        return { kind: "text", text: input.text };
      case "photo":
        return { kind: "photo", ref: channel.addMedia(input.data), ...(input.caption ? { caption: input.caption } : {}) };
      case "location":
        return { kind: "location", lat: input.lat, lon: input.lon };
      case "sticker":
        return { kind: "unsupported", what: "sticker" };
    }
  };

  return {
    buttons: true,
    app,
    channel,
    dataDir,
    store: app.store,
    t: app.i18n.t,
    send: (user, input) => deliver(user, contentOf(input)),
    press(user, reply, label) {
      const msg = reply.ref as OutboundMessage;
      const opt = msg.options?.find((x) => x.label === label);
      if (!opt || !msg.choiceKey) throw new Error(`reply has no option "${label}"`);
      return deliver(user, { kind: "choice", value: encodeChoice(msg.choiceKey, opt.value) });
    },
    async redeliverLast(user) {
      const prev = last.get(user);
      if (!prev) throw new Error(`${user} sent nothing yet`);
      return deliver(user, prev.content, prev.id);
    },
    async close() {
      await channel.stop();
      await closeApp(app);
      if (!o.keepDir) removeDir(dataDir);
    },
  };
}
