/**
 * Writes the Daftar Panjang Usulan as CSV (UTF-8 BOM), XLSX (one printable sheet per RW) or Markdown.
 * exceljs is loaded only when an XLSX is made: it costs start-up time that a bot that never exports should not pay.
 */
import { writeFileSync } from "node:fs";
import type ExcelJSModule from "exceljs";
import type { Translate } from "../i18n/fluent.js";
import type { LongList, LongListRow } from "./long-list.js";
import { locationLabel, locationLines } from "./map-link.js";
import { musrenbangYear } from "./planning-cycle.js";
import { padArea } from "../core/area-number.js";
import type { ExportFormat } from "./export-format.js";
import { formatRupiah } from "../engine/steps/amount.js";

export { EXPORT_FORMATS, EXPORT_MIME, type ExportFormat } from "./export-format.js";

type Tr = (k: string, args?: Parameters<Translate>[2]) => string;

interface Column {
  key: string;
  /** Width in the XLSX sheet (characters). */
  width: number;
  /** Written as text: a spreadsheet must keep its leading zero ("02"). */
  text?: boolean;
  align?: "left" | "center" | "right";
  value(r: LongListRow, t: Tr): string | number;
  /** The value in the printable XLSX sheet, when it differs. */
  sheetValue?(r: LongListRow, t: Tr): string | number;
}

/** Column order, locale key of the header, width in the XLSX sheet (A4 landscape, fitted to the page width). */
const COLUMNS: readonly Column[] = [
  {
    key: "rekap-col-no",
    width: 9,
    align: "center",
    value: (r, t) => (r.rwRank !== undefined ? String(r.rwRank) : r.rtRank ? t("rekap-no-rt", { rt: padArea(r.rtRank.rt), rank: r.rtRank.rank }) : r.no),
  },
  { key: "rekap-col-usulan", width: 40, value: (r) => r.usulan },
  {
    key: "rekap-col-lokasi",
    width: 30,
    value: (r, t) => locationLabel((_l, k, a) => t(k, a), "id", { text: r.lokasi, lat: r.lat, lon: r.lon }),
    sheetValue: (r, t) => locationLines((_l, k, a) => t(k, a), "id", { text: r.lokasi, lat: r.lat, lon: r.lon }).join("\n"),
  },
  { key: "rekap-col-rt", width: 7, text: true, align: "center", value: (r) => r.rts.map(padArea).join(", ") },
  { key: "rekap-col-rw", width: 6, text: true, align: "center", value: (r) => padArea(r.rw) },
  { key: "rekap-col-kategori", width: 17, value: (r, t) => t(`category-${r.category}`) },
  { key: "rekap-col-bidang", width: 12, value: (r, t) => t(`tridaya-${r.tridaya}`) },
  { key: "rekap-col-pendukung", width: 11, align: "center", value: (r) => r.pendukung },
  { key: "rekap-col-sumber-dana", width: 12, value: (r, t) => (r.funding ? t(`siklus-funding-${r.funding}`) : r.sumberDana) },
  { key: "rekap-col-volume", width: 9, value: (r) => r.volume },
  { key: "rekap-col-satuan", width: 9, value: (r) => r.satuan },
  { key: "rekap-col-biaya", width: 16, align: "right", value: (r) => (r.cost !== null ? formatRupiah(r.cost) : r.biaya) },
  { key: "rekap-col-swadaya", width: 13, value: (r) => r.swadaya },
  { key: "rekap-col-asal", width: 13, value: (r, t) => t(`rekap-asal-${r.asal}`) },
  { key: "rekap-col-tiket", width: 19, value: (r) => r.tiket },
];

export interface ExportOptions {
  /** Translate; headers and labels are Indonesian (the forms the kelurahan uses). */
  t: Translate;
  kelurahan: string;
  /** CSV field separator (default ","; Excel with Indonesian regional settings expects ";"). */
  delimiter?: string;
  /** When the file is made: the date in the title rows and the file's own creation date (default now). */
  now?: number;
  /** The year of the Musrenbang Kelurahan (default from `now`: see musrenbangYear). */
  planningYear?: number;
}

const id = (t: Translate): Tr => (k, args) => t("id", k, args);

/** Header labels and cell values, one array per row, every RW in order. */
export function longListTable(lists: LongList[], t: Translate): { header: string[]; rows: Array<Array<string | number>> } {
  const tr = id(t);
  return {
    header: COLUMNS.map((c) => tr(c.key)),
    rows: lists.flatMap((l) => l.rows.map((r) => COLUMNS.map((c) => c.value(r, tr)))),
  };
}

