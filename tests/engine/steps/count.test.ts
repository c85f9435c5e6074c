import { describe, expect, it } from "vitest";
import { parseCount } from "../../../src/engine/steps/count.js";
import { envAt, oneStep } from "./step-env.js";

const cases: Array<{ input: string; expected: number | null }> = [
  { input: "12", expected: 12 },
  { input: "12 orang", expected: 12 },
  { input: "3 KK", expected: 3 },
  { input: "1.200", expected: 1200 },
  { input: "0", expected: 0 },
  { input: "dua belas", expected: 12 },
  { input: "sepuluh", expected: 10 },
  { input: "sebelas orang", expected: 11 },
  { input: "dua puluh lima", expected: 25 },
  { input: "seratus", expected: 100 },
  { input: "tiga ratus dua puluh", expected: 320 },
  { input: "dua ribu lima ratus", expected: 2500 },
  { input: "-3", expected: null },
  { input: "2,5", expected: null },
  { input: "banyak", expected: null },
  { input: "12 13", expected: null },
];

describe("count", () => {
  for (const c of cases) {
    it(`reads "${c.input}" as ${c.expected}`, () => {
      expect(parseCount(c.input)).toBe(c.expected);
    });
  }

  const step = oneStep({
    kind: "count",
    min: 1,
    max: 500,
    prompt: () => "Berapa warga yang hadir?",
    onCount: (n) => ({ say: [{ text: `hadir ${n}` }], end: { showMenu: false } }),
  });

  it("a count in range reaches the flow", () => {
    expect(step.run(["dua puluh lima orang"], envAt(0)).text).toBe("hadir 25");
  });

  it("a count out of range names the range and asks again", () => {
    expect(step.run(["600"], envAt(0)).text).toMatch(/angka 1 sampai 500[\s\S]*Berapa warga/);
  });

  it("an unreadable count asks for digits", () => {
    expect(step.run(["banyak sekali"], envAt(0)).text).toMatch(/dengan angka/);
  });
});
