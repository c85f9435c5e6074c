/** `npm run chat -- --user <id> [--name <display name>]`: talk to the bot from a terminal or a piped file. */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.js";
import { reportStartupError } from "../../core/logger.js";
import { consoleLogger } from "./console-logging.js";
import { buildApp } from "../../app/build.js";
import { startAppPipeline } from "../../app/app-pipeline.js";
import { runConsole } from "./run-console.js";

const { values } = parseArgs({
  options: { user: { type: "string", default: "warga-1" }, name: { type: "string" } },
  allowPositionals: true,
});

if (existsSync(".env")) process.loadEnvFile(".env");
let config;
try {
  config = loadConfig();
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
// The terminal belongs to the chat: logs go to DATA_DIR/logs/console.log.
const { log, file: logFile } = consoleLogger({ dataDir: config.dataDir, level: config.LOG_LEVEL });
let app;
let pipeline;
try {
  app = buildApp({ config, log });
  pipeline = await startAppPipeline(app, "all");
} catch (err) {
  reportStartupError(err, { log, logFile });
  process.exit(1);
}
app.host.recover();
// Messages another session (another --user, or the bot) writes for this user meanwhile are picked up.
app.host.delivery.poll(2_000);
await runConsole(app, { user: values.user!, name: values.name, settle: () => pipeline.settle() });
await app.host.stop();
await pipeline.stop();
app.store.close();
