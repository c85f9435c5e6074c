/**
 * The daftar hadir (attendance list) of an undangan, for signatures at the meeting: the residents who answered
 * Hadir or Mungkin (name, RT/RW, their answer, an empty signature cell), then blank rows for walk-ins. Titled with
 * the meeting, its date and its place. Written as PDF (pdfkit, DejaVu Sans as the berita acara) or XLSX (exceljs,
 * loaded on first use). The texts come translated; this file only lays them out.
 */
import type ExcelJSModule from "exceljs";
import { padArea } from "../core/area-number.js";
import { DEJAVU_DIR, openPdf } from "../core/pdf-document.js";
import type { Lang } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import type { Db } from "../store/db.js";
import { broadcastById } from "./broadcast-repo.js";
import { langT, whenText } from "./render.js";

export const ATTENDANCE_FORMATS = ["pdf", "xlsx"] as const;
export type AttendanceFormat = (typeof ATTENDANCE_FORMATS)[number];
export const ATTENDANCE_MIME: Record<AttendanceFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface AttendanceRow {
  name: string;
  /** "03/05" (RT/RW); "" for a blank row. */
  area: string;
  answer: string;
}

export interface AttendanceSheet {
  heading: string;
  /** Kelurahan, meeting, day and date, place: one line each. */
  facts: string[];
  columns: { no: string; name: string; area: string; answer: string; sign: string };
  rows: AttendanceRow[];
  /** Blank rows after the answers, for those who come without having answered. */
  blankRows: number;
  footer: string;
  sheetName: string;
}

/** At least this many blank rows; the PDF also fills its last page with them. */
export const MIN_BLANK_ROWS = 10;

export type AttendanceResult = { ok: true; sheet: AttendanceSheet; title: string } | { ok: false; error: "not-found" | "not-undangan" };

/** The attendance list of broadcast `id` in `lang` (undefined sheet when it is not an undangan). */
export function attendanceSheet(db: Db, id: number, o: { t: Translate; lang: Lang; kelurahan: string; zone: string; now: number }): AttendanceResult {
  const b = broadcastById(db, id);
  if (!b) return { ok: false, error: "not-found" };
  if (b.content.kind !== "undangan") return { ok: false, error: "not-undangan" };
  const t = langT(o.t, o.lang);
  const people = db
    .prepare(
      `SELECT r.name, COALESCE(r.rt, br.rt) AS rt, COALESCE(r.rw, br.rw) AS rw, br.rsvp
         FROM broadcast_recipients br JOIN residents r ON r.id = br.resident_id
        WHERE br.broadcast_id = ? AND br.rsvp IN ('hadir', 'mungkin') AND r.deleted_at IS NULL
        ORDER BY COALESCE(r.rw, br.rw), COALESCE(r.rt, br.rt), r.name COLLATE NOCASE, r.id`,
    )
    .all(id) as Array<{ name: string | null; rt: number | null; rw: number | null; rsvp: "hadir" | "mungkin" }>;
  const rows = people.map((p) => ({
    name: p.name ?? "",
    area: p.rt !== null && p.rw !== null ? t("hadir-area", { rt: padArea(p.rt), rw: padArea(p.rw) }) : "",
    answer: t(`hadir-answer-${p.rsvp}`),
  }));
  const at = whenText(t, o.now, o.zone, o.lang);
  return {
    ok: true,
    title: b.content.title,
    sheet: {
      heading: t("hadir-heading"),
      facts: [
        t("hadir-kelurahan", { kelurahan: o.kelurahan }),
        t("hadir-meeting", { title: b.content.title }),
        t("hadir-when", { when: whenText(t, b.content.at, o.zone, o.lang) }),
        t("hadir-place", { place: b.content.place }),
      ],
      columns: { no: t("hadir-col-no"), name: t("hadir-col-name"), area: t("hadir-col-area"), answer: t("hadir-col-answer"), sign: t("hadir-col-sign") },
      rows,
      blankRows: Math.max(MIN_BLANK_ROWS, Math.ceil(rows.length / 4)),
      footer: t("hadir-footer", { id: String(id), count: rows.length, at }),
      sheetName: t("hadir-sheet"),
    },
  };
}

const MARGIN = 40;
/** No, name, RT/RW, answer, signature: A4 portrait, 515 pt inside the margins. */
const WIDTHS = [30, 180, 55, 70, 180] as const;
/** Tall enough to sign in. */
const ROW_HEIGHT = 26;

