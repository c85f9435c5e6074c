import { describe, expect, it } from "vitest";
import { renderTextParts, splitText, toWhatsAppBold } from "../../../src/channels/whatsapp/render.js";

describe("rendering replies for WhatsApp", () => {
  it("shows options as a numbered list under the reply hint", () => {
    const parts = renderTextParts(
      { text: "Pilih kategori:", options: [{ value: "jalan", label: "Jalan / gang" }, { value: "drainase", label: "Drainase" }] },
      "Balas dengan angka:",
    );
    expect(parts).toEqual(["Pilih kategori:\n\nBalas dengan angka:\n1. Jalan / gang\n2. Drainase"]);
  });

  it("starts with the reply hint when there is no text before the options", () => {
    const parts = renderTextParts({ text: "", options: [{ value: "ya", label: "Ya" }] }, "Balas dengan angka:");
    expect(parts).toEqual(["Balas dengan angka:\n1. Ya"]);
  });

  it("keeps WhatsApp bold and turns markdown bold into it", () => {
    expect(toWhatsAppBold("*Menu utama* dan **penting**")).toBe("*Menu utama* dan *penting*");
  });

  it("leaves short text in one part", () => {
    expect(splitText("satu\ndua", 100)).toEqual(["satu\ndua"]);
  });

  it("splits long text at line boundaries, each part under the limit", () => {
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
  });

  it("never cuts an emoji in half when it must split inside a word", () => {
    const line = "🙏".repeat(150);
    const parts = splitText(line, 101);
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const p of parts) expect(lone.test(p)).toBe(false);
    expect(parts.join("")).toBe(line);
  });
});
