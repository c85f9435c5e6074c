import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configSchema, loadConfig } from "../../src/config.js";

describe(".env.example", () => {
  const text = readFileSync(".env.example", "utf8");
  const keys = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);

  it("lists exactly the keys of the configuration schema", () => {
    expect([...keys].sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it("has a comment above every key", () => {
    const lines = text.split("\n");
    for (const key of keys) {
      const i = lines.findIndex((l) => l.startsWith(`${key}=`));
      expect(lines[i - 1], key).toMatch(/^#/);
    }
  });

  it("works with no keys set at all", () => {
    const c = loadConfig({}, "/srv/rembug");
    expect(c.dataDir).toBe("/srv/rembug/data");
    expect(c.wilayahFile).toBe("/srv/rembug/wilayah.example.csv");
    expect(c.LPMK_ADMINS).toEqual([]);
  });

  it("reports a bad value by key name", () => {
    expect(() => loadConfig({ SESSION_TTL_HOURS: "-1" })).toThrow(/SESSION_TTL_HOURS/);
  });
});
