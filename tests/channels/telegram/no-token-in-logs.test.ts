/** The bot token must never reach the logs, even at debug level and when requests fail. */
import { Writable } from "node:stream";
import { expect, it } from "vitest";
import { createLogger } from "../../../src/core/logger.js";
import { TelegramChannel } from "../../../src/channels/telegram/telegram-channel.js";
import { FakeBotApi } from "../../support/fake-bot-api.js";

it("keeps the token out of debug logs when polling, sending and downloading fail", async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = createLogger("debug", sink);
  const server = await new FakeBotApi({ token: "987654:SECRET-TOKEN-value" }).start();
  const apiRoot = server.apiRoot;
  server.failNext("getUpdates", { kind: "error", code: 401, description: "Unauthorized" });
  server.failNext("sendMessage", { kind: "drop" });
  const ch = new TelegramChannel({ token: server.token, apiRoot, log, pollTimeoutSec: 1, pollBackoffMs: { initial: 10, max: 20 } });
  await ch.start({ accept: async () => undefined });
  await server.waitFor(() => server.calls.some((c) => c.method === "getUpdates" && !c.fault), "polling to recover");
  expect((await ch.send("1", { text: "halo" })).ok).toBe(false);
  await server.stop();
  // The server is gone: polling now fails with connection errors (wait until one is logged).
  while (!lines.some((l) => l.includes("telegram getUpdates failed; retrying"))) await new Promise((r) => setImmediate(r));
  // The host logs a failed download with the error object, as pino serialises it (cause included).
  const failure = await ch.downloadMedia("FILE1").catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(Error);
  log.warn({ err: failure }, "photo download failed");
  // Even a raw API error from the adapter's Api instance is safe to log.
  const apiErr = await ch.api.sendMessage(1, "x").catch((e: unknown) => e);
  expect(apiErr).toBeInstanceOf(Error);
  log.warn({ err: apiErr }, "send failed");
  await ch.stop();
  const text = lines.join("");
  expect(text).toContain("getUpdates");
  expect(text).not.toContain("SECRET-TOKEN");
});
