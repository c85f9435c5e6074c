/** The composition root: `npm start` in Telegram webhook mode serves /healthz, /readyz and the webhook on WEB_PORT. */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startFakeBotApi } from "../support/fake-bot-api.js";

const TSX = path.resolve("node_modules/.bin/tsx");
const SECRET = "webhook-secret-for-the-start-test";

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe("npm start with the web server", () => {
  it("sets the webhook, answers health, readiness and metrics, takes updates, and leaves no pid file after SIGTERM", async () => {
    const server = await startFakeBotApi();
    const dataDir = mkdtempSync(path.join(tmpdir(), "rembug-web-start-"));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawn(TSX, ["src/main.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATA_DIR: dataDir,
        TELEGRAM_BOT_TOKEN: server.token,
        TELEGRAM_API_ROOT: server.apiRoot,
        TELEGRAM_WEBHOOK_URL: `${base}/tg/hook`,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        WEB_PORT: String(port),
        METRICS_TOKEN: "scrape-token-0123456789",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      await server.waitFor(() => server.webhook !== undefined, "setWebhook", 30_000);
      expect(server.webhook).toEqual({ url: `${base}/tg/hook`, secretToken: SECRET, allowedUpdates: ["message", "edited_message", "callback_query"] });
      // tsx runs main.ts in a child process of its own: that process is the one recorded.
      const pidFiles = readdirSync(path.join(dataDir, "run"));
      expect(pidFiles).toHaveLength(1);
      expect(pidFiles[0]).toMatch(/^\d+\.pid$/);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { checks: Array<{ name: string; state?: string }> }).checks.find((c) => c.name === "telegram")?.state).toBe("webhook");
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const id = server.text(4343, "halo");
      expect((await server.postUpdate(id)).status).toBe(200);
      const [reply] = await server.waitForMessages(4343, 1, 30_000);
      expect(JSON.stringify(reply)).toMatch(/Persetujuan data pribadi/);
      const metrics = await fetch(`${base}/metrics`, { headers: { authorization: "Bearer scrape-token-0123456789" } });
      expect(await metrics.text()).toMatch(/^rembug_inbound_messages_total\{channel="telegram"\} 1$/m);
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(existsSync(path.join(dataDir, "run", pidFiles[0]!))).toBe(false);
      expect(stderr).not.toContain(SECRET);
    } finally {
      child.kill("SIGKILL");
      await server.stop();
    }
  }, 90_000);
});
