/** `npm run admin`: usage without a command (exit 2), unknown commands, and a configuration error said once. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAdmin } from "../../src/admin/run-admin.js";

async function admin(argv: string[], env: NodeJS.ProcessEnv = { DATA_DIR: mkdtempSync(path.join(tmpdir(), "rembug-admin-")) }) {
  const out: string[] = [];
  let err = "";
  const code = await runAdmin(argv, (l) => out.push(l), (s) => (err += s), env);
  return { code, out: out.join("\n"), err };
}

describe("npm run admin", () => {
  it("without a command prints the usage with every command on stderr and exits 2", async () => {
    const r = await admin([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^usage: npm run admin -- <command> \[options\]\n\n {2}rekap .*\n {2}antrian .*\n {2}reindex .*\n {2}reingest .*\n {2}undang .*\n {2}usulan .*\n {2}siaran .*\n {2}backup .*\n {2}restore .*\n$/);
  });

  it("names an unknown command before the usage, exit 2", async () => {
    const r = await admin(["rekp"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^unknown command "rekp"\n\nusage: npm run admin/);
  });

  it("prints the usage on stdout for --help, exit 0", async () => {
    const r = await admin(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: npm run admin/);
  });

  it("says a configuration error once, readably, exit 1", async () => {
    const r = await admin(["rekap"], { LPMK_ADMINS: "warga-1" });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Invalid configuration:\n {2}LPMK_ADMINS: "warga-1" has no channel/);
  });

  it("as a process: no command exits 2 with the usage", () => {
    const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["src/admin/cli.ts"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: npm run admin/);
  }, 90_000);
});
