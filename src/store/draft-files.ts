/**
 * Draft files: a photo or PDF a person sent at a step is tracked in `draft_photos` until a record takes it (an
 * aspiration, a confirmed rembug result, a broadcast), so that `hapus data` deletes only what was never used.
 */
import type { Db } from "./db.js";

/** The file at `path` now belongs to a record: `hapus data` by its sender no longer deletes it. */
export function releaseDraftFile(db: Db, path: string | null | undefined): void {
  if (path) db.prepare(`DELETE FROM draft_photos WHERE path = ?`).run(path);
}
