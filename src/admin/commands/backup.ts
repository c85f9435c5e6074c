/**
 * Admin command `backup`: an online backup of DATA_DIR (database, address.key, photos) into one tar file, safe while
 * the bot runs. `npm run admin -- backup [--out FILE]` (default: BACKUP_DIR or the current directory).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, createBackup } from "../../ops/backup.js";
import type { StorelessAdminCommand } from "../command.js";

export const BACKUP_USAGE = "usage: npm run admin -- backup [--out FILE]";

export const backupCommand: StorelessAdminCommand = {
  name: "backup",
  summary: "online backup of the database, address.key and photos into one tar file (safe while the bot runs)",
  withoutStore: true,
  async run(ctx) {
    let out: string | undefined;
    try {
      ({ values: { out } } = parseArgs({ args: ctx.args, options: { out: { type: "string" } } }));
    } catch (err) {
      ctx.out(`${(err as Error).message}\n${BACKUP_USAGE}`);
      return 2;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = path.resolve(out ?? path.join(ctx.config.backupDir ?? ".", `rembug-backup-${stamp}.tar`));
    const lang = ctx.config.DEFAULT_LANG;
    try {
      const r = await createBackup({ dataDir: ctx.config.dataDir, out: file });
      ctx.out(ctx.t(lang, "backup-done", { file: r.file, bytes: r.bytes, photos: r.manifest.photos ? "yes" : "no" }));
      return 0;
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      ctx.out(ctx.t(lang, "backup-failed", { reason: err.message }));
      return 1;
    }
  },
};
