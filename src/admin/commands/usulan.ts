/**
 * Admin command `usulan`: the Musrenbang outcome from a file.
 * `npm run admin -- usulan import hasil.csv` (or .xlsx; columns ticket, status, reason, channel): every row is
 * checked first, then all are applied or none; problems are listed by line.
 */
import { existsSync } from "node:fs";
import type { AdminCommand } from "../command.js";
import { importRows, readImportFile } from "../../followup/import-rows.js";

export const USULAN_USAGE = "usage: npm run admin -- usulan import FILE.csv|FILE.xlsx   (columns: ticket, status, reason, channel)";

export const usulanCommand: AdminCommand = {
  name: "usulan",
  summary: "apply the Musrenbang outcome from a CSV/XLSX file (all rows or none)",
  async run(ctx) {
    const lang = ctx.config.DEFAULT_LANG;
    const [sub, file] = ctx.args;
    if (sub !== "import" || !file) {
      ctx.out(USULAN_USAGE);
      return 2;
    }
    if (!existsSync(file)) {
      ctx.out(ctx.t(lang, "usulan-import-no-file", { file }));
      return 2;
    }
    const rows = await readImportFile(file);
    if (!Array.isArray(rows)) {
      ctx.out(ctx.t(lang, "usulan-import-no-column", { column: rows.missing }));
      return 2;
    }
    const now = Date.now();
    const r = importRows(
      { store: ctx.store, t: ctx.t, actor: "admin-cli:usulan-import", mayForce: false, now, delayDays: ctx.config.FOLLOWUP_DELAY_DAYS },
      rows,
      lang,
    );
    if (!r.ok) {
      ctx.out(ctx.t(lang, "usulan-import-none-applied", { count: r.errors.length }));
      for (const e of r.errors) ctx.out(ctx.t(lang, "usulan-import-line", { line: e.line, error: e.message }));
      return 1;
    }
    ctx.out(ctx.t(lang, "usulan-import-applied", { count: r.moved, notified: r.notified }));
    return 0;
  },
};
