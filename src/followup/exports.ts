/**
 * Exports after the Musrenbang: the Daftar Usulan Tidak Disepakati (the shape of Musrenbang Form 4: ticket, usulan,
 * RW, alasan) as CSV or XLSX, and the berita acara Musrenbang Kelurahan as PDF (per RW: the agreed list with its
 * channels, the rejected list with reasons, attendance). Every file names the kelurahan, the cycle and the date.
 * A rahasia aspiration is left out, unless the LPMK asks for it (`includeRahasia`): then on a separate sheet.
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { openPdf } from "../core/pdf-document.js";
import type { Lang } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import type { Db } from "../store/db.js";

export interface ProposalRow {
  ticket: string;
  usulan: string;
  rw: number;
  rt: number;
  alasan: string;
  channel: string | null;
  status: string;
}

export interface ExportHeader {
  kelurahan: string;
  /** The open cycle's name, else the latest one's; "-" when none. */
  cycle: string;
  at: number;
}

export function cycleName(db: Db): string {
  const r = db.prepare(`SELECT name FROM cycles ORDER BY (closed_at IS NULL) DESC, opened_at DESC LIMIT 1`).pluck().get() as string | undefined;
  return r ?? "-";
}

/** One row per proposal (a cluster's representative, or an aspiration on its own) in `statuses`. */
export function proposalRows(db: Db, statuses: readonly string[], o: { rahasia: boolean }): ProposalRow[] {
  const marks = statuses.map(() => "?").join(", ");
  return db
    .prepare(
      `SELECT a.ticket, a.description AS usulan, a.rw, a.rt, COALESCE(a.status_reason, '') AS alasan, a.funding_channel AS channel, a.status
         FROM aspirations a LEFT JOIN cluster_members m ON m.aspiration_id = a.id LEFT JOIN clusters c ON c.id = m.cluster_id
        WHERE a.status IN (${marks}) AND a.confidential = ? AND (m.cluster_id IS NULL OR c.representative_aspiration_id = a.id)
        ORDER BY a.rw, a.rt, a.ticket`,
    )
    .all(...statuses, o.rahasia ? 1 : 0) as ProposalRow[];
}

function headerLines(t: Translate, lang: Lang, title: string, h: ExportHeader): string[] {
  return [title, t(lang, "usulan-export-kelurahan", { kelurahan: h.kelurahan }), t(lang, "usulan-export-cycle", { cycle: h.cycle }), t(lang, "usulan-export-date", { date: new Date(h.at) })];
}

const csvCell = (v: string | number, d: string) => {
  const s = String(v);
  return s.includes(d) || s.includes('"') || s.includes("\n") ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The Daftar Usulan Tidak Disepakati. CSV: header lines then the table (rahasia rows, when asked for, after a
 * line of their own); XLSX: one sheet, plus a "Rahasia" sheet when asked for.
 */
export async function writeRejectedList(
  file: string,
  format: "csv" | "xlsx",
  db: Db,
  o: { t: Translate; lang: Lang; header: ExportHeader; includeRahasia?: boolean; delimiter?: string },
): Promise<{ rows: number; rahasia: number }> {
  const tt = (k: string, a?: Record<string, string | number | Date>) => o.t(o.lang, k, a as never);
  const rows = proposalRows(db, ["ditolak"], { rahasia: false });
  const secret = o.includeRahasia ? proposalRows(db, ["ditolak"], { rahasia: true }) : [];
  const title = tt("usulan-export-rejected-title");
  const cols = [tt("usulan-export-col-no"), tt("usulan-export-col-ticket"), tt("usulan-export-col-usulan"), tt("usulan-export-col-rw"), tt("usulan-export-col-reason")];
  const table = (list: ProposalRow[]) => list.map((r, i) => [i + 1, r.ticket, r.usulan, String(r.rw).padStart(2, "0"), r.alasan]);
  if (format === "csv") {
    const d = o.delimiter ?? ",";
    const lines = [...headerLines(o.t, o.lang, title, o.header).map((l) => csvCell(l, d)), "", cols.map((c) => csvCell(c, d)).join(d), ...table(rows).map((r) => r.map((c) => csvCell(c, d)).join(d))];
    if (secret.length) lines.push("", csvCell(tt("usulan-export-rahasia-sheet"), d), cols.join(d), ...table(secret).map((r) => r.map((c) => csvCell(c, d)).join(d)));
    writeFileSync(file, `\uFEFF${lines.join("\r\n")}\r\n`);
    return { rows: rows.length, rahasia: secret.length };
  }
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, list: ProposalRow[]) => {
    const ws = wb.addWorksheet(name);
    for (const l of headerLines(o.t, o.lang, title, o.header)) ws.addRow([l]);
    ws.getRow(1).font = { bold: true };
    ws.addRow([]);
    const head = ws.addRow(cols);
    head.font = { bold: true };
    for (const r of table(list)) ws.addRow(r);
    ws.columns.forEach((c, i) => (c.width = [5, 12, 60, 6, 40][i] ?? 12));
  };
  sheet(tt("usulan-export-rejected-sheet"), rows);
  if (o.includeRahasia) sheet(tt("usulan-export-rahasia-sheet"), secret);
  await wb.xlsx.writeFile(file);
  return { rows: rows.length, rahasia: secret.length };
}

