/**
 * A pdfkit document streamed to a file, with the fonts every Rembug PDF uses: DejaVu Sans as "body" and "bold"
 * when the system has it (Indonesian text, ✓ and the like), otherwise pdfkit's standard Helvetica under the same
 * names. `done` resolves when the file is on disk after `doc.end()`.
 */
import { createWriteStream, existsSync } from "node:fs";
import PDFDocument from "pdfkit";

export const DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu";

export function openPdf(file: string, options: PDFKit.PDFDocumentOptions, fontsDir = DEJAVU_DIR): { doc: PDFKit.PDFDocument; done: Promise<void> } {
  const doc = new PDFDocument(options);
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    doc.on("error", reject);
  });
  doc.pipe(out);
  const regular = `${fontsDir}/DejaVuSans.ttf`;
  const bold = `${fontsDir}/DejaVuSans-Bold.ttf`;
  const haveDejaVu = existsSync(regular) && existsSync(bold);
  doc.registerFont("body", haveDejaVu ? regular : "Helvetica");
  doc.registerFont("bold", haveDejaVu ? bold : "Helvetica-Bold");
  return { doc, done };
}
