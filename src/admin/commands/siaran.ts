/**
 * Admin command `siaran`: the LPMK broadcasts, one broadcast's delivery report (per RW, with the RSVP tally and the
 * inclusion counts of an undangan) as text or XLSX, or an undangan's daftar hadir as PDF or XLSX, in the default
 * language. The numbers are broadcastReport's, the same as the chat's /laporan.
 * `npm run admin -- siaran [id]`
 * `npm run admin -- siaran laporan <id> [--format text|xlsx] [--out FILE]`
 * `npm run admin -- siaran hadir <id> [--format pdf|xlsx] [--out FILE]`
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ATTENDANCE_FORMATS, attendanceFileName, attendanceSheet, writeAttendance, type AttendanceFormat } from "../../broadcast/attendance.js";
import { BroadcastRepo } from "../../broadcast/broadcast-repo.js";
import { langT } from "../../broadcast/render.js";
import { broadcastTitle, formatReport } from "../../broadcast/report-text.js";
import { writeReportXlsx } from "../../broadcast/report-xlsx.js";
import type { AdminCommand, AdminContext } from "../command.js";

export const SIARAN_USAGE = [
  "usage: npm run admin -- siaran [id]",
  "       npm run admin -- siaran laporan <id> [--format text|xlsx] [--out FILE]",
  "       npm run admin -- siaran hadir <id> [--format pdf|xlsx] [--out FILE]",
].join("\n");

/** npm runs scripts in the package root; INIT_CWD is where the command was typed. */
const outPath = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function fileCommand(ctx: AdminContext, what: "laporan" | "hadir", rest: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: "string" }, out: { type: "string" } } });
  } catch (err) {
    ctx.out(`${(err as Error).message}\n${SIARAN_USAGE}`);
    return 2;
  }
  const [idArg, ...extra] = parsed.positionals;
  if (!idArg || extra.length || !/^\d+$/.test(idArg)) {
    ctx.out(SIARAN_USAGE);
    return 2;
  }
  const id = Number(idArg);
  const lang = ctx.config.DEFAULT_LANG;
  const t = langT(ctx.t, lang);
  const repo = new BroadcastRepo(ctx.store);
  if (!repo.get(id)) {
    ctx.out(t("siaran-not-found", { id: idArg }));
    return 1;
  }
  // The outcome of each send is read back from the outbound rows before reporting.
  repo.syncStatuses(id);
  if (what === "laporan") {
    const format = parsed.values.format ?? "text";
    if (format !== "text" && format !== "xlsx") {
      ctx.out(`unknown --format "${format}" (use text or xlsx)\n${SIARAN_USAGE}`);
      return 2;
    }
    const report = repo.report(id)!;
    if (format === "text") {
      for (const line of formatReport(t, report).split("\n")) ctx.out(line);
      return 0;
    }
    const file = outPath(parsed.values.out ?? `laporan-siaran-${id}.xlsx`);
    await writeReportXlsx(file, report, t);
    ctx.out(`${report.total} recipients, ${report.byRw.length} RW rows -> ${file}`);
    return 0;
  }
  const format = (parsed.values.format ?? "pdf") as AttendanceFormat;
  if (!ATTENDANCE_FORMATS.includes(format)) {
    ctx.out(`unknown --format "${format}" (use pdf or xlsx)\n${SIARAN_USAGE}`);
    return 2;
  }
  const made = attendanceSheet(ctx.store.db, id, { t: ctx.t, lang, kelurahan: ctx.config.KELURAHAN_NAME, zone: ctx.config.TZ_KELURAHAN, now: Date.now() });
  if (!made.ok) {
    ctx.out(t("laporan-not-undangan", { id: idArg }));
    return 1;
  }
  const file = outPath(parsed.values.out ?? attendanceFileName(id, format));
  await writeAttendance(file, format, made.sheet);
  ctx.out(`${made.sheet.rows.length} residents (Hadir or Mungkin) + ${made.sheet.blankRows} blank rows -> ${file}`);
  return 0;
}

export const siaranCommand: AdminCommand = {
  name: "siaran",
  summary: "list the LPMK broadcasts, show a delivery report (text or xlsx), or write an undangan's daftar hadir (pdf or xlsx)",
  async run(ctx) {
    const [arg, ...rest] = ctx.args;
    if (arg === "laporan" || arg === "hadir") return fileCommand(ctx, arg, rest);
    if (rest.length || (arg !== undefined && !/^\d+$/.test(arg))) {
      ctx.out(SIARAN_USAGE);
      return 2;
    }
    const repo = new BroadcastRepo(ctx.store);
    const t = langT(ctx.t, ctx.config.DEFAULT_LANG);
    if (arg === undefined) {
      const list = repo.list(50);
      if (!list.length) ctx.out(t("siaran-none"));
      for (const b of list) {
        repo.syncStatuses(b.id);
        const r = repo.report(b.id)!;
        ctx.out(`${broadcastTitle(t, b)} — ${t("siaran-list-counts", { sent: r.byStatus.sent, total: r.total })}`);
      }
      return 0;
    }
    return fileCommand(ctx, "laporan", [arg]);
  },
};
