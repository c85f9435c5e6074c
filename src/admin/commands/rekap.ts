/**
 * Admin command `rekap`: the recap as chat text, or the Daftar Panjang Usulan as CSV / XLSX / Markdown.
 * `npm run admin -- rekap [--rw 3] [--format csv|xlsx|md --out FILE] [--delimiter ";"]`
 */
import { parseArgs } from "node:util";
import { EXPORT_FORMATS, toCsv, toMarkdown, writeLongList, type ExportFormat } from "../../aggregator/export-files.js";
import { buildLongList } from "../../aggregator/long-list.js";
import { buildRecap } from "../../aggregator/recap.js";
import { formatRecap } from "../../aggregator/recap-text.js";
import type { AdminCommand } from "../command.js";

export const REKAP_USAGE = `usage: npm run admin -- rekap [--rw N] [--format csv|xlsx|md] [--out FILE] [--delimiter ";"]`;

export const rekapCommand: AdminCommand = {
  name: "rekap",
  summary: "recap per RW, or the Daftar Panjang Usulan as csv/xlsx/md",
  async run(ctx) {
    let values: { rw?: string; format?: string; out?: string; delimiter?: string };
    try {
      ({ values } = parseArgs({
        args: ctx.args,
        options: { rw: { type: "string" }, format: { type: "string" }, out: { type: "string" }, delimiter: { type: "string" } },
      }));
    } catch (err) {
      ctx.out(`${(err as Error).message}\n${REKAP_USAGE}`);
      return 2;
    }
    let rw: number | undefined;
    if (values.rw !== undefined) {
      rw = Number(values.rw);
      if (!Number.isInteger(rw) || rw <= 0) {
        ctx.out(`--rw must be a positive whole number, got "${values.rw}"\n${REKAP_USAGE}`);
        return 2;
      }
    }
    if (values.format === undefined) {
      if (values.out !== undefined) {
        ctx.out(`--out needs --format\n${REKAP_USAGE}`);
        return 2;
      }
      for (const line of formatRecap(buildRecap(ctx.store.db, { rw }), ctx.t, ctx.config.DEFAULT_LANG).split("\n")) ctx.out(line);
      return 0;
    }
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      ctx.out(`unknown --format "${values.format}" (use csv, xlsx or md)\n${REKAP_USAGE}`);
      return 2;
    }
    const lists = buildLongList(ctx.store.db, { rw });
    const opts = { t: ctx.t, kelurahan: ctx.config.KELURAHAN_NAME, delimiter: values.delimiter };
    if (values.out === undefined) {
      if (format === "xlsx") {
        ctx.out(`--format xlsx needs --out FILE\n${REKAP_USAGE}`);
        return 2;
      }
      ctx.out(format === "csv" ? toCsv(lists, opts) : toMarkdown(lists, opts));
      return 0;
    }
    await writeLongList(values.out, format, lists, opts);
    const rows = lists.reduce((n, l) => n + l.rows.length, 0);
    ctx.log.info({ file: values.out, format, rws: lists.length, rows }, "daftar panjang usulan written");
    return 0;
  },
};
