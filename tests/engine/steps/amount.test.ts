import { describe, expect, it } from "vitest";
import { formatRupiah, parseRupiah } from "../../../src/engine/steps/amount.js";
import { envAt, oneStep } from "./step-env.js";

const cases: Array<{ description: string; input: string; expected: number | null }> = [
  { description: "Rp with dot thousands", input: "Rp 25.000.000", expected: 25_000_000 },
  { description: "Rp without a space and with ,-", input: "Rp25.000.000,-", expected: 25_000_000 },
  { description: "jt", input: "25 jt", expected: 25_000_000 },
  { description: "juta without a space", input: "25juta", expected: 25_000_000 },
  { description: "M with a decimal comma", input: "2,5 M", expected: 2_500_000_000 },
  { description: "miliar with a decimal dot", input: "2.5 miliar", expected: 2_500_000_000 },
  { description: "bare digits", input: "25000000", expected: 25_000_000 },
  { description: "ribu", input: "750 rb", expected: 750_000 },
  { description: "decimals after thousands", input: "Rp 1.500.000,00", expected: 1_500_000 },
  { description: "1,5 jt", input: "1,5 jt", expected: 1_500_000 },
  { description: "an unknown unit", input: "25 dolar", expected: null },
  { description: "words", input: "dua puluh lima juta", expected: null },
  { description: "a fraction of a rupiah", input: "2,5", expected: null },
  { description: "dots not in groups of three", input: "25.00.000", expected: null },
  { description: "empty", input: "Rp", expected: null },
];

describe("amount in Rupiah", () => {
  for (const c of cases) {
    it(`${c.description}: "${c.input}"`, () => {
      expect(parseRupiah(c.input)).toBe(c.expected);
    });
  }

  it("is shown back as Rp 25.000.000", () => {
    expect(formatRupiah(25_000_000)).toBe("Rp 25.000.000");
  });

  const step = oneStep({
    kind: "amount",
    min: 100_000,
    max: 5_000_000_000,
    prompt: () => "Berapa anggarannya?",
    onAmount: (n) => ({ say: [{ text: `dicatat ${formatRupiah(n)}` }], end: { showMenu: false } }),
  });

  it("a readable amount reaches the flow", () => {
    expect(step.run(["25 jt"], envAt(0)).text).toBe("dicatat Rp 25.000.000");
  });

  it("an unreadable amount gets an example and the question again", () => {
    expect(step.run(["banyak"], envAt(0)).text).toMatch(/misalnya "Rp 25\.000\.000"[\s\S]*Berapa anggarannya\?/);
  });

  it("an amount outside the limits names the limit", () => {
    expect(step.run(["Rp 5.000"], envAt(0)).text).toMatch(/paling sedikit Rp 100\.000/);
    expect(step.run(["10 M"], envAt(0)).text).toMatch(/paling banyak Rp 5\.000\.000\.000/);
  });
});
