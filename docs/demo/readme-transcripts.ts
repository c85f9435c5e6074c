/**
 * The README's console transcripts come from the golden files `docs/demo/<name>.transcript.txt` (written by
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden`). In the README a transcript block sits between markers:
 *
 *     <!-- transcript: warga-2 from="0813> kirim" -->
 *     ```text
 *     ...
 *     ```
 *     <!-- /transcript -->
 *
 * `from` (optional) starts the block at the first line equal to it, `to` (optional) ends it before the first line
 * after that equal to it. `npm run docs:transcripts` rewrites the blocks; tests/golden/readme.test.ts fails when
 * they differ from the golden files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DEMO_DIR = path.dirname(new URL(import.meta.url).pathname);
export const README = path.resolve(DEMO_DIR, "../../README.md");

/**
 * The demo sessions in the order they run, on one database: input file, console user. `lpmk` is named in
 * LPMK_ADMINS (DEMO_ENV); it opens the cycle and invites the RT head, whose input types that code where it says
 * `{kode}` (the code is random: each run prints another).
 */
export const DEMO_SESSIONS = [
  { name: "warga-1", user: "0812" },
  { name: "warga-2", user: "0813" },
  { name: "lpmk", user: "lpmk" },
  { name: "ketua-rt", user: "ketua" },
] as const;

/** The environment of every demo session. */
export const DEMO_ENV = { LPMK_ADMINS: "console:lpmk" } as const;

/** Where an input line takes the invite code printed earlier. */
export const CODE_SLOT = "{kode}";

/** The last invite code a transcript shows (`/kode RT-4K7Q-9M2X`). */
export function lastInviteCode(transcript: string): string | undefined {
  return [...transcript.matchAll(/\/kode ((?:RT|RW|LPMK|PKM|KDR|ADM)-[A-Z0-9]{4}-[A-Z0-9]{4})\b/g)].at(-1)?.[1];
}

/** A transcript with its invite codes masked, for comparing runs (everything else is deterministic). */
export function maskInviteCodes(transcript: string): string {
  return transcript.replace(/\b(RT|RW|LPMK|PKM|KDR|ADM)-[A-Z0-9]{4}-[A-Z0-9]{4}\b/g, "$1-XXXX-XXXX");
}

export const goldenPath = (name: string): string => path.join(DEMO_DIR, `${name}.transcript.txt`);
export const inputPath = (name: string): string => path.join(DEMO_DIR, `${name}.txt`);

const BLOCK = /<!-- transcript: ([\w-]+)(?: from="([^"]*)")?(?: to="([^"]*)")? -->\n```text\n[\s\S]*?```\n<!-- \/transcript -->/g;

/** The README text with every transcript block replaced by its golden file (`golden(name)` reads one). */
export function renderReadme(readme: string, golden: (name: string) => string): string {
  return readme.replace(BLOCK, (_all, name: string, from: string | undefined, to: string | undefined) => {
    let lines = golden(name).replace(/\s+$/, "").split("\n");
    if (from !== undefined) {
      const at = lines.indexOf(from);
      if (at < 0) throw new Error(`README transcript ${name}: no line "${from}" in ${goldenPath(name)}`);
      lines = lines.slice(at);
    }
    if (to !== undefined) {
      const at = lines.indexOf(to, 1);
      if (at < 0) throw new Error(`README transcript ${name}: no line "${to}" in ${goldenPath(name)}`);
      lines = lines.slice(0, at);
      while (lines.length && lines.at(-1) === "") lines.pop();
    }
    const attrs = `${from !== undefined ? ` from="${from}"` : ""}${to !== undefined ? ` to="${to}"` : ""}`;
    return `<!-- transcript: ${name}${attrs} -->\n\`\`\`text\n${lines.join("\n")}\n\`\`\`\n<!-- /transcript -->`;
  });
}

/** The names of the transcript blocks in the README, in order. */
export function readmeBlocks(readme: string): string[] {
  return [...readme.matchAll(BLOCK)].map((m) => m[1]!);
}

export const readGolden = (name: string): string => readFileSync(goldenPath(name), "utf8");

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const before = readFileSync(README, "utf8");
  const after = renderReadme(before, readGolden);
  writeFileSync(README, after);
  process.stdout.write(`${README}: ${readmeBlocks(after).length} transcript blocks ${after === before ? "already up to date" : "rewritten"}\n`);
}
