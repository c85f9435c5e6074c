/** `npm run chat -- --user <id> [--name <display name>]`: talk to the bot from a terminal or a piped file. */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.js";
import { createLogger } from "../../core/logger.js";
import { buildApp } from "../../app/build.js";
import { startAppPipeline } from "../../app/app-pipeline.js";
import { runConsole } from "./run-console.js";

const { values } = parseArgs({
  options: { user: { type: "string", default: "warga-1" }, name: { type: "string" } },
  allowPositionals: true,
});

if (existsSync(".env")) process.loadEnvFile(".env");
const config = loadConfig();
const log = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
let app;
let pipeline;
try {
  app = buildApp({ config, log });
  pipeline = await startAppPipeline(app, "all");
} catch (err) {
  process.stderr.write(`Start-up failed: ${(err as Error).message}\n`);
  process.exit(1);
}
app.host.recover();
await runConsole(app, { user: values.user!, name: values.name, settle: () => pipeline.settle() });
await app.host.stop();
await pipeline.stop();
app.store.close();
