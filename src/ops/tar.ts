/**
 * Writing and reading the backup archive with the system's GNU tar (Debian's `tar`, present on every host the bot
 * runs on): no npm dependency, and it streams a large photos directory without holding it in memory.
 */
import { execFile } from "node:child_process";

export interface TarEntry {
  /** Directory the names are relative to. */
  cwd: string;
  names: string[];
}

function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile("tar", args, { maxBuffer: 16 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (err && typeof (err as NodeJS.ErrnoException).code === "string") return reject(new Error(`tar could not run: ${err.message}`));
      resolve({ code: err ? Number((err as { code?: number }).code ?? 2) : 0, stderr: String(stderr) });
    });
  });
}

/**
 * Create `file` from the entries, in order. A photo written while it is read is not an error (GNU tar's exit code 1,
 * "file changed as we read it"): photos are written once under a new name, so the archive holds a complete older set.
 */
export async function writeTar(file: string, entries: TarEntry[]): Promise<void> {
  const args = ["--create", "--file", file, "--warning=no-file-changed"];
  for (const e of entries) if (e.names.length) args.push("--directory", e.cwd, ...e.names);
  const { code, stderr } = await run(args);
  if (code !== 0 && code !== 1) throw new Error(`tar --create failed (${code}): ${stderr.trim()}`);
}

/** Names in the archive. */
export async function listTar(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile("tar", ["--list", "--file", file], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`not a readable backup archive: ${String(stderr).trim() || err.message}`));
      resolve(String(stdout).split("\n").filter(Boolean));
    });
  });
}

/** Extract the archive into `dir` (which exists). Names are checked by `listTar` first: no absolute paths or "..". */
export async function extractTar(file: string, dir: string): Promise<void> {
  const { code, stderr } = await run(["--extract", "--file", file, "--directory", dir, "--no-same-owner"]);
  if (code !== 0) throw new Error(`tar --extract failed (${code}): ${stderr.trim()}`);
}
