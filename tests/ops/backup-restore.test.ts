import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/admin/run-admin.js";
import { silentLogger } from "../../src/core/logger.js";
import { createBackup } from "../../src/ops/backup.js";
import { DailyBackup } from "../../src/ops/daily-backup.js";
import { restoreBackup } from "../../src/ops/restore.js";
import { claimRunLock } from "../../src/ops/run-lock.js";
import { extractTar, writeTar } from "../../src/ops/tar.js";
import { openStore } from "../../src/store/index.js";
import { REPO_ROOT, removeDir, tempDataDir } from "../support/telegram-test-app.js";
import { until } from "../support/until.js";

const dirs: string[] = [];
function dir(prefix: string): string {
  const d = tempDataDir(prefix);
  dirs.push(d);
  return d;
}

/** A DATA_DIR with a migrated database, its address.key, a photo and `rows` rows in a load table. */
function seedDataDir(rows: number): string {
  const dataDir = dir("rembug-bk-data-");
  const store = openStore(path.join(dataDir, "rembug.db"));
  store.db.exec("CREATE TABLE backup_load (n INTEGER PRIMARY KEY, filler TEXT NOT NULL)");
  const ins = store.db.prepare("INSERT INTO backup_load (n, filler) VALUES (?, ?)");
  store.db.transaction(() => {
    for (let i = 1; i <= rows; i++) ins.run(i, "x".repeat(200));
  })();
  store.close();
  mkdirSync(path.join(dataDir, "photos", "2026", "12"), { recursive: true });
  writeFileSync(path.join(dataDir, "photos", "2026", "12", "asp-1.jpg"), Buffer.from("\xff\xd8\xff photo bytes", "latin1"));
  mkdirSync(path.join(dataDir, "documents", "2026", "12"), { recursive: true });
  writeFileSync(path.join(dataDir, "documents", "2026", "12", "telegram-ab12.pdf"), Buffer.from("%PDF-1.4 poster bytes", "latin1"));
  return dataDir;
}

const sha = (f: string): string => createHash("sha256").update(readFileSync(f)).digest("hex");

/** Another process writing one row per transaction into backup_load until killed, as a running bot writes. */
function startWriter(dataDir: string, from: number): { count: () => number; stop: () => Promise<void> } {
  const script = `
    const Database = require(${JSON.stringify(path.join(REPO_ROOT, "node_modules/better-sqlite3"))});
    const db = new Database(${JSON.stringify(path.join(dataDir, "rembug.db"))});
    db.pragma("busy_timeout = 5000");
    const ins = db.prepare("INSERT INTO backup_load (n, filler) VALUES (?, ?)");
    let n = ${from};
    const tick = () => { for (let i = 0; i < 20; i++) ins.run(++n, "y".repeat(200)); process.stdout.write(n + "\\n"); setImmediate(tick); };
    tick();`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let last = from;
  child.stdout.on("data", (b: Buffer) => {
    const lines = b.toString().trim().split("\n");
    last = Number(lines[lines.length - 1]);
  });
  return {
    count: () => last,
    stop: () => new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    }),
  };
}

afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

