import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORT_RETENTION_MS, pruneExports } from "../../src/aggregator/export-retention.js";
import { makeWaTestApp } from "../support/fake-baileys-app.js";
import { wa } from "../support/fake-baileys.js";

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

  it("runs in the bot: an LPMK member's /rekap file deletes the exports older than 7 days and keeps the rest", async () => {
    const ADMIN = "6281100000009@s.whatsapp.net";
    const h = await makeWaTestApp({ env: { LPMK_ADMINS: `whatsapp:${ADMIN}` } });
    try {
      const dir = path.join(h.dataDir, "exports");
      mkdirSync(dir, { recursive: true });
      const now = Date.now();
      const age = (file: string, ms: number) => utimesSync(file, (now - ms) / 1000, (now - ms) / 1000);
      writeFileSync(path.join(dir, "old.xlsx"), "x");
      age(path.join(dir, "old.xlsx"), EXPORT_RETENTION_MS + 3_600_000);
      writeFileSync(path.join(dir, "recent.csv"), "y");
      age(path.join(dir, "recent.csv"), EXPORT_RETENTION_MS - 3_600_000);
      for (const text of ["halo", "1", "Pak Harto", "1", "1", "/rekap", "1"]) await h.receive(ADMIN, wa.text(ADMIN, text));
      await h.app.host.idle();
      const files = readdirSync(dir).sort();
      expect(files).toHaveLength(2);
      expect(files).toContain("recent.csv");
      expect(files).not.toContain("old.xlsx");
      expect(files.find((f) => f !== "recent.csv")).toMatch(/^daftar-panjang-usulan-.*\.xlsx$/);
    } finally {
      await h.close();
    }
  });
});
