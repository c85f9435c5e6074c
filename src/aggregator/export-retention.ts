/** Export files hold every aspiration text: they are kept only as long as it takes to deliver them (UU 27/2022). */
import { readdirSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";

/** How long an export file stays in DATA_DIR/exports; deliveries retry for minutes, never days. */
export const EXPORT_RETENTION_MS = 7 * 24 * 3_600_000;

/** Delete export files older than `maxAgeMs`. Returns how many were deleted; a missing directory is fine. */
export function pruneExports(dir: string, now: number, maxAgeMs = EXPORT_RETENTION_MS): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const st = statSync(file);
      if (st.isFile() && now - st.mtimeMs > maxAgeMs) {
        unlinkSync(file);
        removed++;
      }
    } catch {
      // Deleted by someone else in the meantime: nothing to do.
    }
  }
  return removed;
}
