/** Cron iterations as BullMQ's job schedulers compute them (cron-parser, read in a time zone), for the in-process driver. */
import { CronExpressionParser } from "cron-parser";

/** The first moment strictly after `after` (epoch ms) that `pattern` matches in `tz`, or null when there is none. */
export function nextRun(pattern: string, tz: string, after: number): number | null {
  const it = CronExpressionParser.parse(pattern, { currentDate: new Date(after), tz });
  if (!it.hasNext()) return null;
  return it.next().getTime();
}

/** Throws a TypeError for a pattern cron-parser cannot read. */
export function assertPattern(pattern: string, tz: string): void {
  try {
    CronExpressionParser.parse(pattern, { tz });
  } catch (err) {
    throw new TypeError(`invalid scheduler pattern "${pattern}" in ${tz}: ${(err as Error).message}`);
  }
}
