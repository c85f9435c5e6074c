/**
 * An online backup of a DATA_DIR while the bot runs: the database through SQLite's backup API (better-sqlite3's
 * backup(), a consistent snapshot however much is written meanwhile), the privacy key `address.key` (without it the
 * stored address hashes cannot be matched again), the photos directory and the documents directory (PDF posters of
 * broadcasts), in one tar archive with a manifest.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { writeTar } from "./tar.js";

export const BACKUP_DB = "rembug.db";
export const BACKUP_KEY = "address.key";
export const BACKUP_PHOTOS = "photos";
export const BACKUP_DOCUMENTS = "documents";
export const BACKUP_MANIFEST = "manifest.json";

export interface BackupManifest {
  format: 1;
  createdAt: string;
  /** SQLite pages and the schema's migration count at the time of the snapshot. */
  pages: number;
  migrations: number;
  photos: boolean;
  /** Absent in archives made before documents were backed up. */
  documents?: boolean;
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

export class BackupError extends Error {
  override name = "BackupError";
}

/** Write a backup of `dataDir` to `out` (replaced atomically when complete). */
export async function createBackup(o: { dataDir: string; out: string; now?: () => number }): Promise<BackupResult> {
  const dbFile = path.join(o.dataDir, BACKUP_DB);
  if (!existsSync(dbFile)) throw new BackupError(`no database at ${dbFile}`);
  const keyFile = path.join(o.dataDir, BACKUP_KEY);
  if (!existsSync(keyFile)) throw new BackupError(`no privacy key at ${keyFile}: the backup would be unusable`);
  const out = path.resolve(o.out);
  mkdirSync(path.dirname(out), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(out), ".backup-"));
  try {
    const snapshot = path.join(staging, BACKUP_DB);
    const source = new Database(dbFile, { readonly: true, fileMustExist: true });
    let pages = 0;
    try {
      source.pragma("busy_timeout = 10000");
      // The first step copies 100 pages; every later one all that remain, so writes by the bot (which restart the
      // copy) cannot keep it from finishing.
      await source.backup(snapshot, {
        progress: ({ totalPages, remainingPages }) => {
          pages = totalPages;
          return Math.max(1, remainingPages);
        },
      });
    } finally {
      source.close();
    }
    const copy = new Database(snapshot);
    let migrations = 0;
    try {
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new BackupError(`the snapshot failed its integrity check: ${String(check)}`);
      copy.pragma("journal_mode = DELETE");
      migrations = (copy.prepare("SELECT COUNT(*) AS n FROM schema_migrations").get() as { n: number } | undefined)?.n ?? 0;
    } finally {
      copy.close();
    }
    copyFileSync(keyFile, path.join(staging, BACKUP_KEY));
    const photos = existsSync(path.join(o.dataDir, BACKUP_PHOTOS));
    const documents = existsSync(path.join(o.dataDir, BACKUP_DOCUMENTS));
    const manifest: BackupManifest = { format: 1, createdAt: new Date(o.now?.() ?? Date.now()).toISOString(), pages, migrations, photos, documents };
    writeFileSync(path.join(staging, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const partial = path.join(staging, "archive.tar");
    await writeTar(partial, [
      { cwd: staging, names: [BACKUP_MANIFEST, BACKUP_DB, BACKUP_KEY] },
      { cwd: o.dataDir, names: [...(photos ? [BACKUP_PHOTOS] : []), ...(documents ? [BACKUP_DOCUMENTS] : [])] },
    ]);
    renameSync(partial, out);
    return { file: out, bytes: statSync(out).size, manifest };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
