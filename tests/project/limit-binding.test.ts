/**
 * A bound `LIMIT ?` (or `OFFSET ?`) makes SQLite (built with STAT4, as better-sqlite3 is) prepare the statement again
 * on every run, because the planner may use the value: the outbox read-back took 15 µs instead of 4. The code writes
 * `LIMIT CAST(? AS INTEGER)`, which the planner does not look into. This scan keeps it that way.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/telegram-test-app.js";

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("SQL LIMIT and OFFSET parameters", () => {
  it("are never bound bare (each run would prepare the statement again)", () => {
    const bare = [...tsFiles(path.join(REPO_ROOT, "src")), ...tsFiles(path.join(REPO_ROOT, "flows"))].flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) => (/\b(LIMIT|OFFSET)\s+\?/.test(line) ? [`${path.relative(REPO_ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(bare).toEqual([]);
  });
});
