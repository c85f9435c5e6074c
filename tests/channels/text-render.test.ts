import { describe, expect, it } from "vitest";
import { numberedList, splitText, withNumberedList } from "../../src/channels/text-render.js";

const options = [
  { value: "jalan", label: "Jalan / gang" },
  { value: "drainase", label: "Drainase" },
];

describe("numbered option lists", () => {
  it("numbers the options from 1 under the hint", () => {
    expect(numberedList(options, "Balas dengan angka:")).toBe("Balas dengan angka:\n1. Jalan / gang\n2. Drainase");
  });

  it("lists only the options when there is no hint", () => {
    expect(numberedList(options)).toBe("1. Jalan / gang\n2. Drainase");
  });

  it("puts the list after the text, separated by one blank line", () => {
    expect(withNumberedList("Pilih kategori:\n", options, "Balas:")).toBe("Pilih kategori:\n\nBalas:\n1. Jalan / gang\n2. Drainase");
  });

  it("starts with the list when the text is blank", () => {
    expect(withNumberedList("  ", options, "Balas:")).toBe("Balas:\n1. Jalan / gang\n2. Drainase");
  });

  it("leaves the text unchanged when there are no options", () => {
    expect(withNumberedList("Terima kasih.\n", [], "Balas:")).toBe("Terima kasih.\n");
  });
});

describe("splitting long text into parts", () => {
  it("keeps a short text whole", () => {
    expect(splitText("halo", 4000)).toEqual(["halo"]);
    expect(splitText("satu\ndua", 100)).toEqual(["satu\ndua"]);
  });

  it("gives no parts for blank text", () => {
    expect(splitText(" \n ", 100)).toEqual([]);
  });

  it("splits long text at line boundaries under the limit", () => {
    const line = "x".repeat(99);
    const text = Array.from({ length: 100 }, () => line).join("\n");
    const chunks = splitText(text, 4000);
    expect(chunks.length).toBe(3);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(4000);
    expect(chunks.join("\n")).toBe(text);
  });

  it("packs as many whole lines as fit into each part", () => {
    const lines = Array.from({ length: 50 }, (_, i) => `Baris nomor ${i + 1} dengan sedikit isi`);
    const parts = splitText(lines.join("\n"), 200);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(200);
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("splits a single very long line at spaces", () => {
    const words = Array.from({ length: 300 }, (_, i) => `kata${i}`).join(" ");
    const parts = splitText(words, 100);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(100);
    expect(parts.join(" ")).toBe(words);
    const many = Array.from({ length: 2000 }, () => "kata").join(" ");
    expect(splitText(many, 4000).every((c) => c.length <= 4000 && !c.startsWith(" "))).toBe(true);
  });

  it("never cuts an emoji in half when it must split inside a word", () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const [emoji, limit] of [
      ["🙏".repeat(150), 101],
      ["😀".repeat(5000), 4000],
    ] as const) {
      const parts = splitText(emoji, limit);
      expect(parts.join("")).toBe(emoji);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(limit);
        expect(lone.test(p)).toBe(false);
      }
    }
  });

  it("refuses a limit too small to hold one character", () => {
    expect(() => splitText("😀😀", 1)).toThrow(RangeError);
  });
});
