/**
 * Logging while the console simulator runs: the terminal belongs to the chat, so log lines go to a file under
 * DATA_DIR instead of over the prompt.
 */
import path from "node:path";
import { createFileLogger, type Logger } from "../../core/logger.js";

/** DATA_DIR/logs/console.log */
export function consoleLogFile(dataDir: string): string {
  return path.join(dataDir, "logs", "console.log");
}

/** The logger for a console session, and the file it writes to. */
export function consoleLogger(o: { dataDir: string; level: string }): { log: Logger; file: string } {
  const file = consoleLogFile(o.dataDir);
  return { log: createFileLogger(o.level, file), file };
}
