/**
 * Restore a backup archive into a DATA_DIR no process is running on: the archive is unpacked beside it, its database
 * must pass PRAGMA integrity_check, then the current database, key, photos and documents are moved aside (never deleted) into
 * `DATA_DIR/before-restore-<time>/` and the backup's take their place.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BACKUP_DB, BACKUP_KEY, BACKUP_MANIFEST, BACKUP_DOCUMENTS, BACKUP_PHOTOS, type BackupManifest } from "./backup.js";
import { runningProcesses } from "./run-lock.js";
import { extractTar, listTar } from "./tar.js";

export type RestoreResult =
  | { ok: true; manifest: BackupManifest; movedAside?: string }
  | { ok: false; error: "running"; pids: number[] }
  | { ok: false; error: "not-a-backup" | "damaged"; detail: string };

const ALLOWED = new RegExp(`^(${BACKUP_MANIFEST}|${BACKUP_DB}|${BACKUP_KEY}|(${BACKUP_PHOTOS}|${BACKUP_DOCUMENTS})(/.*)?)$`);

export async function restoreBackup(o: { file: string; dataDir: string; now?: () => number }): Promise<RestoreResult> {
  const pids = runningProcesses(o.dataDir);
  if (pids.length) return { ok: false, error: "running", pids };
  let names: string[];
  try {
    names = await listTar(o.file);
  } catch (err) {
    return { ok: false, error: "not-a-backup", detail: (err as Error).message };
  }
  const strange = names.find((n) => !ALLOWED.test(n.replace(/\/$/, "")) || n.split("/").includes(".."));
  if (strange) return { ok: false, error: "not-a-backup", detail: `unexpected entry ${strange}` };
  for (const required of [BACKUP_MANIFEST, BACKUP_DB, BACKUP_KEY]) {
    if (!names.includes(required)) return { ok: false, error: "not-a-backup", detail: `${required} missing` };
  }
  mkdirSync(o.dataDir, { recursive: true });
  const staging = mkdtempSync(path.join(o.dataDir, ".restore-"));
  try {
    await extractTar(o.file, staging);
    const manifest = JSON.parse(readFileSync(path.join(staging, BACKUP_MANIFEST), "utf8")) as BackupManifest;
    const problem = integrityProblem(path.join(staging, BACKUP_DB));
    if (problem) return { ok: false, error: "damaged", detail: problem };
    // Checked again: a bot started while the archive was unpacked must not have its database replaced.
    const late = runningProcesses(o.dataDir);
    if (late.length) return { ok: false, error: "running", pids: late };
    const stamp = new Date(o.now?.() ?? Date.now()).toISOString().replace(/[:.]/g, "-");
    const aside = path.join(o.dataDir, `before-restore-${stamp}`);
    let movedAside = false;
    for (const name of [BACKUP_DB, `${BACKUP_DB}-wal`, `${BACKUP_DB}-shm`, BACKUP_KEY, BACKUP_PHOTOS, BACKUP_DOCUMENTS]) {
      const current = path.join(o.dataDir, name);
      if (!existsSync(current)) continue;
      mkdirSync(aside, { recursive: true });
      renameSync(current, path.join(aside, name));
      movedAside = true;
    }
    for (const name of [BACKUP_DB, BACKUP_KEY, BACKUP_PHOTOS, BACKUP_DOCUMENTS]) {
      const restored = path.join(staging, name);
      if (existsSync(restored)) renameSync(restored, path.join(o.dataDir, name));
    }
    return { ok: true, manifest, ...(movedAside ? { movedAside: aside } : {}) };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Why the database file is unusable, or undefined when PRAGMA integrity_check says ok. */
function integrityProblem(file: string): string | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma("integrity_check") as Array<{ integrity_check: string }>;
    const bad = rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
    return bad.length ? bad.slice(0, 5).join("; ") : undefined;
  } catch (err) {
    return (err as Error).message;
  } finally {
    db?.close();
  }
}
