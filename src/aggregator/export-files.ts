/** Writes the Daftar Panjang Usulan as CSV (UTF-8 BOM), XLSX (exceljs, one sheet per RW) or Markdown. */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Translate } from "../i18n/fluent.js";
import type { LongList, LongListRow } from "./long-list.js";
import { padArea } from "../core/area-number.js";

export type ExportFormat = "csv" | "xlsx" | "md";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "xlsx", "md"];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  md: "text/markdown",
};

/** Column order, locale key of the header and width in the XLSX sheet. */
const COLUMNS: ReadonlyArray<{ key: string; width: number; value(r: LongListRow, t: (k: string) => string): string | number }> = [
  { key: "rekap-col-no", width: 10, value: (r) => r.no },
  { key: "rekap-col-usulan", width: 50, value: (r) => r.usulan },
  { key: "rekap-col-lokasi", width: 30, value: (r) => r.lokasi },
  { key: "rekap-col-rt", width: 8, value: (r) => r.rt },
  { key: "rekap-col-rw", width: 6, value: (r) => padArea(r.rw) },
  { key: "rekap-col-kategori", width: 22, value: (r, t) => t(`category-${r.category}`) },
  { key: "rekap-col-bidang", width: 14, value: (r, t) => t(`tridaya-${r.tridaya}`) },
  { key: "rekap-col-pendukung", width: 11, value: (r) => r.pendukung },
  { key: "rekap-col-sumber-dana", width: 14, value: (r) => r.sumberDana },
  { key: "rekap-col-volume", width: 9, value: (r) => r.volume },
  { key: "rekap-col-satuan", width: 9, value: (r) => r.satuan },
  { key: "rekap-col-biaya", width: 16, value: (r) => r.biaya },
  { key: "rekap-col-swadaya", width: 18, value: (r) => r.swadaya },
  { key: "rekap-col-tiket", width: 24, value: (r) => r.tiket },
];

export interface ExportOptions {
  /** Translate; headers and labels are Indonesian (the forms the kelurahan uses). */
  t: Translate;
  kelurahan: string;
  /** CSV field separator (default ","; Excel with Indonesian regional settings expects ";"). */
  delimiter?: string;
}

const id = (t: Translate) => (k: string) => t("id", k);

/** Header labels and cell values, one array per row, every RW in order. */
export function longListTable(lists: LongList[], t: Translate): { header: string[]; rows: Array<Array<string | number>> } {
  const tr = id(t);
  return {
    header: COLUMNS.map((c) => tr(c.key)),
    rows: lists.flatMap((l) => l.rows.map((r) => COLUMNS.map((c) => c.value(r, tr)))),
  };
}

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function defuse(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csvField(v: string | number, delimiter: string): string {
  const s = typeof v === "number" ? String(v) : defuse(v);
  return s.includes(delimiter) || /["\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(lists: LongList[], o: ExportOptions): string {
  const d = o.delimiter ?? ",";
  const { header, rows } = longListTable(lists, o.t);
  const lines = [header, ...rows].map((row) => row.map((v) => csvField(v, d)).join(d));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function mdCell(v: string | number): string {
  return String(v).replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

export function toMarkdown(lists: LongList[], o: ExportOptions): string {
  const out: string[] = [];
  for (const l of lists) {
    const { header, rows } = longListTable([l], o.t);
    out.push(`# ${o.t("id", "rekap-doc-title", { rw: padArea(l.rw), kelurahan: o.kelurahan })}`);
    out.push("", `| ${header.map(mdCell).join(" | ")} |`, `|${header.map(() => "---").join("|")}|`);
    for (const r of rows) out.push(`| ${r.map(mdCell).join(" | ")} |`);
    out.push("");
  }
  return out.join("\n");
}

export async function toXlsx(lists: LongList[], o: ExportOptions): Promise<Buffer> {
  const tr = id(o.t);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rembug";
  wb.created = new Date(0);
  for (const l of lists) {
    const ws = wb.addWorksheet(o.t("id", "rekap-sheet-name", { rw: padArea(l.rw) }), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    ws.columns = COLUMNS.map((c) => ({ header: tr(c.key), width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: "middle", wrapText: true };
    for (const r of l.rows) ws.addRow(COLUMNS.map((c) => c.value(r, tr)));
    ws.getColumn(2).alignment = { wrapText: true, vertical: "top" };
    ws.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  }
  if (!lists.length) wb.addWorksheet("-");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Render and write one export file. */
export async function writeLongList(file: string, format: ExportFormat, lists: LongList[], o: ExportOptions): Promise<void> {
  if (format === "xlsx") writeFileSync(file, await toXlsx(lists, o));
  else writeFileSync(file, format === "csv" ? toCsv(lists, o) : toMarkdown(lists, o), "utf8");
}
