/**
 * After a change to the duplicate-detection rules (an upgrade, or a volunteer's new word in a lexicon file), the next
 * start-up re-normalises the stored aspirations by itself, as `npm run admin -- reindex` does; an unchanged rule set
 * leaves them alone (no full reindex on every start).
 */
import Database from "better-sqlite3";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { rulesFingerprint } from "../../src/aggregator/rules-fingerprint.js";
import { createHarness, type Harness } from "../support/flow-harness.js";
import { addAspiration, addResident } from "./helpers.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const STALE = '{"content":["lama"],"places":{}}';

/** A started app with one ingested aspiration; closed, its stored features made stale and the fingerprint set to `fp`. */
async function staleAfterRestart(fp: (current: string) => string): Promise<{ fresh: string; after: string }> {
  h = await createHarness();
  const s = h.app.store;
  const id = addAspiration(s, { residentId: addResident(s, 3, 2), rw: 3, rt: 2, category: "drainase", text: "Got di Jl. Mawar mampet kalau hujan" });
  expect(h.app.aggregator.ingest(id).ok).toBe(true);
  const fresh = h.app.store.db.prepare(`SELECT features FROM aggregator_docs`).pluck().get() as string;
  const dataDir = h.dataDir;
  await h.close();
  h = undefined;
  const db = new Database(path.join(dataDir, "rembug.db"));
  db.prepare(`UPDATE aggregator_docs SET features = ?`).run(STALE);
  db.prepare(`UPDATE aggregator_rules SET fingerprint = ?`).run(fp(rulesFingerprint()));
  db.close();
  h = await createHarness({ dataDir });
  return { fresh, after: h.app.store.db.prepare(`SELECT features FROM aggregator_docs`).pluck().get() as string };
}

it("re-normalises stored aspirations at start-up when the rules changed", async () => {
  const { fresh, after } = await staleAfterRestart(() => "rules-of-an-older-version");
  expect(after).toBe(fresh);
  expect(h!.app.store.db.prepare(`SELECT fingerprint FROM aggregator_rules`).pluck().get()).toBe(rulesFingerprint());
});

it("leaves them alone when the rules are the same", async () => {
  expect((await staleAfterRestart((current) => current)).after).toBe(STALE);
});
