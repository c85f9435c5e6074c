/**
 * Pid files of the processes running on a DATA_DIR (`DATA_DIR/run/<pid>.pid`), so that `restore` refuses to replace
 * the database under a running bot. Each process (bot, worker) writes its own file; a file whose process is gone is
 * stale and removed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

function runDir(dataDir: string): string {
  return path.join(dataDir, "run");
}

/** Record this process as running on `dataDir`; the returned function removes the record (also done at exit). */
export function claimRunLock(dataDir: string, pid = process.pid): () => void {
  mkdirSync(runDir(dataDir), { recursive: true });
  const file = path.join(runDir(dataDir), `${pid}.pid`);
  writeFileSync(file, `${pid}\n`);
  const release = (): void => rmSync(file, { force: true });
  process.once("exit", release);
  return release;
}

/** Pids of live processes that claimed `dataDir` (stale files are removed). */
export function runningProcesses(dataDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(runDir(dataDir));
  } catch {
    return [];
  }
  const live: number[] = [];
  for (const name of names) {
    const m = /^(\d+)\.pid$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (isAlive(pid)) live.push(pid);
    else rmSync(path.join(runDir(dataDir), name), { force: true });
  }
  return live;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
