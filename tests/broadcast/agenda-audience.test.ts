/** "Warga yang usulannya dibahas": an undangan to the residents behind the proposals on RW 03's confirmed rembug list. */
import { afterEach, describe, expect, it } from "vitest";
import { addAspiration } from "../aggregator/helpers.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { grant, residentIdOf } from "./helpers.js";

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe("the agenda audience", () => {
  it("counts the senders and supporters of the proposals on the RW's confirmed list, not those of a draft or other list", async () => {
    h = await createHarness();
    await h.register("lpmk", "Bu Sari", "1", "1");
    grant(h, "lpmk", { role: "pengurus_lpmk" });
    for (const u of ["a", "b", "c", "d", "e"]) await h.register(u, `Warga ${u}`, "3", "1");
    const store = h.app.store;
    const asp = (u: string, text: string) => {
      const id = addAspiration(store, { residentId: residentIdOf(h, u), rw: 3, rt: 1, category: "drainase", text });
      expect(h.app.aggregator.ingest(id).ok).toBe(true);
      return id;
    };
    const onList = asp("a", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah");
    const cluster = (store.db.prepare(`SELECT cluster_id FROM cluster_members WHERE aspiration_id = ?`).get(onList) as { cluster_id: number }).cluster_id;
    store.db.prepare(`INSERT INTO cluster_supporters (cluster_id, resident_id, via, at) VALUES (?, ?, 'dukung', 1)`).run(cluster, residentIdOf(h, "b"));
    const byItself = asp("c", "Lampu jalan di Gang Kenari mati sudah sebulan");
    const onDraft = asp("d", "Tempat sampah di pasar RW 03 penuh setiap hari");
    const result = (state: string) =>
      Number(store.db.prepare(`INSERT INTO rembug_results (level, rw, state, created_at, updated_at) VALUES ('rw', 3, ?, 1, 1)`).run(state).lastInsertRowid);
    const confirmed = result("confirmed");
    const item = store.db.prepare(`INSERT INTO rembug_items (result_id, rank, aspiration_id, cluster_id, source) VALUES (?, ?, ?, ?, 'aspirasi')`);
    item.run(confirmed, 1, onList, cluster);
    item.run(confirmed, 2, byItself, null);
    const draft = Number(store.db.prepare(`INSERT INTO rembug_results (level, rw, rt, state, created_at, updated_at) VALUES ('rt', 3, 1, 'draft', 1, 1)`).run().lastInsertRowid);
    item.run(draft, 1, onDraft, null);

    await h.send("lpmk", "/umumkan");
    await h.send("lpmk", "Undangan rapat");
    await h.send("lpmk", "Warga yang usulannya dibahas");
    const count = textOf(await h.send("lpmk", "3"));
    // a (sender), b (supporter), c (sender of a listed aspiration); not d (draft RT list), not e.
    expect(count).toContain("Penerima: warga yang usulannya ada di daftar RW 03.");
    expect(count).toContain("Akan dikirim ke 3 orang");
  });
});
