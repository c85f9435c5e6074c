/** Limits on media residents send: checked by the channels before downloading and again on the bytes. */
import type { DocumentProblem } from "./messages.js";

/** Largest photo accepted (bytes, as sent). Phone cameras send 2-6 MB; Telegram compresses photos well below. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** A stored photo is re-encoded to fit in this many pixels on its longer side. */
export const STORED_PHOTO_MAX_SIDE = 1600;

/** Picture types taken as a photo when sent as a file (uncompressed, to keep the quality), on every channel. */
export const IMAGE_FILE_MIME = /^image\/(jpeg|png|webp)$/;

/** Largest document (a poster PDF) accepted at a step that takes one (bytes, as sent). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Why a document with this declared type and size is not taken, or null when it may be downloaded. */
export function documentProblem(d: { mime: string; fileName: string; size?: number; refused?: DocumentProblem }): DocumentProblem | null {
  if (d.refused) return d.refused;
  const pdf = d.mime.toLowerCase() === "application/pdf" || (d.mime === "application/octet-stream" && /\.pdf$/i.test(d.fileName));
  if (!pdf) return "not-pdf";
  if (d.size !== undefined && d.size > MAX_DOCUMENT_BYTES) return "too-large";
  return null;
}
