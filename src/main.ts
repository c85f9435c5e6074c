/**
 * Composition root: the only place that builds infrastructure and wires it together.
 * `npm start` runs every configured channel; with none configured it starts the console simulator.
 * `--role bot|worker|all` splits channels and queue workers into separate processes.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig, type Config } from "./config.js";
import { createLogger, reportStartupError } from "./core/logger.js";
import { buildApp, type App } from "./app/build.js";
import { runConsole } from "./channels/console/run-console.js";
import { consoleLogger } from "./channels/console/console-logging.js";
import type { Pipeline } from "./workers/pipeline.js";
import { startAppPipeline } from "./app/app-pipeline.js";
import { startWebServer, type WebServer } from "./web/start-web.js";
import { claimRunLock } from "./ops/run-lock.js";
import { DailyBackup } from "./ops/daily-backup.js";

type Role = "all" | "bot" | "worker";

function parseRole(): Role {
  const { values } = parseArgs({ options: { role: { type: "string", default: "all" } }, allowPositionals: true });
  const role = values.role;
  if (role !== "all" && role !== "bot" && role !== "worker") {
    process.stderr.write(`Unknown --role "${role}". Use all, bot or worker.\n`);
    process.exit(2);
  }
  return role;
}

async function main(): Promise<void> {
  const role = parseRole();
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
  // Without a channel the console simulator owns the terminal: logs go to a file, not over the prompt.
  const consoleMode = role !== "worker" && !config.TELEGRAM_BOT_TOKEN && !config.WHATSAPP_ENABLED;
  const { log, file: logFile } = consoleMode
    ? consoleLogger({ dataDir: config.dataDir, level: config.LOG_LEVEL })
    : { log: createLogger(config.LOG_LEVEL), file: undefined };
  let app: App;
  try {
    app = buildApp({ config, log, channels: role !== "worker" });
  } catch (err) {
    reportStartupError(err, { log, logFile });
    process.exit(1);
  }

  const channels = app.channels;
  // `npm run admin -- restore` refuses to replace the database while this pid file names a live process.
  const releaseRunLock = claimRunLock(config.dataDir);
  const dailyBackup =
    role !== "worker" && config.backupDir
      ? new DailyBackup({ dataDir: config.dataDir, backupDir: config.backupDir, keepDays: config.BACKUP_KEEP_DAYS, timeZone: config.TZ_KELURAHAN, log })
      : undefined;

  let pipeline: Pipeline;
  try {
    pipeline = await startAppPipeline(app, role);
  } catch (err) {
    reportStartupError(err, { log, logFile });
    app.store.close();
    process.exit(1);
  }

  // Health, metrics and the Telegram webhook. Without a webhook a busy port only costs those: the chat keeps working.
  let web: WebServer | undefined;
  if (role !== "worker" && config.WEB_ENABLED) {
    try {
      web = await startWebServer(app, { queue: pipeline.queue });
    } catch (err) {
      if (config.TELEGRAM_WEBHOOK_URL) {
        reportStartupError(err, { log, logFile });
        await pipeline.stop();
        app.store.close();
        process.exit(1);
      }
      log.error({ err: (err as Error).message, host: config.WEB_HOST, port: config.WEB_PORT }, "web server could not start (WEB_HOST/WEB_PORT); running without /healthz and /metrics");
    }
  }

  let stopping: Promise<void> | null = null;
  const shutdown = (signal: string) => {
    stopping ??= (async () => {
      log.info({ signal }, "shutting down: stopping intake");
      await Promise.allSettled(channels.map((ch) => ch.stop()));
      await web?.stop();
      app.broadcasts.broadcaster.stop();
      await app.host.stop();
      await dailyBackup?.stop();
      await pipeline.stop();
      app.store.close();
      releaseRunLock();
      log.info("stopped");
    })();
    return stopping;
  };
  process.once("SIGINT", () => void shutdown("SIGINT").then(() => process.exit(0)));
  process.once("SIGTERM", () => void shutdown("SIGTERM").then(() => process.exit(0)));

  if (role !== "worker") {
    app.host.recover();
    // Notifications queued by worker processes (duplicate hints) are picked up from the shared outbox.
    app.host.delivery.poll(2_000);
    // Meeting reminders and broadcast reports come from rows with due times: polled, so a restart loses none.
    app.broadcasts.broadcaster.start(5_000);
    for (const ch of channels) await ch.start(app.host);
    dailyBackup?.start();
  }
  log.info({ role, channels: channels.map((c) => c.name), kelurahan: config.KELURAHAN_NAME }, "rembug started");

  if (role !== "worker" && channels.length === 0) {
    log.warn("no channel configured (TELEGRAM_BOT_TOKEN unset, WhatsApp disabled): starting the console simulator");
    process.stderr.write(`${app.i18n.t(config.DEFAULT_LANG, "console-no-channel", { file: logFile ?? "-" })}\n`);
    await runConsole(app, { user: config.CONSOLE_USER, settle: () => pipeline.settle() });
    await shutdown("end of input");
    process.exit(0);
  }
}

await main();
