/** A complaint typed at "Aspirasi Bapak/Ibu termasuk bidang apa?" is kept as the description and its category guessed. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createNormalizer } from "../../src/aggregator/normalize.js";
import { guessCategory } from "../../src/core/category-guess.js";
import type { Category } from "../../src/core/domain.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

const normalizer = createNormalizer();

const guesses: Array<{ description: string; text: string; expected: Category | null }> = [
  { description: "got mampet is drainage", text: "Got di depan rumah saya mampet kalau hujan", expected: "drainase" },
  { description: "selokan is drainage even next to a road", text: "mohon perbaikan selokan dan jalan", expected: "drainase" },
  { description: "jalan berlubang is a road", text: "jalan berlubang di gang mawar dekat masjid", expected: "jalan" },
  { description: "waste piling up by a road is waste", text: "sampah menumpuk di pinggir jalan", expected: "persampahan" },
  { description: "a thief is security", text: "sering ada maling motor malam hari", expected: "keamanan" },
  { description: "PDAM water is clean water", text: "air PDAM tidak mengalir sudah tiga hari", expected: "air-bersih" },
  { description: "posyandu is health", text: "posyandu kekurangan alat timbang balita", expected: "kesehatan" },
  { description: "UMKM training is economy", text: "pelatihan umkm untuk ibu-ibu", expected: "ekonomi" },
  { description: "words with no category give no guess", text: "tolong diperhatikan ya pak terima kasih", expected: null },
];

describe("guessCategory", () => {
  for (const g of guesses) {
    it(g.description, () => {
      expect(guessCategory(normalizer.normalize(g.text))).toBe(g.expected);
    });
  }
  it("a tie between two categories gives no guess", () => {
    expect(guessCategory({ content: ["sampah", "drainase"] })).toBeNull();
  });
});

describe("a complaint at the category question", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await h.register("u1");
    await h.send("u1", "/aspirasi");
  });
  afterEach(async () => {
    await h.close();
  });

  const COMPLAINT = "Got di depan rumah saya mampet kalau hujan, air masuk rumah";

  it("is kept as the description and its likely category is offered", async () => {
    const r = textOf(await h.send("u1", COMPLAINT));
    expect(r).toMatch(/sudah kami catat[\s\S]*bidang \*Drainase \/ gorong-gorong\*\. Benar\?/);
    expect(h.lastQuestion("u1")!.options!.map((o) => o.label)).toEqual(["Ya, benar", "Pilih bidang lain"]);
    expect(textOf(await h.send("u1", "1"))).toMatch(/Di mana lokasinya/);
    await h.send("u1", "Jl Mawar");
    const summary = textOf(await h.send("u1", "lewati"));
    expect(summary).toContain(`Uraian: ${COMPLAINT}`);
    expect(summary).toMatch(/Bidang: Drainase/);
  });

  it("lets the resident pick another category and keeps the description", async () => {
    await h.send("u1", COMPLAINT);
    expect(textOf(await h.send("u1", "2"))).toMatch(/termasuk bidang apa/);
    expect(textOf(await h.send("u1", "Jalan / gang"))).toMatch(/Di mana lokasinya/);
    await h.send("u1", "Jl Mawar");
    const summary = textOf(await h.send("u1", "lewati"));
    expect(summary).toMatch(/Bidang: Jalan \/ gang/);
    expect(summary).toContain(`Uraian: ${COMPLAINT}`);
  });

  it("without a likely category, keeps the text and shows the list again", async () => {
    const r = textOf(await h.send("u1", "tolong diperhatikan ya pak terima kasih"));
    expect(r).toMatch(/sudah kami catat\. Mohon pilih bidangnya[\s\S]*termasuk bidang apa/);
    expect(textOf(await h.send("u1", "1"))).toMatch(/Di mana lokasinya/);
  });

  it("a short word that matches nothing is still just not understood", async () => {
    expect(textOf(await h.send("u1", "entahlah"))).toMatch(/tidak kami kenali/);
  });
});
