/**
 * The berita acara of a rembug as a PDF (pdfkit): kelurahan, area, date, attendance with the inclusion counts, the
 * ordered list with funding, volume, cost and potensi swadaya, and signature lines. DejaVu Sans carries every
 * Indonesian letter; without it pdfkit's Helvetica (Latin-1, enough for Indonesian) is used. A row never splits
 * across pages: the table header is repeated on the new page instead.
 */
import { DEJAVU_DIR, openPdf } from "../core/pdf-document.js";

export interface BeritaAcaraRow {
  rank: number;
  ticket: string;
  title: string;
  /** Where it came from (aspirasi warga, rembug, usulan tahun lalu; RW: RT 01 #2). */
  origin: string;
  funding: string;
  volume: string;
  cost: string;
  swadaya: string;
}

export interface BeritaAcara {
  /** Already translated texts, in the head's language. */
  heading: string;
  subheading: string;
  /** "Tanggal: 25 November 2026" and the like, one per line. */
  facts: string[];
  attendance: string[];
  columns: { rank: string; item: string; funding: string; volume: string; cost: string; swadaya: string };
  rows: BeritaAcaraRow[];
  empty: string;
  signatures: Array<{ role: string; name: string }>;
  footer: string;
}

const MARGIN = 40;
/** Column widths on A4 portrait (595 pt wide, 515 pt inside the margins). */
const WIDTHS = [26, 171, 72, 60, 86, 100] as const;

/** Write the PDF to `file`; resolves when it is on disk. */
export async function writeBeritaAcara(file: string, ba: BeritaAcara, fontsDir = DEJAVU_DIR): Promise<void> {
  const { doc, done } = openPdf(file, { size: "A4", margin: MARGIN, info: { Title: ba.heading, Subject: ba.subheading } }, fontsDir);

  const bottom = () => doc.page.height - MARGIN;
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;

  doc.font("bold").fontSize(14).text(ba.heading, { align: "center" });
  doc.font("body").fontSize(11).text(ba.subheading, { align: "center" });
  doc.moveDown();
  doc.fontSize(10);
  for (const f of ba.facts) doc.text(f);
  doc.moveDown(0.5);
  for (const a of ba.attendance) doc.text(a);
  doc.moveDown();

  const header = [ba.columns.rank, ba.columns.item, ba.columns.funding, ba.columns.volume, ba.columns.cost, ba.columns.swadaya];
  const rowHeight = (cells: string[], font: string): number => {
    doc.font(font).fontSize(9);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: WIDTHS[i]! - 6 }))) + 6;
  };
  const drawRow = (cells: string[], font: string, h: number, shade: boolean): void => {
    const y = doc.y;
    let x = left;
    if (shade) doc.rect(left, y, width, h).fill("#eeeeee").fillColor("black");
    doc.font(font).fontSize(9);
    cells.forEach((cell, i) => {
      const w = WIDTHS[i]!;
      doc.rect(x, y, w, h).lineWidth(0.5).stroke();
      doc.text(cell, x + 3, y + 3, { width: w - 6 });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const headerHeight = rowHeight(header, "bold");
  drawRow(header, "bold", headerHeight, true);
  if (!ba.rows.length) {
    doc.font("body").fontSize(10).text(ba.empty, left, doc.y + 6, { width });
  }
  for (const r of ba.rows) {
    const cells = [String(r.rank), `${r.ticket} · ${r.title}\n${r.origin}`, r.funding, r.volume, r.cost, r.swadaya];
    const h = rowHeight(cells, "body");
    if (doc.y + h > bottom()) {
      doc.addPage();
      drawRow(header, "bold", headerHeight, true);
    }
    drawRow(cells, "body", h, false);
  }

  // Signatures: kept together on one page.
  const signHeight = 110;
  if (doc.y + 30 + signHeight > bottom()) doc.addPage();
  const top = doc.y + 30;
  const colW = width / Math.max(1, ba.signatures.length);
  ba.signatures.forEach((s, i) => {
    const x = left + i * colW;
    doc.font("body").fontSize(10).text(s.role, x, top, { width: colW, align: "center" });
    doc.moveTo(x + 20, top + 70).lineTo(x + colW - 20, top + 70).lineWidth(0.5).stroke();
    doc.text(s.name, x, top + 75, { width: colW, align: "center" });
  });
  doc.font("body").fontSize(8).text(ba.footer, left, top + signHeight, { width, align: "center" });
  doc.end();
  await done;
}
