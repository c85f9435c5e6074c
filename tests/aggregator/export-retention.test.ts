import { existsSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORT_RETENTION_MS, pruneExports } from "../../src/aggregator/export-retention.js";

describe("export retention", () => {
  it("deletes export files older than the retention period and keeps newer ones", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rembug-exports-"));
    const now = Date.now();
    const old = path.join(dir, "rekap-old.xlsx");
    const fresh = path.join(dir, "rekap-new.csv");
    writeFileSync(old, "x");
    writeFileSync(fresh, "y");
    const past = (now - EXPORT_RETENTION_MS - 60_000) / 1000;
    utimesSync(old, past, past);
    expect(pruneExports(dir, now)).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it("is fine when the directory does not exist yet", () => {
    expect(pruneExports(path.join(tmpdir(), "rembug-no-such-dir-xyz"), Date.now())).toBe(0);
  });
});
