/**
 * Admin command `restore`: put a backup made by `backup` back into DATA_DIR, after its integrity check, only while no
 * bot or worker runs on that DATA_DIR. The replaced files are kept in DATA_DIR/before-restore-<time>/.
 * `npm run admin -- restore FILE`
 */
import { parseArgs } from "node:util";
import { restoreBackup } from "../../ops/restore.js";
import type { StorelessAdminCommand } from "../command.js";

export const RESTORE_USAGE = "usage: npm run admin -- restore FILE";

export const restoreCommand: StorelessAdminCommand = {
  name: "restore",
  summary: "restore a backup file into the stopped DATA_DIR (integrity checked; the old files are kept aside)",
  withoutStore: true,
  async run(ctx) {
    let file: string | undefined;
    try {
      const { positionals } = parseArgs({ args: ctx.args, options: {}, allowPositionals: true });
      if (positionals.length !== 1) throw new Error("restore takes exactly one FILE");
      file = positionals[0];
    } catch (err) {
      ctx.out(`${(err as Error).message}\n${RESTORE_USAGE}`);
      return 2;
    }
    const lang = ctx.config.DEFAULT_LANG;
    const r = await restoreBackup({ file: file!, dataDir: ctx.config.dataDir });
    if (r.ok) {
      ctx.out(ctx.t(lang, "restore-done", { dataDir: ctx.config.dataDir, createdAt: r.manifest.createdAt }));
      if (r.movedAside) ctx.out(ctx.t(lang, "restore-moved-aside", { dir: r.movedAside }));
      return 0;
    }
    if (r.error === "running") ctx.out(ctx.t(lang, "restore-running", { pids: r.pids.join(", ") }));
    else ctx.out(ctx.t(lang, r.error === "damaged" ? "restore-damaged" : "restore-not-a-backup", { detail: r.detail }));
    return 1;
  },
};
