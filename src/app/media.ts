/** Stores downloaded media (resident photos) under DATA_DIR/photos. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MediaFile } from "../core/ports.js";

/** Write the file and return its path relative to dataDir. */
/** `ref` must not hold personal data (use messageRef, not a WhatsApp message id). */
export function storeMedia(dataDir: string, channel: string, ref: string, file: MediaFile, now: number): string {
  const d = new Date(now);
  const dir = path.join("photos", String(d.getUTCFullYear()), String(d.getUTCMonth() + 1).padStart(2, "0"));
  mkdirSync(path.join(dataDir, dir), { recursive: true });
  const safeId = `${channel}-${ref}`.replace(/[^\w.-]/g, "_").slice(0, 120);
  const ext = /^[a-z0-9]{1,5}$/i.test(file.ext) ? file.ext.toLowerCase() : "bin";
  const rel = path.join(dir, `${safeId}.${ext}`);
  writeFileSync(path.join(dataDir, rel), file.data);
  return rel;
}
