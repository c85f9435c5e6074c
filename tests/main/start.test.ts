import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.resolve("node_modules/.bin/tsx");

function start(env: Record<string, string>, input: string, args: string[] = []) {
  return spawnSync(TSX, ["src/main.ts", ...args], {
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "info", ...env },
  });
}

describe("npm start", () => {
  it("with no token and no Redis says so and runs the console simulator until input ends", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "rembug-start-"));
    const r = start({ DATA_DIR: dataDir }, "halo\n1\nBudi\n2\n3\n");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/simulator konsol dijalankan/);
    expect(r.stdout).toMatch(/Persetujuan data pribadi[\s\S]*Siapa nama[\s\S]*Pendaftaran selesai[\s\S]*RT 03 \/ RW 02/);
  }, 90_000);

  it("stops with a message naming the line when the wilayah file is malformed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rembug-start-"));
    const file = path.join(dir, "wilayah.csv");
    writeFileSync(file, "rw,rt\n1,1\n1,dua\n");
    const r = start({ DATA_DIR: dir, WILAYAH_FILE: file }, "");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 3/);
  }, 90_000);

  it("refuses an unknown role", () => {
    const r = start({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "rembug-start-")) }, "", ["--role", "boss"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown --role/);
  }, 90_000);
});

describe("npm start with Telegram", () => {
  it("answers over the Bot API, then shuts down cleanly on SIGTERM", async () => {
    const { startFakeBotApi } = await import("../support/fake-bot-api.js");
    const { spawn } = await import("node:child_process");
    const server = await startFakeBotApi();
    const dataDir = mkdtempSync(path.join(tmpdir(), "rembug-start-"));
    const child = spawn(TSX, ["src/main.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATA_DIR: dataDir,
        TELEGRAM_BOT_TOKEN: server.token,
        TELEGRAM_API_ROOT: server.apiRoot,
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      server.text(4242, "halo");
      const [reply] = await server.waitForMessages(4242, 1, 30_000);
      expect(JSON.stringify(reply)).toMatch(/Persetujuan data pribadi/);
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stderr).toMatch(/shutting down/);
      expect(stderr).toMatch(/"msg":"stopped"/);
      expect(stderr).not.toContain(server.token);
      // No message text at info level.
      expect(stderr).not.toMatch(/halo/);
    } finally {
      child.kill("SIGKILL");
      await server.stop();
    }
  }, 90_000);
});
