/** A real pino logger whose lines are kept in memory, so a test can assert that nothing was logged at warn or above. */
import { pino, type Logger } from "pino";

export interface LogEntry {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface CapturedLog {
  log: Logger;
  entries: LogEntry[];
  /** Entries at `warn` (40) or above, except warnings whose message matches one of `expectedWarnings`. */
  problems(): LogEntry[];
}

/**
 * @param o.expectedWarnings warnings the scenario is meant to cause (e.g. the audit line of a refused /rekap);
 *   errors are always problems.
 */
export function captureLogger(o: { level?: string; expectedWarnings?: RegExp[] } = {}): CapturedLog {
  const entries: LogEntry[] = [];
  const log = pino({ level: o.level ?? "warn" }, { write: (line: string) => void entries.push(JSON.parse(line) as LogEntry) });
  const expected = (e: LogEntry) => e.level < 50 && (o.expectedWarnings ?? []).some((re) => re.test(e.msg));
  return { log, entries, problems: () => entries.filter((e) => e.level >= 40 && !expected(e)) };
}