/** The title lines above each RW's table: the form's name with RW and kelurahan, the cycle, the date. */
function titleLines(l: LongList, o: ExportOptions, at: number): string[] {
  const tr = id(o.t);
  return [
    tr("rekap-doc-title", { rw: padArea(l.rw), kelurahan: o.kelurahan }),
    tr("rekap-doc-cycle", { year: String(musrenbangYear(at, o.planningYear)) }),
    tr("rekap-doc-created", { date: new Date(at) }),
  ];
}

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function defuse(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csvQuote(s: string, delimiter: string): string {
  return s.includes(delimiter) || /["\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvField(v: string | number, delimiter: string, asText: boolean): string {
  if (typeof v === "number") return String(v);
  // ="02" is how a CSV tells Excel "text": opened directly, Excel would read 02 as the number 2.
  if (asText && /^\d+$/.test(v)) return csvQuote(`="${v}"`, delimiter);
  return csvQuote(defuse(v), delimiter);
}

/** One table over every RW (RWs without usulan have no rows), for spreadsheets and other programs. */
export function toCsv(lists: LongList[], o: ExportOptions): string {
  const d = o.delimiter ?? ",";
  const { header, rows } = longListTable(lists, o.t);
  const lines = [header.map((h) => csvQuote(h, d)).join(d), ...rows.map((row) => row.map((v, i) => csvField(v, d, COLUMNS[i]!.text === true)).join(d))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function mdCell(v: string | number): string {
  return String(v).replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** A titled table per RW; an RW without usulan says so. */
export function toMarkdown(lists: LongList[], o: ExportOptions): string {
  const at = o.now ?? Date.now();
  const out: string[] = [];
  for (const l of lists) {
    const { header, rows } = longListTable([l], o.t);
    const [title, ...sub] = titleLines(l, o, at);
    out.push(`# ${title}`, "", sub.join("  \n"), "");
    if (!rows.length) out.push(id(o.t)("rekap-doc-empty"));
    else {
      out.push(`| ${header.map(mdCell).join(" | ")} |`, `|${header.map(() => "---").join("|")}|`);
      for (const r of rows) out.push(`| ${r.map(mdCell).join(" | ")} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

let excel: Promise<typeof ExcelJSModule> | undefined;
/** exceljs, loaded on first use. */
function loadExcel(): Promise<typeof ExcelJSModule> {
  excel ??= import("exceljs").then((m) => (m as { default?: typeof ExcelJSModule }).default ?? (m as unknown as typeof ExcelJSModule));
  return excel;
}

/**
 * Lines a text takes when wrapped in a column `width` characters wide: greedy by words, a long word (a map link)
 * breaks after / ? & # = - as spreadsheets do, with one spare line for it. Spreadsheets do not grow a row for
 * wrapped text written by a program, so the writer sets each row's height from this estimate.
 */
export function wrappedLines(text: string, width: number): number {
  const max = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const para of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const pieces = [...word].length > max ? (word.match(/[^/?&#=-]*[/?&#=-]*/g) ?? [word]).filter(Boolean) : [word];
      if (pieces.length > 1) lines++;
      pieces.forEach((piece, i) => {
        const len = [...piece].length;
        const gap = i === 0 && line > 0 ? 1 : 0;
        if (line + gap + len <= max) line += gap + len;
        else {
          if (line > 0) lines++;
          lines += Math.ceil(len / max) - 1;
          line = len % max || max;
        }
      });
    }
  }
  return lines;
}

/** Points per line of 11 pt text, plus padding. */
const LINE_PT = 14.5;
function rowHeight(values: Array<string | number>): number {
  const lines = Math.max(1, ...values.map((v, i) => wrappedLines(String(v), COLUMNS[i]?.width ?? 10)));
  return lines * LINE_PT + 3;
}

const FONT = { name: "Calibri", size: 11 };
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A workbook with one sheet per RW, each printable as the form: title rows, A4 landscape fitted to the page width,
 * the header row repeated on every page, page numbers in the footer. An RW without usulan gets its sheet too.
 */
export async function toXlsx(lists: LongList[], o: ExportOptions): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const tr = id(o.t);
  const at = o.now ?? Date.now();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rembug";
  wb.created = new Date(at);
  wb.modified = new Date(at);
  const last = COLUMNS.length;
  for (const l of lists) {
    const titles = titleLines(l, o, at);
    const headerRow = titles.length + 2;
    const ws = wb.addWorksheet(o.t("id", "rekap-sheet-name", { rw: padArea(l.rw) }), {
      views: [{ state: "frozen", ySplit: headerRow }],
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        // Each RW is its own form: its pages count from 1.
        firstPageNumber: 1,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: `${headerRow}:${headerRow}`,
      },
      headerFooter: { oddFooter: `&C${tr("rekap-print-footer", { rw: padArea(l.rw), page: "&P" })}` },
    });
    ws.columns = COLUMNS.map((c) => ({ width: c.width }));
    titles.forEach((text, i) => {
      const row = ws.getRow(i + 1);
      row.getCell(1).value = text;
      row.font = i === 0 ? { ...FONT, bold: true, size: 14 } : FONT;
      ws.mergeCells(i + 1, 1, i + 1, last);
    });
    const header = ws.getRow(headerRow);
    const labels = COLUMNS.map((c) => tr(c.key));
    header.values = labels;
    header.height = rowHeight(labels);
    header.font = { ...FONT, bold: true };
    header.eachCell((cell) => {
      cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    });
    if (!l.rows.length) {
      const r = headerRow + 1;
      ws.getRow(r).getCell(1).value = tr("rekap-doc-empty");
      ws.mergeCells(r, 1, r, last);
      ws.getRow(r).getCell(1).alignment = { horizontal: "center" };
      ws.getRow(r).getCell(1).border = BORDER;
    }
    for (const r of l.rows) {
      const values = COLUMNS.map((c) => (c.sheetValue ?? c.value)(r, tr));
      const row = ws.addRow(values);
      row.height = rowHeight(values);
      row.font = FONT;
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.alignment = { vertical: "top", wrapText: true, horizontal: COLUMNS[col - 1]?.align ?? "left" };
        cell.border = BORDER;
      });
    }
  }
  if (!lists.length) wb.addWorksheet("-");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Render and write one export file. */
export async function writeLongList(file: string, format: ExportFormat, lists: LongList[], o: ExportOptions): Promise<void> {
  if (format === "xlsx") writeFileSync(file, await toXlsx(lists, o));
  else writeFileSync(file, format === "csv" ? toCsv(lists, o) : toMarkdown(lists, o), "utf8");
}
