/** cleanText: what residents type, cleaned the same way whether or not it takes the plain-ASCII fast path. */
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/engine/text.js";

describe("cleanText", () => {
  it.each([
    ["1", "1"],
    ["Gang Mawar nomor 12", "Gang Mawar nomor 12"],
    ["/status ASP-WB54", "/status ASP-WB54"],
    ["Gang  Mawar", "Gang Mawar"],
    [" ya", "ya"],
    ["ya ", "ya"],
    ["ya\tbenar", "ya benar"],
    ["baris satu\r\nbaris dua", "baris satu\nbaris dua"],
    ["a\n\n\n\nb", "a\n\nb"],
    ["Jl. Kenari\u200B 3", "Jl. Kenari 3"],
    ["cafe\u0301", "caf\u00e9"],
    ["\u00A0\u00A0 halo", "halo"],
    ["", ""],
  ])("%j -> %j", (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});
