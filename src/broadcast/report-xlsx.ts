/**
 * The delivery report as XLSX (`npm run admin -- siaran laporan <id> --format xlsx`): one row per RW with the five
 * delivery counts (and the RSVP tallies of an undangan), a total row, and the inclusion counts among those
 * attending. The numbers are broadcastReport's, the same as the chat report. exceljs is loaded on first use.
 */
import type ExcelJSModule from "exceljs";
import type { TArgs } from "../i18n/fluent.js";
import { DELIVERY_STATUSES, type DeliveryReport, type RsvpCounts, type StatusCounts } from "./report.js";
import { broadcastTitle } from "./report-text.js";

type T = (key: string, args?: TArgs) => string;

let excel: Promise<typeof ExcelJSModule> | undefined;
function loadExcel(): Promise<typeof ExcelJSModule> {
  excel ??= import("exceljs").then((m) => (m as { default?: typeof ExcelJSModule }).default ?? (m as unknown as typeof ExcelJSModule));
  return excel;
}

const RSVP_KEYS = ["hadir", "tidak", "mungkin", "none"] as const;

export async function writeReportXlsx(file: string, r: DeliveryReport, t: T): Promise<void> {
  const ExcelJS = await loadExcel();
  const undangan = r.broadcast.kind === "undangan";
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t("laporan-sheet").slice(0, 31), { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.addRow([t("laporan-head", { title: broadcastTitle(t, r.broadcast) })]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const header = [
    t("laporan-col-rw"),
    t("laporan-col-total"),
    ...DELIVERY_STATUSES.map((s) => t(`laporan-col-${s}`)),
    ...(undangan ? RSVP_KEYS.map((k) => t(`laporan-col-rsvp-${k}`)) : []),
  ];
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  ws.columns = header.map((_h, i) => ({ width: i === 0 ? 12 : 13 }));
  const cells = (total: number, s: StatusCounts, v: RsvpCounts) => [total, ...DELIVERY_STATUSES.map((k) => s[k]), ...(undangan ? RSVP_KEYS.map((k) => v[k]) : [])];
  for (const l of r.byRw) {
    // The RW as text, as written on paper ("03"), not the number 3.
    const row = ws.addRow([l.rw === null ? t("laporan-rw-none") : String(l.rw).padStart(2, "0"), ...cells(l.total, l.status, l.rsvp)]);
    row.getCell(1).alignment = { horizontal: "center" };
  }
  const total = ws.addRow([t("laporan-col-sum"), ...cells(r.total, r.byStatus, r.rsvp)]);
  total.font = { bold: true };
  if (undangan && r.inclusion) {
    ws.addRow([]);
    ws.addRow([t("laporan-inclusion-head")]).font = { bold: true };
    for (const k of ["perempuan", "pemuda", "lansia", "disabilitas", "answered", "unanswered"] as const) {
      ws.addRow([t(`laporan-inc-${k}`), r.inclusion[k]]);
    }
  }
  await wb.xlsx.writeFile(file);
}
