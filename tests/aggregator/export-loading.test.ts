/**
 * The XLSX writer stays out of the bot's start-up: flows/rekap.ts names export formats without importing the writer,
 * and exceljs is loaded when a file is made, not before.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every module `file` imports at run time (type-only imports are erased), transitively: local files and packages. */
function runtimeImports(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
    const spec = m[1]!;
    if (!spec.startsWith(".")) {
      packages.add(spec);
      continue;
    }
    const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, ".ts");
    if (existsSync(target)) runtimeImports(target, seen, packages);
  }
  return packages;
}

const PROBE = `
import { createRequire } from "node:module";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
const require = createRequire(import.meta.url);
const loaded = () => Object.keys(require.cache).some((k) => k.includes(path.sep + "exceljs" + path.sep));
const root = process.cwd();
const { loadConfig } = await import(root + "/src/config.ts");
const { buildApp } = await import(root + "/src/app/build.ts");
const { silentLogger } = await import(root + "/src/core/logger.ts");
const app = buildApp({ config: loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "rembug-lazy-")) }), log: silentLogger() });
const atStart = loaded();
const { toXlsx } = await import(root + "/src/aggregator/export-files.ts");
await toXlsx([], { t: app.i18n.t, kelurahan: "Sukamaju" });
process.stdout.write(JSON.stringify({ atStart, afterExport: loaded() }));
app.store.close();
`;

describe("loading the XLSX writer", () => {
  it("flows/rekap.ts imports neither exceljs nor node:fs, directly or through what it imports", () => {
    const packages = runtimeImports(path.resolve("flows/rekap.ts"));
    expect(packages.size).toBeGreaterThan(0);
    expect([...packages].filter((p) => p === "exceljs" || p === "node:fs" || p === "fs" || p === "node:fs/promises")).toEqual([]);
  });

  it("a built app has not loaded exceljs; making an XLSX loads it", () => {
    const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--input-type=module", "-e", PROBE], { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ atStart: false, afterExport: true });
  }, 90_000);
});