interface Attendance {
  rw: number;
  total: number | null;
  women: number | null;
  youth: number | null;
  elderly: number | null;
  disabled: number | null;
}

/** Attendance of each RW's confirmed rembug result (the RW-level Musrenbang list). */
function attendanceByRw(db: Db): Map<number, Attendance> {
  const rows = db
    .prepare(
      `SELECT rw, attendance_total AS total, attendance_women AS women, attendance_youth AS youth, attendance_elderly AS elderly, attendance_disabled AS disabled
         FROM rembug_results WHERE level = 'rw' AND state = 'confirmed' AND rw IS NOT NULL ORDER BY confirmed_at`,
    )
    .all() as Attendance[];
  return new Map(rows.map((r) => [r.rw, r]));
}


/** The berita acara Musrenbang Kelurahan as PDF: per RW, agreed (with channel), rejected (with reason), attendance. */
export async function writeBeritaAcara(file: string, db: Db, o: { t: Translate; lang: Lang; header: ExportHeader; rws: readonly number[] }): Promise<{ agreed: number; rejected: number }> {
  const tt = (k: string, a?: Record<string, string | number | Date>) => o.t(o.lang, k, a as never);
  const agreed = proposalRows(db, ["disetujui", "dikerjakan", "selesai"], { rahasia: false });
  const rejected = proposalRows(db, ["ditolak"], { rahasia: false });
  const attendance = attendanceByRw(db);
  const { doc, done } = openPdf(file, { size: "A4", margin: 50, info: { Title: tt("usulan-export-ba-title") } });
  const regular = "body";
  const bold = "bold";
  const [title, ...meta] = headerLines(o.t, o.lang, tt("usulan-export-ba-title"), o.header);
  doc.font(bold).fontSize(15).text(title!, { align: "center" });
  doc.moveDown(0.3).font(regular).fontSize(10);
  for (const m of meta) doc.text(m, { align: "center" });
  const rws = [...new Set([...o.rws, ...agreed.map((r) => r.rw), ...rejected.map((r) => r.rw)])].sort((a, b) => a - b);
  for (const rw of rws) {
    const rwPad = String(rw).padStart(2, "0");
    doc.moveDown(1).font(bold).fontSize(12).text(tt("usulan-export-ba-rw", { rw: rwPad }));
    const a = attendance.get(rw);
    doc.font(regular).fontSize(10).text(
      a
        ? tt("usulan-export-ba-attendance", { total: a.total ?? 0, women: a.women ?? 0, youth: a.youth ?? 0, elderly: a.elderly ?? 0, disabled: a.disabled ?? 0 })
        : tt("usulan-export-ba-attendance-none"),
    );
    doc.moveDown(0.4).font(bold).text(tt("usulan-export-ba-agreed"));
    const ag = agreed.filter((r) => r.rw === rw);
    doc.font(regular);
    if (!ag.length) doc.text(tt("usulan-export-ba-empty"));
    ag.forEach((r, i) => doc.text(tt("usulan-export-ba-agreed-line", { no: i + 1, ticket: r.ticket, usulan: r.usulan, channel: r.channel ? tt(`usulan-channel-${r.channel}`) : "-" })));
    doc.moveDown(0.4).font(bold).text(tt("usulan-export-ba-rejected"));
    const rj = rejected.filter((r) => r.rw === rw);
    doc.font(regular);
    if (!rj.length) doc.text(tt("usulan-export-ba-empty"));
    rj.forEach((r, i) => doc.text(tt("usulan-export-ba-rejected-line", { no: i + 1, ticket: r.ticket, usulan: r.usulan, reason: r.alasan || "-" })));
  }
  doc.end();
  await done;
  return { agreed: agreed.length, rejected: rejected.length };
}
