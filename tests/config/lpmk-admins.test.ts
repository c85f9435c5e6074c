/** LPMK_ADMINS: a malformed entry stops the start-up naming the entry, instead of silently granting nobody. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

const cases: Array<{ entry: string; problem: RegExp }> = [
  { entry: "warga-1", problem: /"warga-1" has no channel/ },
  { entry: "console:", problem: /"console:" has no address/ },
  { entry: "telegram:@budi", problem: /"telegram:@budi" is not a numeric Telegram user id/ },
  { entry: "whatsapp:081234567890", problem: /"whatsapp:081234567890" is not a WhatsApp id/ },
  { entry: "sms:0812", problem: /"sms:0812" names an unknown channel "sms"/ },
];

describe("LPMK_ADMINS", () => {
  it("accepts telegram, whatsapp and console entries, comma-separated with spaces", () => {
    const c = loadConfig({ LPMK_ADMINS: " telegram:123456789, whatsapp:6281234567890@s.whatsapp.net,whatsapp:1234567890123@lid ,console:warga-1" });
    expect(c.LPMK_ADMINS).toEqual(["telegram:123456789", "whatsapp:6281234567890@s.whatsapp.net", "whatsapp:1234567890123@lid", "console:warga-1"]);
  });

  for (const { entry, problem } of cases) {
    it(`refuses "${entry}", naming it and showing the forms that work`, () => {
      expect(() => loadConfig({ LPMK_ADMINS: `telegram:1,${entry}` })).toThrow(problem);
      expect(() => loadConfig({ LPMK_ADMINS: entry })).toThrow(/LPMK_ADMINS: .*e\.g\. telegram:123456789, whatsapp:6281234567890@s\.whatsapp\.net or console:warga-1/);
    });
  }

  it("names every bad entry, not only the first", () => {
    expect(() => loadConfig({ LPMK_ADMINS: "warga-1,telegram:1,budi" })).toThrow(/"warga-1"[\s\S]*"budi"/);
  });

  it("stops npm start with the message printed once, readably, and exit code 1", () => {
    const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["src/main.ts"], {
      input: "",
      encoding: "utf8",
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: mkdtempSync(path.join(tmpdir(), "rembug-admins-")), LPMK_ADMINS: "warga-1" },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.match(/"warga-1" has no channel/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\{/m);
  }, 90_000);
});
