/** Volumes, amounts and counts as heads type them, and polite refusals of what cannot be read. */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { parseVolume, formatVolume } from "../../src/rembug/volume.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { file, head, openCycle } from "./helpers.js";

describe("parseVolume", () => {
  const table: Array<[string, { volume: number; unit: string } | null]> = [
    ["150 m", { volume: 150, unit: "m" }],
    ["150m", { volume: 150, unit: "m" }],
    ["2 unit", { volume: 2, unit: "unit" }],
    ["30 m2", { volume: 30, unit: "m2" }],
    ["30 m²", { volume: 30, unit: "m2" }],
    ["1,5 km", { volume: 1.5, unit: "km" }],
    ["1.200 M", { volume: 1200, unit: "m" }],
    ["12 titik", { volume: 12, unit: "titik" }],
    ["banyak", null],
    ["m 150", null],
    ["150", null],
    ["-5 m", null],
    ["0 m", null],
    ["2 unit lampu jalan", null],
  ];
  for (const [text, expected] of table) it(`reads ${JSON.stringify(text)}`, () => expect(parseVolume(text)).toEqual(expected));
  it("writes decimals the Indonesian way", () => expect(formatVolume({ volume: 1.5, unit: "km" })).toBe("1,5 km"));
});

describe("volume, cost and attendance in the flow", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.register("w1", "Siti Aminah");
    await file(h, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    openCycle(h);
    await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
  });
  afterAll(async () => {
    await h.close();
  });

  it("walks to the cost question", async () => {
    await h.send("ketua", "/rembug");
    await h.send("ketua", "1");
    await h.send("ketua", "selesai");
    await h.press("ketua", "selesai");
    await h.press("ketua", "apbd");
    expect(textOf(await h.send("ketua", "banyak sekali"))).toContain("Maaf, volume belum terbaca");
    expect(textOf(await h.send("ketua", "1,5 km"))).toContain("Volume: 1,5 km");
  });

  // Each accepted form is shown back as Rp…; the step is then re-entered through Ubah to try the next one.
  const amounts: Array<[string, string]> = [
    ["Rp 25.000.000", "Rp25.000.000"],
    ["25 jt", "Rp25.000.000"],
    ["25juta", "Rp25.000.000"],
    ["2,5 M", "Rp2.500.000.000"],
    ["25000000", "Rp25.000.000"],
    ["750 rb", "Rp750.000"],
  ];
  for (const [typed, shown] of amounts) {
    it(`takes the cost ${JSON.stringify(typed)} and shows ${shown}`, async () => {
      const reply = textOf(await h.send("ketua", typed));
      expect(reply).toContain(`Perkiraan biaya: ${shown}`);
      // Back to the same item's cost question through the summary (attendance asked once, first time).
      const last = h.channel.sentTo("ketua").at(-1)!.text;
      if (last.includes("Berapa orang yang hadir")) {
        await h.send("ketua", "20");
        for (let i = 0; i < 5; i++) await h.send("ketua", "lewati");
      }
      await h.press("ketua", "ubah");
      await h.press("ketua", "rincian");
      await h.press("ketua", "0");
      await h.press("ketua", "apbd");
      await h.send("ketua", "lewati");
    });
  }

  for (const bad of ["mahal", "25 jt-an", "Rp", "0", "-5 jt", "1,5 rupiah lebih"]) {
    it(`refuses the cost ${JSON.stringify(bad)} politely`, async () => {
      const reply = textOf(await h.send("ketua", bad));
      expect(reply).toMatch(/Mohon|Maaf|belum/);
      expect(reply).not.toMatch(/Perkiraan biaya: Rp/);
      expect(h.lastQuestion("ketua")!.text).toContain("Perkiraan biaya?");
    });
  }

  it("refuses an inclusion count above the number present", async () => {
    await h.send("ketua", "lewati");
    await h.press("ketua", "ubah");
    await h.press("ketua", "hadir");
    expect(textOf(await h.send("ketua", "dua belas orang"))).toContain("Dari 12 yang hadir");
    expect(textOf(await h.send("ketua", "13"))).toContain("melebihi yang hadir (12 orang)");
    expect(textOf(await h.send("ketua", "banyak"))).toMatch(/Mohon|Maaf/);
  });
});
