/** The admin command registry and runner; `cli.ts` is the entry point. Commands live in src/admin/commands/, one per file. */
import { existsSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.js";
import { createLogger } from "../core/logger.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../i18n/fluent.js";
import { openStore } from "../store/index.js";
import type { AdminCommand, StorelessAdminCommand } from "./command.js";
import { backupCommand } from "./commands/backup.js";
import { restoreCommand } from "./commands/restore.js";
import { antrianCommand } from "./commands/antrian.js";
import { reindexCommand } from "./commands/reindex.js";
import { rekapCommand } from "./commands/rekap.js";
import { reingestCommand } from "./commands/reingest.js";
import { undangCommand } from "./commands/undang.js";
import { usulanCommand } from "./commands/usulan.js";
import { siaranCommand } from "./commands/siaran.js";

/** Every admin command; add new ones here. */
export const ADMIN_COMMANDS: ReadonlyArray<AdminCommand | StorelessAdminCommand> = [rekapCommand, antrianCommand, reindexCommand, reingestCommand, undangCommand, usulanCommand, siaranCommand, backupCommand, restoreCommand];

function usage(): string {
  const width = Math.max(...ADMIN_COMMANDS.map((c) => c.name.length));
  return [
    "usage: npm run admin -- <command> [options]",
    "",
    ...ADMIN_COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join("\n");
}

/**
 * Run one admin command; returns the exit code: 0 done, 1 could not start (configuration), 2 wrong usage
 * (no command, an unknown one, bad options).
 */
export async function runAdmin(
  argv: string[],
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  err: (text: string) => void = (s) => process.stderr.write(s),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    out(usage());
    return 0;
  }
  const cmd = ADMIN_COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    err(`${name ? `unknown command "${name}"\n\n` : ""}${usage()}\n`);
    return 2;
  }
  if (env === process.env && existsSync(".env")) process.loadEnvFile(".env");
  let config;
  try {
    config = loadConfig(env);
  } catch (e) {
    err(`${(e as Error).message}\n`);
    return 1;
  }
  // Logs go to stderr so that stdout can be redirected to a file.
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const { t } = loadI18n(DEFAULT_LOCALES_DIR);
  if (cmd.withoutStore) return cmd.run({ config, t, log, args, out });
  const store = openStore(path.join(config.dataDir, "rembug.db"));
  try {
    return await cmd.run({ config, store, t, log, args, out });
  } finally {
    store.close();
  }
}
