/**
 * Runs the console simulator on stdin/stdout until end of input (piped) or Ctrl-D (interactive).
 * Returns when every line is answered and the work it caused is done; the caller shuts the app down.
 */
import { clearLine, createInterface, cursorTo } from "node:readline";
import type { App } from "../../app/build.js";
import { ConsoleChannel } from "./console-channel.js";

export interface ConsoleRunOptions {
  user: string;
  name?: string;
  input?: NodeJS.ReadableStream;
  /** Wait for background work a message caused (queue, aggregator) so its notices print in order. */
  settle?: () => Promise<unknown>;
  output?: NodeJS.WritableStream;
}

export async function runConsole(app: App, o: ConsoleRunOptions): Promise<void> {
  const input = o.input ?? process.stdin;
  const output = o.output ?? process.stdout;
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  // A message that arrives while the prompt waits (a notice from a worker) replaces the prompt line, and the prompt
  // with what was typed so far is drawn again below it: nothing prints over the prompt.
  let atPrompt = false;
  const write = (s: string) => {
    if (!atPrompt) return void output.write(s);
    clearLine(output, 0);
    cursorTo(output, 0);
    output.write(s);
    rl.prompt(true);
  };
  // Each session is one user's phone: what the bot sends to another --user waits for that user's own session.
  const channel = new ConsoleChannel({ write, t: app.i18n.t, lang: app.config.DEFAULT_LANG, user: o.user });
  app.host.addChannel(channel);
  await channel.start(app.host);
  // What waited for this user (notices sent while their session was closed) prints first, as a phone shows it when
  // it is switched on.
  app.host.delivery.flushAll();
  await app.host.idle();

  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  rl.setPrompt(`${o.user}> `);
  const promptUser = () => {
    if (!interactive) return;
    rl.prompt();
    atPrompt = true;
  };
  if (interactive) output.write(`${app.i18n.t(app.config.DEFAULT_LANG, "console-welcome", { user: o.user })}\n`);
  promptUser();
  for await (const line of rl) {
    atPrompt = false;
    if (!interactive) output.write(`${o.user}> ${line}\n`);
    await channel.say(o.user, line, o.name);
    await app.host.idle();
    if (o.settle) {
      await o.settle();
      await app.host.idle();
    }
    promptUser();
  }
}