export async function writeAttendancePdf(file: string, s: AttendanceSheet, fontsDir = DEJAVU_DIR): Promise<void> {
  const { doc, done } = openPdf(file, { size: "A4", margin: MARGIN, info: { Title: `${s.heading} ${s.facts[1] ?? ""}`.trim() } }, fontsDir);
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  // Room for the footer (up to two lines) under the table on every page.
  const bottom = () => doc.page.height - MARGIN - 24;

  doc.font("bold").fontSize(14).text(s.heading, { align: "center" });
  doc.moveDown(0.5);
  doc.font("body").fontSize(10);
  for (const f of s.facts) doc.text(f, { width });
  doc.moveDown(0.8);

  const drawRow = (cells: string[], font: string, shade: boolean): void => {
    const y = doc.y;
    let x = left;
    if (shade) doc.rect(left, y, width, ROW_HEIGHT).fill("#eeeeee").fillColor("black");
    doc.font(font).fontSize(9);
    cells.forEach((cell, i) => {
      const w = WIDTHS[i]!;
      doc.rect(x, y, w, ROW_HEIGHT).lineWidth(0.5).stroke();
      // One line per cell, vertically centred; a long name is cut rather than overflowing into the next row.
      if (cell) doc.text(cell, x + 4, y + (ROW_HEIGHT - 11) / 2, { width: w - 8, height: 12, lineBreak: false, ellipsis: true });
      x += w;
    });
    doc.x = left;
    doc.y = y + ROW_HEIGHT;
  };
  const header = [s.columns.no, s.columns.name, s.columns.area, s.columns.answer, s.columns.sign];
  const footer = () => {
    // Written inside the bottom margin: without lifting it, pdfkit would start a new page for the footer.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("body").fontSize(7).fillColor("#444444").text(s.footer, left, doc.page.height - MARGIN - 16, { width, align: "center" });
    doc.fillColor("black");
    doc.page.margins.bottom = margin;
  };
  const newPage = () => {
    footer();
    doc.addPage();
    drawRow(header, "bold", true);
  };
  drawRow(header, "bold", true);
  let no = 0;
  for (const r of s.rows) {
    if (doc.y + ROW_HEIGHT > bottom()) newPage();
    drawRow([String(++no), r.name, r.area, r.answer, ""], "body", false);
  }
  // Blank rows: at least the minimum, then to the end of that page.
  for (let i = 0; i < s.blankRows || doc.y + ROW_HEIGHT <= bottom(); i++) {
    if (doc.y + ROW_HEIGHT > bottom()) newPage();
    drawRow([String(++no), "", "", "", ""], "body", false);
  }
  footer();
  doc.end();
  await done;
}

let excel: Promise<typeof ExcelJSModule> | undefined;
/** exceljs, loaded on first use (as the recap export does). */
function loadExcel(): Promise<typeof ExcelJSModule> {
  excel ??= import("exceljs").then((m) => (m as { default?: typeof ExcelJSModule }).default ?? (m as unknown as typeof ExcelJSModule));
  return excel;
}

export async function writeAttendanceXlsx(file: string, s: AttendanceSheet): Promise<void> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.sheetName.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  ws.columns = [{ width: 6 }, { width: 34 }, { width: 9 }, { width: 11 }, { width: 30 }];
  ws.addRow([s.heading]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, 5);
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  for (const f of s.facts) ws.addRow([f]);
  ws.addRow([]);
  const head = ws.addRow([s.columns.no, s.columns.name, s.columns.area, s.columns.answer, s.columns.sign]);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } }));
  const headerRow = head.number;
  const border = { style: "thin" as const };
  const boxed = (row: ExcelJSModule.Row) => {
    row.height = 26;
    for (let c = 1; c <= 5; c++) {
      const cell = row.getCell(c);
      cell.border = { top: border, left: border, bottom: border, right: border };
      cell.alignment = { vertical: "middle", ...(c === 1 || c === 3 ? { horizontal: "center" as const } : {}) };
    }
  };
  boxed(head);
  let no = 0;
  for (const r of s.rows) {
    const row = ws.addRow([++no, r.name, r.area, r.answer, ""]);
    // RT/RW stays text: "03/05" is not a date or a fraction.
    row.getCell(3).numFmt = "@";
    boxed(row);
  }
  for (let i = 0; i < s.blankRows; i++) boxed(ws.addRow([++no, "", "", "", ""]));
  ws.addRow([]);
  ws.addRow([s.footer]).font = { italic: true, size: 8 };
  // The column headers repeat on every printed page.
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  await wb.xlsx.writeFile(file);
}

export async function writeAttendance(file: string, format: AttendanceFormat, s: AttendanceSheet, fontsDir?: string): Promise<void> {
  if (format === "pdf") await writeAttendancePdf(file, s, fontsDir);
  else await writeAttendanceXlsx(file, s);
}

/** `daftar-hadir-undangan-12.pdf`. */
export function attendanceFileName(id: number, format: AttendanceFormat): string {
  return `daftar-hadir-undangan-${id}.${format}`;
}
