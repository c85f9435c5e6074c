/** /status and /usulan name the list a proposal is on: an RT's, an RW's, or a Pokmas group's by its name. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

describe("proposal timeline", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ env: { LPMK_ADMINS: "fake:lpmk" } });
  });
  afterEach(async () => {
    await h.close();
  });

  it("names a Pokmas group's list by the group, not as RW 00", async () => {
    await h.register("w1", "Siti Aminah", "3", "2");
    const store = h.app.store;
    const residentId = store.residents.findByIdentity("fake", "w1")!.id;
    const ticket = "ASP-7K3Q";
    const { id } = store.aspirations.create(
      { ticket, residentId, rw: 3, rt: 2, channel: "fake", category: "ekonomi", description: "Pelatihan menjahit untuk ibu-ibu PKK RW 03", locationText: null, lat: null, lon: null, photoPath: null },
      h.clock.now,
    );
    const group = store.roles.addPokmas("PKK RW 03", 3, "test", h.clock.now);
    const result = store.db
      .prepare(`INSERT INTO rembug_results (level, rw, rt, pokmas_id, state, created_at, updated_at, confirmed_at) VALUES ('pokmas', 3, NULL, ?, 'confirmed', ?, ?, ?)`)
      .run(group, h.clock.now, h.clock.now, h.clock.now).lastInsertRowid;
    store.db.prepare(`INSERT INTO rembug_items (result_id, rank, aspiration_id, source) VALUES (?, 2, ?, 'aspirasi')`).run(result, id);
    const status = textOf(await h.send("w1", `/status ${ticket}`));
    expect(status).toContain("· masuk daftar prioritas PKK RW 03, urutan 2");
    expect(status).not.toContain("RW 00");
    expect(textOf(await h.send("lpmk", `/usulan ${ticket}`))).toContain("· masuk daftar prioritas PKK RW 03, urutan 2");
  });
});
