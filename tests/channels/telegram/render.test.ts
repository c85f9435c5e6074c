import { describe, expect, it } from "vitest";
import { renderText, toTelegramHtml } from "../../../src/channels/telegram/render.js";

describe("toTelegramHtml", () => {
  it("escapes HTML and turns *bold* into <b>", () => {
    expect(toTelegramHtml("Nomor tiket: *ASP-7K3Q* <script> & co")).toBe("Nomor tiket: <b>ASP-7K3Q</b> &lt;script&gt; &amp; co");
  });
});

describe("renderText", () => {
  const options = [
    { value: "yes", label: "Setuju" },
    { value: "no", label: "Tidak setuju" },
  ];

  it("puts options on an inline keyboard with the step key in the callback data", () => {
    expect(renderText({ text: "Setuju?", options, choiceKey: "registrasi.consent" }, "Balas:")).toEqual([
      {
        text: "Setuju?",
        reply_markup: {
          inline_keyboard: [[{ text: "Setuju", callback_data: "registrasi.consent|yes" }], [{ text: "Tidak setuju", callback_data: "registrasi.consent|no" }]],
        },
      },
    ]);
  });

  it("lays many short options out two per row", () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ value: String(i + 1), label: `RW 0${i + 1}` }));
    const [part] = renderText({ text: "RW?", options: many, choiceKey: "r.rw" }, "Balas:");
    expect(part?.reply_markup?.inline_keyboard.map((row) => row.length)).toEqual([2, 2, 1]);
  });

  it("falls back to a numbered list when a payload would exceed 64 bytes", () => {
    const long = [{ value: "v".repeat(60), label: "Pilihan panjang" }, ...options];
    expect(renderText({ text: "Pilih", options: long, choiceKey: "flow.step" }, "Balas dengan angka:")).toEqual([
      { text: "Pilih\n\nBalas dengan angka:\n1. Pilihan panjang\n2. Setuju\n3. Tidak setuju" },
    ]);
  });

  it("puts the keyboard on the last chunk of a long text", () => {
    const text = Array.from({ length: 80 }, (_, i) => `baris ${i} ${"y".repeat(60)}`).join("\n");
    const parts = renderText({ text, options, choiceKey: "a.b" }, "Balas:");
    expect(parts.length).toBe(2);
    expect(parts[0]?.reply_markup).toBeUndefined();
    expect(parts[1]?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["Setuju", "Tidak setuju"]);
  });

  it("renders nothing for an empty text without options", () => {
    expect(renderText({ text: "  " }, "Balas:")).toEqual([]);
  });
});
