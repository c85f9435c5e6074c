import { describe, expect, it } from "vitest";
import { matchChoice, normalizeAreaNumber } from "../../src/engine/choice-match.js";
import { globalKeyword, keywordTable, parseCommand } from "../../src/engine/keywords.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../src/i18n/fluent.js";
import { cleanText, hasWords } from "../../src/engine/text.js";

const keywords = keywordTable(loadI18n(DEFAULT_LOCALES_DIR).t);

const options = [
  { value: "jalan", label: "Jalan / gang" },
  { value: "drainase", label: "Drainase / gorong-gorong", aliases: ["got", "selokan"] },
  { value: "air-bersih", label: "Air bersih" },
];

describe("matchChoice", () => {
  it.each([
    ["2", "drainase"],
    ["02", "drainase"],
    ["jalan / gang", "jalan"],
    ["JALAN / GANG", "jalan"],
    ["selokan", "drainase"],
    ["drainse / gorong-gorong", "drainase"],
    ["air", "air-bersih"],
    ["Air bersih.", "air-bersih"],
  ])("%j selects %s", (input, value) => {
    expect(matchChoice(input, options)).toEqual({ ok: true, value });
  });

  it.each(["7", "0", "pisang goreng", "a", "🙂"])("%j matches nothing", (input) => {
    expect(matchChoice(input, options).ok).toBe(false);
  });

  it("says a number is out of range", () => {
    expect(matchChoice("9", options)).toEqual({ ok: false, reason: "out-of-range" });
  });

  it("prefers the step's own number reading over the option position", () => {
    const rws = [1, 2, 5, 7].map((n) => ({ value: String(n), label: `RW 0${n}` }));
    expect(matchChoice("5", rws, (t) => normalizeAreaNumber(t, "rw"))).toEqual({ ok: true, value: "5" });
    expect(matchChoice("rw 007", rws, (t) => normalizeAreaNumber(t, "rw"))).toEqual({ ok: true, value: "7" });
  });
});

describe("area numbers", () => {
  it.each(["3", "03", "003", "RW 3", "rw03", "RW.3", "rw 003"])("%j reads as 3", (t) => {
    expect(normalizeAreaNumber(t.toLowerCase(), "rw")).toBe("3");
  });
});

describe("global keywords and commands", () => {
  it.each([
    ["batal", "cancel"],
    ["/batal", "cancel"],
    ["Hapus Data", "delete"],
    ["/hapus_data", "delete"],
    ["BAHASA", "lang"],
    ["/start@RembugBot", "start"],
    ["berhenti", "optout"],
  ])("%j is %s", (text, kw) => {
    expect(globalKeyword(text, keywords)).toBe(kw);
  });

  it("does not see keywords inside a sentence", () => {
    expect(globalKeyword("jangan batal dong pak", keywords)).toBeNull();
  });

  it("parses commands with arguments", () => {
    expect(parseCommand("/status ASP-7K3Q")).toEqual({ slashed: true, word: "status", arg: "ASP-7K3Q" });
    expect(parseCommand("/rekap@RembugBot 3")).toEqual({ slashed: true, word: "rekap", arg: "3" });
  });
});

describe("text hygiene", () => {
  it("strips control and bidi characters and keeps newlines", () => {
    expect(cleanText("  a\u0000b\u202Ec\r\nd\t e  ")).toBe("abc\nd e");
  });

  it("tells words from emoji", () => {
    expect(hasWords("👍👍")).toBe(false);
    expect(hasWords("ok 👍")).toBe(true);
  });
});
