/**
 * `npm start` with WHATSAPP_ENABLED=true: main.ts builds the WhatsApp channel, starts it next to Telegram and wires
 * its live status into /status-wa. main.ts takes no socket factory, so the real Baileys socket is used; with no
 * route to WhatsApp it keeps reconnecting, which is the state /status-wa must then report (never "not enabled").
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { loadI18n, DEFAULT_LOCALES_DIR } from "../../src/i18n/fluent.js";
import { FakeBotApi } from "../support/fake-bot-api.js";
import { htmlToPlain } from "../support/telegram-harness.js";
import { removeDir } from "../support/telegram-test-app.js";

const TSX = path.resolve("node_modules/.bin/tsx");
const { t } = loadI18n(DEFAULT_LOCALES_DIR);
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups.length = 0;
});

async function until(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

it("starts WhatsApp next to Telegram and answers /status-wa with the WhatsApp channel's live state", async () => {
  const server = await new FakeBotApi().start();
  cleanups.push(() => server.stop());
  const dataDir = mkdtempSync(path.join(tmpdir(), "rembug-start-wa-"));
  cleanups.push(() => removeDir(dataDir));
  const child = spawn(TSX, ["src/main.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      TELEGRAM_BOT_TOKEN: server.token,
      TELEGRAM_API_ROOT: server.apiRoot,
      WHATSAPP_ENABLED: "true",
      LPMK_ADMINS: "telegram:6001",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGKILL");
    await exited;
  });

  await until("start-up", () => stderr.includes('"msg":"rembug started"'));
  const started = JSON.parse(stderr.split("\n").find((l) => l.includes('"msg":"rembug started"'))!) as { channels: string[] };
  expect(started.channels).toEqual(["telegram", "whatsapp"]);

  const texts = () => server.messagesTo(6001).map((c) => htmlToPlain(String(c.params.text ?? "")));
  const say = async (text: string, expected: RegExp) => {
    const before = texts().length;
    server.text(6001, text);
    await until(`a reply to "${text}" matching ${expected}`, () => texts().slice(before).some((x) => expected.test(x)));
    return texts().slice(before);
  };
  await say("halo", /Persetujuan data pribadi/);
  await say("1", /Siapa nama/);
  await say("Pak Harto", /RW berapa/);
  await say("RW 1", /RT berapa/);
  await say("RT 1", /Pendaftaran selesai/);
  const status = (await say("/status-wa", /Status WhatsApp/)).join("\n");
  expect(status).not.toContain(t("id", "whatsapp-status-unavailable"));
  // Not linked and no route to WhatsApp here: connecting, reconnecting, or (with a route) waiting for the QR scan.
  const states = ["connecting", "reconnecting", "waiting-for-link"].map((s) => t("id", `whatsapp-state-${s}`));
  expect(states.some((s) => status.includes(s)), status).toBe(true);

  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
}, 90_000);
