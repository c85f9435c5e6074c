/** Opens the SQLite database (WAL, busy_timeout, foreign keys) and applies versioned migrations. */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type Db = Database.Database;

export const MIGRATIONS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "migrations");

export interface OpenOptions {
  /** Database file; ":memory:" for throwaway databases. */
  file: string;
  busyTimeoutMs?: number;
  migrationsDir?: string;
}

/**
 * Open the database and bring it to the newest schema.
 * Migrations are `NNN-name.sql` files applied in order, each in its own transaction,
 * and recorded in `schema_migrations`.
 */
export function openDb({ file, busyTimeoutMs = 5000, migrationsDir = MIGRATIONS_DIR }: OpenOptions): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  // Deleted rows (hapus data) are overwritten with zeros, not left in free pages.
  db.pragma("secure_delete = ON");
  migrate(db, migrationsDir);
  return db;
}

export function migrate(db: Db, migrationsDir = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = new Set(
    (db.prepare("SELECT version FROM schema_migrations").all() as Array<{ version: number }>).map((r) => r.version),
  );
  const files = readdirSync(migrationsDir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort();
  const done: string[] = [];
  for (const f of files) {
    const version = Number(f.slice(0, 3));
    if (applied.has(version)) continue;
    const sql = readFileSync(path.join(migrationsDir, f), "utf8");
    db.transaction(() => {
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(version, f, Date.now());
    }).immediate();
    done.push(f);
  }
  return done;
}
