/** Builds a real conversation app (store, engine, flows, host) on a temp DATA_DIR for channel tests and benches. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp, type App } from "../../src/app/build.js";
import { loadConfig, type Config } from "../../src/config.js";
import { silentLogger, type Logger } from "../../src/core/logger.js";

export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export function tempDataDir(prefix = "rembug-test-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env }, REPO_ROOT);
}

/** A fresh app on `dataDir` (reopening the same dir continues where the last app stopped). */
export function makeTestApp(dataDir: string, o: { env?: Record<string, string>; log?: Logger; random?: () => number; now?: () => number } = {}): App {
  return buildApp({ config: testConfig(dataDir, o.env), log: o.log ?? silentLogger(), ...(o.random ? { random: o.random } : {}), ...(o.now ? { now: o.now } : {}) });
}

/** Stop the host and close the database. */
export async function closeApp(app: App): Promise<void> {
  await app.host.stop();
  app.store.close();
}
