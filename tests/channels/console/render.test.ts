import { describe, expect, it } from "vitest";
import { renderNumbered } from "../../../src/channels/console/render.js";

describe("rendering replies for the console", () => {
  it("shows options as the same numbered list as WhatsApp", () => {
    const text = renderNumbered({ text: "Setuju?", options: [{ value: "ya", label: "Ya" }, { value: "tidak", label: "Tidak" }] }, "Balas dengan angka:");
    expect(text).toBe("Setuju?\n\nBalas dengan angka:\n1. Ya\n2. Tidak");
  });

  it("names an attached document after the text", () => {
    const text = renderNumbered({ text: "Rekap RW 03", document: { path: "/tmp/rekap.xlsx", filename: "rekap.xlsx", mime: "application/vnd.ms-excel" } });
    expect(text).toBe("Rekap RW 03\n[rekap.xlsx] /tmp/rekap.xlsx");
  });

  it("shows a document's caption when it comes without text, as a phone shows it under the file", () => {
    const text = renderNumbered({ text: "", document: { path: "/tmp/d.xlsx", filename: "d.xlsx", mime: "x", caption: "Daftar Panjang Usulan RW 03" } });
    expect(text).toBe("Daftar Panjang Usulan RW 03\n[d.xlsx] /tmp/d.xlsx");
    expect(renderNumbered({ text: "", document: { path: "/tmp/d.xlsx", filename: "d.xlsx", mime: "x" } })).toBe("[d.xlsx] /tmp/d.xlsx");
  });
});
