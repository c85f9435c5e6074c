/**
 * The daily backup of a running bot (BACKUP_DIR, BACKUP_KEEP_DAYS): once per calendar day in TZ_KELURAHAN it writes
 * `rembug-YYYY-MM-DD.tar` into BACKUP_DIR, and deletes daily backups older than the retention.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import type { Logger } from "../core/logger.js";
import { createBackup } from "./backup.js";

const NAME = /^rembug-(\d{4}-\d{2}-\d{2})\.tar$/;

export interface DailyBackupOptions {
  dataDir: string;
  backupDir: string;
  keepDays: number;
  timeZone: string;
  log: Logger;
  now?: () => number;
  /** How often it looks whether today's backup exists (default hourly). */
  checkEveryMs?: number;
}

export class DailyBackup {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly o: DailyBackupOptions) {}

  start(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.o.checkEveryMs ?? 3_600_000);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Make today's backup if it is missing, then apply the retention. Returns the file written, if any. */
  async runOnce(): Promise<string | undefined> {
    const now = this.o.now?.() ?? Date.now();
    const today = DateTime.fromMillis(now, { zone: this.o.timeZone });
    const file = path.join(this.o.backupDir, `rembug-${today.toISODate()}.tar`);
    let written: string | undefined;
    if (!existsSync(file)) {
      const r = await createBackup({ dataDir: this.o.dataDir, out: file, now: () => now });
      this.o.log.info({ file: r.file, bytes: r.bytes }, "daily backup written");
      written = r.file;
    }
    const oldest = today.startOf("day").minus({ days: this.o.keepDays });
    for (const name of readdirSync(this.o.backupDir)) {
      const m = NAME.exec(name);
      if (!m) continue;
      const day = DateTime.fromISO(m[1]!, { zone: this.o.timeZone });
      if (day.isValid && day < oldest) {
        rmSync(path.join(this.o.backupDir, name), { force: true });
        this.o.log.info({ file: name }, "old daily backup deleted");
      }
    }
    return written;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runOnce()
      .then(() => undefined)
      .catch((err: unknown) => this.o.log.error({ err: (err as Error).message }, "daily backup failed; tried again within the hour"))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
