import { describe, expect, it } from "vitest";
import { renderTextParts, toWhatsAppBold } from "../../../src/channels/whatsapp/render.js";

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

  it("splits a long reply into parts under the limit and keeps the options with the last part", () => {
    const text = Array.from({ length: 40 }, (_, i) => `Baris nomor ${i + 1} dengan sedikit isi`).join("\n");
    const parts = renderTextParts({ text, options: [{ value: "ya", label: "Ya" }] }, "Balas dengan angka:", 200);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(200);
    expect(parts.at(-1)?.endsWith("Balas dengan angka:\n1. Ya")).toBe(true);
  });

  it("renders nothing for a blank text without options", () => {
    expect(renderTextParts({ text: "  " }, "Balas dengan angka:")).toEqual([]);
  });
});
