/**
 * Admin command `rekap`: the recap as chat text, or the Daftar Panjang Usulan as CSV / XLSX / Markdown.
 * `npm run admin -- rekap [--rw 3] [--format csv|xlsx|md --out FILE] [--delimiter ";"]`
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { toCsv, toMarkdown, writeLongList } from "../../aggregator/export-files.js";
import { EXPORT_FORMATS, type ExportFormat } from "../../aggregator/export-format.js";
import { buildLongList } from "../../aggregator/long-list.js";
import { buildRecap } from "../../aggregator/recap.js";
import { formatRecap } from "../../aggregator/recap-text.js";
import type { Wilayah } from "../../core/domain.js";
import { loadWilayahFile } from "../../core/wilayah.js";
import type { AdminCommand } from "../command.js";
import { padArea } from "../../../flows/area.js";

export const REKAP_USAGE = `usage: npm run admin -- rekap [--rw N] [--format csv|xlsx|md] [--out FILE] [--delimiter ";"]`;

export const rekapCommand: AdminCommand = {
  name: "rekap",
  summary: "recap per RW, or the Daftar Panjang Usulan as csv/xlsx/md",
  async run(ctx) {
    const lang = ctx.config.DEFAULT_LANG;
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
    let wilayah: Wilayah;
    try {
      wilayah = loadWilayahFile(ctx.config.wilayahFile);
    } catch (err) {
      ctx.out((err as Error).message);
      return 1;
    }
    let rw: number | undefined;
    if (values.rw !== undefined) {
      rw = Number(values.rw);
      if (!Number.isInteger(rw) || rw <= 0) {
        ctx.out(`--rw must be a positive whole number, got "${values.rw}"\n${REKAP_USAGE}`);
        return 2;
      }
      // The same refusal as /rekap in chat: an RW the kelurahan does not have.
      if (!wilayah.has(rw)) {
        ctx.out(ctx.t(lang, "rekap-unknown-rw", { rw: padArea(rw) }));
        return 2;
      }
    }
    if (values.format === undefined) {
      if (values.out !== undefined) {
        ctx.out(`--out needs --format\n${REKAP_USAGE}`);
        return 2;
      }
      for (const line of formatRecap(buildRecap(ctx.store.db, { rw }), ctx.t, lang).split("\n")) ctx.out(line);
      return 0;
    }
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      ctx.out(`unknown --format "${values.format}" (use csv, xlsx or md)\n${REKAP_USAGE}`);
      return 2;
    }
    const lists = buildLongList(ctx.store.db, rw === undefined ? { rws: wilayah.rws } : { rw });
    const opts = { t: ctx.t, kelurahan: ctx.config.KELURAHAN_NAME, delimiter: values.delimiter };
    if (values.out === undefined) {
      if (format === "xlsx") {
        ctx.out(`--format xlsx needs --out FILE\n${REKAP_USAGE}`);
        return 2;
      }
      ctx.out(format === "csv" ? toCsv(lists, opts) : toMarkdown(lists, opts));
      return 0;
    }
    // npm runs scripts in the package root; INIT_CWD is where the command was typed.
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
    await writeLongList(file, format, lists, opts);
    const rows = lists.reduce((n, l) => n + l.rows.length, 0);
    ctx.log.info({ file, format, rws: lists.length, rows }, "daftar panjang usulan written");
    ctx.out(ctx.t(lang, "rekap-admin-written", { file, rws: lists.length, rows }));
    return 0;
  },
};
