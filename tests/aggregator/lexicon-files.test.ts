/**
 * The lexicon's data files (src/aggregator/lexicon/*.txt): parsed with their comments, and a word an LPMK volunteer
 * adds is applied to stored aspirations by `npm run admin -- reindex` (run as a real child process).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAggregator } from "../../src/aggregator/aggregator.js";
import { LEXICON_DIR, LexiconFileError, readLexicon, readWords } from "../../src/aggregator/lexicon-files.js";
import { ABBREVIATIONS, PLACE_HEADS, SYNONYM_PHRASES } from "../../src/aggregator/lexicon.js";
import { silentLogger } from "../../src/core/logger.js";
import { openStore } from "../../src/store/index.js";
import { REPO_ROOT } from "../support/telegram-test-app.js";
import { addAspiration, addResident } from "./helpers.js";

const dirs: string[] = [];
const tmp = (tag: string) => {
  const d = mkdtempSync(path.join(tmpdir(), `rembug-${tag}-`));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("lexicon files", () => {
  it("read mappings and word lists, skipping comments (also after an entry) and blank lines", () => {
    const dir = tmp("lexicon-parse");
    writeFileSync(path.join(dir, "map.txt"), "# a comment\n\nJLN  =  jalan   # typed in capitals\npunten =\n");
    writeFileSync(path.join(dir, "words.txt"), "# heads\njalan gang\nmasjid, pasar\n");
    expect(readLexicon("map.txt", dir)).toEqual([
      ["jln", "jalan"],
      ["punten", ""],
    ]);
    expect(readWords("words.txt", dir)).toEqual(["jalan", "gang", "masjid", "pasar"]);
  });

  it("name the file and line of an entry without '='", () => {
    const dir = tmp("lexicon-bad");
    writeFileSync(path.join(dir, "map.txt"), "jln = jalan\nkalen drainase\n");
    expect(() => readLexicon("map.txt", dir)).toThrow(LexiconFileError);
    expect(() => readLexicon("map.txt", dir)).toThrow(/map\.txt:2: expected "<word> = <meaning>", got "kalen drainase"/);
  });

  it("are what the normaliser uses", () => {
    expect(ABBREVIATIONS.jln).toBe("jalan");
    expect(SYNONYM_PHRASES).toContainEqual(["selokan", "drainase"]);
    expect(PLACE_HEADS.has("pasar")).toBe(true);
    expect(Object.keys(ABBREVIATIONS).length).toBe(readLexicon("abbreviations.txt").length);
  });

  it("a local word added to synonyms.txt reaches stored aspirations through `npm run admin -- reindex`", () => {
    const dataDir = tmp("lexicon-reindex");
    const lexicon = tmp("lexicon-copy");
    cpSync(LEXICON_DIR, lexicon, { recursive: true });
    const store = openStore(path.join(dataDir, "rembug.db"));
    const agg = createAggregator(store.db, { log: silentLogger() });
    const id = addAspiration(store, { residentId: addResident(store, 3, 2), rw: 3, rt: 2, category: "drainase", text: "wangan mampet parah" });
    agg.ingest(id);
    const features = () => JSON.parse(store.db.prepare(`SELECT features FROM aggregator_docs WHERE aspiration_id = ?`).pluck().get(id) as string) as { content: string[] };
    expect(features().content).not.toContain("drainase");
    store.close();

    appendFileSync(path.join(lexicon, "synonyms.txt"), "\n# Added by a volunteer: Javanese for an irrigation ditch.\nwangan = drainase\n");
    const run = spawnSync("npx", ["tsx", "src/admin/cli.ts", "reindex"], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, REMBUG_LEXICON_DIR: lexicon },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const again = openStore(path.join(dataDir, "rembug.db"));
    try {
      const after = JSON.parse(again.db.prepare(`SELECT features FROM aggregator_docs WHERE aspiration_id = ?`).pluck().get(id) as string) as { content: string[] };
      expect(after.content).toContain("drainase");
      expect(again.db.prepare(`SELECT body FROM aggregator_fts WHERE rowid = ?`).pluck().get(id)).toMatch(/drainase/);
    } finally {
      again.close();
    }
  });
});
