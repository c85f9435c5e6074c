/**
 * Admin command `usulan`: the Musrenbang outcome from a file.
 * `npm run admin -- usulan import hasil.csv` (or .xlsx; columns ticket, status, reason, channel): every row is
 * checked first, then all are applied or none; problems are listed by line.
 */
import { existsSync } from "node:fs";
import type { AdminCommand } from "../command.js";
import path from "node:path";
import { parseArgs } from "node:util";
import type { AdminContext } from "../command.js";
import { loadWilayahFile } from "../../core/wilayah.js";
import { cycleName, writeBeritaAcara, writeRejectedList } from "../../followup/exports.js";
import { followupRecap, formatFollowupRecap } from "../../followup/recap.js";
import { importRows, readImportFile } from "../../followup/import-rows.js";

export const USULAN_USAGE = [
  "usage: npm run admin -- usulan import FILE.csv|FILE.xlsx   (columns: ticket, status, reason, channel)",
  "       npm run admin -- usulan tidak-disepakati --out FILE.csv|FILE.xlsx [--include-rahasia]",
  "       npm run admin -- usulan berita-acara --out FILE.pdf",
  "       npm run admin -- usulan rekap",
].join("\n");

export const usulanCommand: AdminCommand = {
  name: "usulan",
  summary: "apply the Musrenbang outcome from a CSV/XLSX file (all rows or none)",
  async run(ctx) {
    const lang = ctx.config.DEFAULT_LANG;
    const [sub, file] = ctx.args;
    if (sub === "tidak-disepakati" || sub === "berita-acara" || sub === "rekap") return exportCommand(ctx, sub);
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

async function exportCommand(ctx: AdminContext, sub: "tidak-disepakati" | "berita-acara" | "rekap"): Promise<number> {
  const lang = ctx.config.DEFAULT_LANG;
  if (sub === "rekap") {
    for (const line of formatFollowupRecap(followupRecap(ctx.store.db), ctx.t, lang).split("\n")) ctx.out(line);
    return 0;
  }
  let values: { out?: string; "include-rahasia"?: boolean };
  try {
    ({ values } = parseArgs({ args: ctx.args.slice(1), options: { out: { type: "string" }, "include-rahasia": { type: "boolean" } } }));
  } catch (err) {
    ctx.out(`${(err as Error).message}\n${USULAN_USAGE}`);
    return 2;
  }
  if (!values.out) {
    ctx.out(`--out FILE is needed\n${USULAN_USAGE}`);
    return 2;
  }
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  const header = { kelurahan: ctx.config.KELURAHAN_NAME, cycle: cycleName(ctx.store.db), at: Date.now() };
  if (sub === "berita-acara") {
    if (!file.toLowerCase().endsWith(".pdf")) {
      ctx.out(`--out must end in .pdf\n${USULAN_USAGE}`);
      return 2;
    }
    const rws = loadWilayahFile(ctx.config.wilayahFile).rws;
    const r = await writeBeritaAcara(file, ctx.store.db, { t: ctx.t, lang, header, rws });
    ctx.store.audit.record("admin-cli", "usulan.export", "berita-acara", { agreed: r.agreed, rejected: r.rejected }, Date.now());
    ctx.out(ctx.t(lang, "usulan-export-written", { file, rows: r.agreed + r.rejected }));
    return 0;
  }
  const format = file.toLowerCase().endsWith(".xlsx") ? "xlsx" : file.toLowerCase().endsWith(".csv") ? "csv" : undefined;
  if (!format) {
    ctx.out(`--out must end in .csv or .xlsx\n${USULAN_USAGE}`);
    return 2;
  }
  const includeRahasia = values["include-rahasia"] === true;
  const r = await writeRejectedList(file, format, ctx.store.db, { t: ctx.t, lang, header, includeRahasia });
  // Asking for the rahasia sheet is itself recorded.
  ctx.store.audit.record("admin-cli", "usulan.export", "tidak-disepakati", { format, includeRahasia, rows: r.rows, rahasia: r.rahasia }, Date.now());
  ctx.out(ctx.t(lang, "usulan-export-written", { file, rows: r.rows + r.rahasia }));
  return 0;
}
