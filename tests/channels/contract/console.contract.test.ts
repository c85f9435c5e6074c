/**
 * The channel contract suite run against the console simulator's adapter: typed lines in (with its special lines
 * `/foto <file>`, `/lokasi <lat> <lon>`, `/stiker`), the printed text with its numbered list out.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ConsoleChannel } from "../../../src/channels/console/console-channel.js";
import type { InboundMessage } from "../../../src/core/messages.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../../support/telegram-test-app.js";
import { describeChannelContract, plain, type ChannelHarness, type HarnessInput, type HarnessReply } from "./channel-contract.js";

/** Split one printed reply back into the message and its numbered options. */
function toReply(printed: string, hint: string): HarnessReply {
  const at = printed.lastIndexOf(`\n\n${hint}\n`);
  if (at < 0) return { text: plain(printed), options: [], ref: printed };
  const list = printed.slice(at + hint.length + 3).split("\n");
  return { text: plain(printed.slice(0, at)), options: list.map((l) => l.replace(/^\d+\.\s/, "")), ref: printed };
}

async function makeConsoleHarness(): Promise<ChannelHarness> {
  const dataDir = tempDataDir("rembug-console-");
  const filesDir = tempDataDir("rembug-console-files-");
  const app = makeTestApp(dataDir);
  const printed: string[] = [];
  const channel = new ConsoleChannel({ write: (s) => void printed.push(s), t: app.i18n.t });
  app.host.addChannel(channel);
  // The console never redelivers on its own; keep each user's last message so redeliverLast can hand it over again.
  const last = new Map<string, InboundMessage>();
  await channel.start({
    accept: (msg) => {
      last.set(msg.address, msg);
      return app.host.accept(msg);
    },
  });
  app.host.recover();
  const hint = app.i18n.t("id", "options-reply-hint");
  let files = 0;

  const collect = async (act: () => Promise<void>): Promise<HarnessReply[]> => {
    const mark = printed.length;
    await act();
    await app.host.idle();
    // Each reply is printed as one write ending in a blank line.
    return printed.slice(mark).map((s) => toReply(s.replace(/\n\n$/, ""), hint));
  };
  const lineOf = (input: HarnessInput): string => {
    switch (input.kind) {
      case "text":
        return input.text;
      case "photo": {
        const file = path.join(filesDir, `foto-${++files}.jpg`);
        writeFileSync(file, input.data);
        return `/foto ${file}`;
      }
      case "location":
        return `/lokasi ${input.lat} ${input.lon}`;
      case "sticker":
        return "/stiker";
    }
  };
  return {
    buttons: false,
    store: app.store,
    t: app.i18n.t,
    dataDir,
    send: (user, input) => collect(() => channel.say(user, lineOf(input))),
    press(user, reply, label) {
      const n = reply.options.indexOf(label);
      if (n < 0) throw new Error(`reply has no option "${label}"`);
      return collect(() => channel.say(user, String(n + 1)));
    },
    redeliverLast(user) {
      const msg = last.get(user);
      if (!msg) throw new Error(`${user} sent nothing yet`);
      return collect(() => app.host.accept(msg));
    },
    async close() {
      await channel.stop();
      await closeApp(app);
      removeDir(dataDir);
      removeDir(filesDir);
    },
  };
}

describeChannelContract("console", makeConsoleHarness);
