/**
 * Replays the demo sessions (`docs/demo/<name>.txt`) through the console simulator exactly as
 * `npm run -s chat -- --user <user> < docs/demo/<name>.txt` does: a real app (SQLite, engine, in-process queue,
 * aggregator), one process per session on one database, with a fixed clock and a seeded random.
 */
import { readFileSync } from "node:fs";
import { Readable, Writable } from "node:stream";
import { buildApp } from "../../src/app/build.js";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import { runConsole } from "../../src/channels/console/run-console.js";
import { silentLogger } from "../../src/core/logger.js";
import { CODE_SLOT, DEMO_ENV, DEMO_SESSIONS, inputPath, lastInviteCode } from "../../docs/demo/readme-transcripts.js";
import { seededRandom } from "../support/seeded-random.js";
import { removeDir, tempDataDir, testConfig } from "../support/telegram-test-app.js";

/** 25 Nov 2026, 12:00 in Jakarta: the date the README's transcripts show. */
export const DEMO_NOW = Date.UTC(2026, 10, 25, 5, 0, 0);

/** Run every demo session in order; returns the transcript of each, by name. */
export async function runDemoSessions(): Promise<Map<string, string>> {
  const dataDir = tempDataDir("rembug-golden-");
  const out = new Map<string, string>();
  try {
    for (const [i, s] of DEMO_SESSIONS.entries()) {
      const app = buildApp({ config: testConfig(dataDir, DEMO_ENV), log: silentLogger(), now: () => DEMO_NOW, random: seededRandom(1000 + i) });
      const pipeline = await startAppPipeline(app, "all");
      app.host.recover();
      let text = "";
      const output = new Writable({
        write(chunk: Buffer, _enc, done) {
          text += chunk.toString();
          done();
        },
      });
      // The invite code an earlier session printed, typed where the input says {kode} (as a person copies it).
      const code = [...out.values()].map(lastInviteCode).filter(Boolean).at(-1);
      const lines = readFileSync(inputPath(s.name), "utf8").split(/(?<=\n)/);
      const input = Readable.from(lines.map((l) => (code ? l.replace(CODE_SLOT, code) : l)));
      await runConsole(app, { user: s.user, input, output, settle: () => pipeline.settle() });
      await app.host.stop();
      await pipeline.stop();
      app.store.close();
      // Files the bot wrote (the berita acara) are shown under $DATA_DIR, as the README's shell sets it.
      out.set(s.name, text.split(dataDir).join("$DATA_DIR"));
    }
  } finally {
    removeDir(dataDir);
  }
  return out;
}
