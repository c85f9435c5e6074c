/**
 * What the LPMK secretary meets in the console: `npm start` without a channel and `npm run chat` keep the terminal
 * for the chat (logs go to DATA_DIR/logs/console.log), a missing /foto file gets a polite note, and a start-up error
 * is said once, readably.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConsoleChannel } from "../../../src/channels/console/console-channel.js";
import type { InboundMessage } from "../../../src/core/messages.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../../src/i18n/fluent.js";

const TSX = path.resolve("node_modules/.bin/tsx");
const { t } = loadI18n(DEFAULT_LOCALES_DIR);

function run(script: string, env: Record<string, string>, input: string, args: string[] = []) {
  return spawnSync(TSX, [script, ...args], {
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "info", ...env },
  });
}

/** Up to the photo step of an aspiration, then a /foto of a file that does not exist, then skip. */
const SESSION = ["halo", "1", "Budi", "2", "3", "1", "2", "Selokan depan rumah mampet terus kalau hujan", "Gang Mawar", "/foto tidak-ada.jpg", "lewati", ""].join("\n");

const jsonLines = (s: string) => s.split("\n").filter((l) => l.trimStart().startsWith("{"));

describe.each([
  ["npm start without a channel", "src/main.ts", [] as string[]],
  ["npm run chat", "src/channels/console/cli.ts", ["--user", "warga-1"]],
])("%s", (_name, script, args) => {
  it("keeps the chat clean: no log line on stdout or stderr, the log in DATA_DIR/logs/console.log", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "rembug-console-"));
    const r = run(script, { DATA_DIR: dataDir }, SESSION, args);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([]);
    expect(jsonLines(r.stderr)).toEqual([]);
    const logFile = path.join(dataDir, "logs", "console.log");
    expect(existsSync(logFile)).toBe(true);
    const logged = readFileSync(logFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { msg: string });
    expect(logged.map((l) => l.msg)).toContain("pipeline started");
    // The resident's session went on: the summary came after the missing photo.
    expect(r.stdout).toMatch(/warga-1> \/foto tidak-ada\.jpg\nBerkas foto ".*tidak-ada\.jpg" tidak ditemukan, jadi foto belum dikirim\.[^\n]*\n\nwarga-1> lewati\n\*Ringkasan aspirasi\*/);
    expect(r.stdout + r.stderr).not.toMatch(/ENOENT|\n\s+at /);
  }, 90_000);

  it("says a wilayah error once, readably, and exits 1", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rembug-console-"));
    const file = path.join(dir, "wilayah.csv");
    writeFileSync(file, "rw,rt\n1,1\n1,dua\n");
    const r = run(script, { DATA_DIR: dir, WILAYAH_FILE: file }, "", args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`Start-up failed: ${file}: line 3 has an invalid number "1,dua" (RW and RT must be 1-999)\n`);
    // The details (stack) are in the log file.
    expect(readFileSync(path.join(dir, "logs", "console.log"), "utf8")).toMatch(/"msg":"start-up failed"/);
  }, 90_000);
});

describe("npm start without a channel", () => {
  it("names the log file once on stderr", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "rembug-console-"));
    const r = run("src/main.ts", { DATA_DIR: dataDir }, "");
    expect(r.stderr).toBe(
      `Belum ada saluran yang diatur (TELEGRAM_BOT_TOKEN kosong, WhatsApp tidak aktif): simulator konsol dijalankan. Catatan log ditulis ke ${path.join(dataDir, "logs", "console.log")}.\n`,
    );
  }, 90_000);
});

describe("npm start with a channel", () => {
  it("says a start-up error once, readably, not again as a JSON log line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rembug-console-"));
    const file = path.join(dir, "wilayah.csv");
    writeFileSync(file, "rw,rt\n1,1\n1,dua\n");
    const r = run("src/main.ts", { DATA_DIR: dir, WILAYAH_FILE: file, TELEGRAM_BOT_TOKEN: "123:abc", TELEGRAM_API_ROOT: "http://127.0.0.1:9" }, "");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`Start-up failed: ${file}: line 3 has an invalid number "1,dua" (RW and RT must be 1-999)\n`);
  }, 90_000);
});

describe("the console channel", () => {
  it("answers a /foto of a missing file itself, in the simulator's language, and sends the bot nothing", async () => {
    const written: string[] = [];
    const received: InboundMessage[] = [];
    const ch = new ConsoleChannel({ write: (s) => written.push(s), t, lang: "en" });
    await ch.start({ accept: async (m: InboundMessage) => void received.push(m) } as never);
    await ch.say("warga-1", "/foto /tidak/ada.jpg");
    expect(received).toEqual([]);
    expect(written).toEqual([`The photo file "${path.resolve("/tidak/ada.jpg")}" was not found, so no photo was sent. Check the file name, then type /foto <file> again.\n\n`]);
    await ch.say("warga-1", `/foto ${path.resolve("package.json")}`);
    expect(received.map((m) => m.content)).toEqual([{ kind: "photo", ref: path.resolve("package.json") }]);
  });

  it("simulates a document with /dokumen: its name, type and size, downloadable; a missing file is said and not sent", async () => {
    const written: string[] = [];
    const received: InboundMessage[] = [];
    const ch = new ConsoleChannel({ write: (s) => written.push(s), t, lang: "id" });
    await ch.start({ accept: async (m: InboundMessage) => void received.push(m) } as never);
    await ch.say("lpmk-1", "/dokumen /tidak/ada.pdf");
    expect(received).toEqual([]);
    expect(written).toEqual([`${t("id", "console-document-missing", { file: path.resolve("/tidak/ada.pdf") })}\n\n`]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "rembug-console-")), "Jadwal Posyandu.PDF");
    writeFileSync(file, "%PDF-1.4\n%%EOF\n");
    await ch.say("lpmk-1", `/dokumen ${file}`);
    expect(received.map((m) => m.content)).toEqual([{ kind: "document", ref: file, fileName: "Jadwal Posyandu.PDF", mime: "application/pdf", size: 15 }]);
    expect((await ch.downloadMedia(file)).data.toString()).toBe("%PDF-1.4\n%%EOF\n");
  });
});
