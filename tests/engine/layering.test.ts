/** The layers import only downwards: core <- engine <- flows/app; the engine does no I/O and knows no store. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Relative imports of a file, resolved to paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)[^"';]*?from\s+"(\.[^"]+)"/gm)].map((m) => path.normalize(path.join(path.dirname(file), m[1]!)));
}

function offenders(dir: string, forbidden: string[]): string[] {
  return files(dir).flatMap((f) => importsOf(f).filter((i) => forbidden.some((x) => i.startsWith(x))).map((i) => `${f} -> ${i}`));
}

describe("layering", () => {
  it("the engine imports neither the store, the app, the channels, the aggregator nor the flows", () => {
    expect(offenders("src/engine", ["src/store", "src/app", "src/channels", "src/aggregator", "src/queue", "src/workers", "flows"])).toEqual([]);
  });

  it("the core imports only the core", () => {
    expect(offenders("src/core", ["src/", "flows"]).filter((o) => !o.includes("-> src/core/"))).toEqual([]);
  });

  it("the aggregator does not import flows/area.ts", () => {
    expect(offenders("src/aggregator", ["flows/area"])).toEqual([]);
  });
});
