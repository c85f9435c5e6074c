/** `npm run admin -- reingest`: aspirations whose queue job failed for good still reach the recap, once. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reingestCommand } from "../../../src/admin/commands/reingest.js";
import { createAggregator } from "../../../src/aggregator/aggregator.js";
import { loadConfig } from "../../../src/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../../src/i18n/fluent.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "../../aggregator/helpers.js";

const { t } = loadI18n(DEFAULT_LOCALES_DIR);
let ts: TestStore;

beforeEach(() => {
  ts = tmpStore("admin-reingest");
});
afterEach(() => ts.cleanup());

async function run(args: string[] = []) {
  const lines: string[] = [];
  const code = await reingestCommand.run({ config: loadConfig({}), store: ts.store, t, log: silentLogger(), args, out: (l) => lines.push(l) });
  return { code, text: lines.join("\n") };
}

const members = () => (ts.store.db.prepare(`SELECT count(*) AS n FROM cluster_members`).get() as { n: number }).n;

describe("admin reingest", () => {
  it("aggregates only the aspirations that never reached the aggregator, and a second run changes nothing", async () => {
    const agg = createAggregator(ts.store.db, { log: silentLogger() });
    const r1 = addResident(ts.store, 1, 1);
    agg.ingest(addAspiration(ts.store, { residentId: r1, rw: 1, rt: 1, category: "drainase", text: "Got di Jl. Mawar mampet kalau hujan" }));
    // Two aspirations whose jobs failed for good: committed, never ingested.
    addAspiration(ts.store, { residentId: addResident(ts.store, 1, 2), rw: 1, rt: 2, category: "drainase", text: "Selokan jln mawar tersumbat, tolong dikeruk" });
    addAspiration(ts.store, { residentId: addResident(ts.store, 2, 1), rw: 2, rt: 1, category: "jalan", text: "Jalan di depan SD berlubang besar" });
    expect(members()).toBe(1);

    const first = await run();
    expect(first.code).toBe(0);
    expect(first.text).toMatch(/^2 aspirasi belum sampai ke agregator; 2 di antaranya/);
    expect(members()).toBe(3);

    const again = await run();
    expect(again.text).toMatch(/^0 aspirasi/);
    expect(members()).toBe(3);
  });

  it("refuses unknown options with the usage line", async () => {
    const r = await run(["--semua"]);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/usage: npm run admin -- reingest/);
  });
});