describe("backup and restore", () => {
  it("takes a consistent backup while another process writes, and restores it with the key and photos", async () => {
    const dataDir = seedDataDir(20_000);
    const writer = startWriter(dataDir, 20_000);
    // The writer is a fresh Node process: on a loaded machine it may need more than a few seconds to start writing,
    // and a backup taken before it runs would not show that it ran during the backup.
    await until(() => writer.count() >= 20_100, "the writer process to be writing", 20_000).catch(async (err: unknown) => {
      await writer.stop();
      throw err;
    });
    const before = writer.count();
    const out = path.join(dir("rembug-bk-out-"), "backup.tar");
    const r = await createBackup({ dataDir, out });
    const after = writer.count();
    await writer.stop();
    // The writer really ran during the backup.
    expect(after).toBeGreaterThan(before);
    expect(r.manifest.photos).toBe(true);
    expect(r.manifest.documents).toBe(true);

    const target = dir("rembug-bk-target-");
    const res = await restoreBackup({ file: out, dataDir: target });
    expect(res.ok).toBe(true);
    const db = new Database(path.join(target, "rembug.db"), { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const { n, max } = db.prepare("SELECT COUNT(*) AS n, MAX(n) AS max FROM backup_load").get() as { n: number; max: number };
    db.close();
    // A snapshot: every row up to the last one it holds, no gaps, nothing half-written.
    expect(n).toBe(max);
    expect(max).toBeGreaterThanOrEqual(before);
    expect(max).toBeLessThanOrEqual(after);
    expect(sha(path.join(target, "address.key"))).toBe(sha(path.join(dataDir, "address.key")));
    expect(sha(path.join(target, "photos/2026/12/asp-1.jpg"))).toBe(sha(path.join(dataDir, "photos/2026/12/asp-1.jpg")));
    expect(sha(path.join(target, "documents/2026/12/telegram-ab12.pdf"))).toBe(sha(path.join(dataDir, "documents/2026/12/telegram-ab12.pdf")));
    // The restored store opens as the bot would open it.
    const store = openStore(path.join(target, "rembug.db"));
    store.close();
  });

  it("keeps the current files aside when it restores over an existing DATA_DIR", async () => {
    const dataDir = seedDataDir(10);
    const out = path.join(dir("rembug-bk-out-"), "b.tar");
    await createBackup({ dataDir, out });
    const target = seedDataDir(3);
    const oldKey = sha(path.join(target, "address.key"));
    const res = await restoreBackup({ file: out, dataDir: target });
    if (!res.ok) throw new Error(JSON.stringify(res));
    expect(res.movedAside).toBeDefined();
    expect(sha(path.join(res.movedAside!, "address.key"))).toBe(oldKey);
    expect(sha(path.join(target, "address.key"))).toBe(sha(path.join(dataDir, "address.key")));
    const db = new Database(path.join(target, "rembug.db"), { readonly: true });
    expect((db.prepare("SELECT COUNT(*) AS n FROM backup_load").get() as { n: number }).n).toBe(10);
    db.close();
  });

  it("refuses to restore while a bot runs on the DATA_DIR, and changes nothing", async () => {
    const dataDir = seedDataDir(10);
    const out = path.join(dir("rembug-bk-out-"), "b.tar");
    await createBackup({ dataDir, out });
    const target = seedDataDir(3);
    const release = claimRunLock(target);
    try {
      const res = await restoreBackup({ file: out, dataDir: target });
      expect(res).toEqual({ ok: false, error: "running", pids: [process.pid] });
    } finally {
      release();
    }
    const db = new Database(path.join(target, "rembug.db"), { readonly: true });
    expect((db.prepare("SELECT COUNT(*) AS n FROM backup_load").get() as { n: number }).n).toBe(3);
    db.close();
  });

  it("refuses a backup whose database fails the integrity check", async () => {
    const dataDir = seedDataDir(5_000);
    const out = path.join(dir("rembug-bk-out-"), "b.tar");
    await createBackup({ dataDir, out });
    const work = dir("rembug-bk-work-");
    await extractTar(out, work);
    const file = path.join(work, "rembug.db");
    const bytes = readFileSync(file);
    // Scribble over pages in the middle of the b-tree (not the header): a damaged disk.
    bytes.fill(0x5a, 40 * 4096, 60 * 4096);
    writeFileSync(file, bytes);
    const damaged = path.join(work, "damaged.tar");
    await writeTar(damaged, [{ cwd: work, names: ["manifest.json", "rembug.db", "address.key"] }]);
    const target = seedDataDir(3);
    const res = await restoreBackup({ file: damaged, dataDir: target });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toBe("damaged");
    expect(existsSync(path.join(target, "rembug.db"))).toBe(true);
    expect(readdirSync(target).some((n) => n.startsWith("before-restore-"))).toBe(false);
  });

  it("runs as npm run admin -- backup --out FILE and restore FILE", async () => {
    const dataDir = seedDataDir(10);
    const out = path.join(dir("rembug-bk-out-"), "cli.tar");
    const lines: string[] = [];
    const env = { DATA_DIR: dataDir, LOG_LEVEL: "silent" };
    expect(await runAdmin(["backup", "--out", out], (l) => lines.push(l), () => undefined, env)).toBe(0);
    expect(lines.join("\n")).toContain(`Cadangan selesai: ${out}`);
    const target = dir("rembug-bk-target-");
    expect(await runAdmin(["restore", out], (l) => lines.push(l), () => undefined, { ...env, DATA_DIR: target })).toBe(0);
    expect(existsSync(path.join(target, "rembug.db"))).toBe(true);
    const release = claimRunLock(target);
    try {
      const refused: string[] = [];
      expect(await runAdmin(["restore", out], (l) => refused.push(l), () => undefined, { ...env, DATA_DIR: target })).toBe(1);
      expect(refused.join("\n")).toMatch(/^Pemulihan ditolak: bot masih berjalan/);
    } finally {
      release();
    }
  });

  it("makes one daily backup per day and deletes those older than BACKUP_KEEP_DAYS", async () => {
    const dataDir = seedDataDir(10);
    const backupDir = dir("rembug-bk-daily-");
    const clock = { now: Date.parse("2026-12-01T10:00:00+07:00") };
    const daily = new DailyBackup({ dataDir, backupDir, keepDays: 2, timeZone: "Asia/Jakarta", log: silentLogger(), now: () => clock.now });
    expect(path.basename((await daily.runOnce())!)).toBe("rembug-2026-12-01.tar");
    expect(await daily.runOnce()).toBeUndefined();
    // 23:30 WIB is still the same day in Jakarta (16:30 UTC).
    clock.now = Date.parse("2026-12-01T23:30:00+07:00");
    expect(await daily.runOnce()).toBeUndefined();
    clock.now = Date.parse("2026-12-02T00:10:00+07:00");
    expect(path.basename((await daily.runOnce())!)).toBe("rembug-2026-12-02.tar");
    clock.now = Date.parse("2026-12-04T09:00:00+07:00");
    await daily.runOnce();
    expect(readdirSync(backupDir).sort()).toEqual(["rembug-2026-12-02.tar", "rembug-2026-12-04.tar"]);
  });
});
