/** The structured logger (pino). Message text and phone numbers are logged at debug level only. */
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, base: { app: "rembug" } }, destination ?? pino.destination(2));
}

/**
 * A logger that appends JSON lines to `file` (its directory is created), written synchronously so that nothing is
 * lost when the process exits right after. For the console simulator, where stderr shares the terminal with the chat.
 */
export function createFileLogger(level: string, file: string): Logger {
  return pino({ level, base: { app: "rembug" } }, pino.destination({ dest: file, mkdir: true, sync: true }));
}

/** A logger that drops everything, for tests and benchmarks. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}

/**
 * Say once, readably, on stderr why the process cannot start. The log gets the details (stack, cause) only when it
 * is a file: on stderr the same error as a JSON line would just repeat it.
 */
export function reportStartupError(err: unknown, o: { log?: Logger; logFile?: string } = {}): void {
  const message = err instanceof Error ? err.message : String(err);
  if (o.log && o.logFile) o.log.fatal({ err }, "start-up failed");
  process.stderr.write(`Start-up failed: ${message}\n`);
}
