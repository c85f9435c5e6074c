import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLocales, DEFAULT_LOCALES_DIR, loadI18n, LocaleError } from "../../src/i18n/fluent.js";

function tempLocales(files: Record<string, Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rembug-locales-"));
  for (const [lang, entries] of Object.entries(files)) {
    mkdirSync(path.join(dir, lang));
    for (const [name, text] of Object.entries(entries)) writeFileSync(path.join(dir, lang, name), text);
  }
  return dir;
}

/** Lines of `text` that address the resident as "Anda" (comments, which may quote, are skipped). */
function andaLines(text: string): string[] {
  return text.split("\n").filter((line) => !line.trimStart().startsWith("#") && /\b[Aa]nda\b/.test(line));
}

describe("locales", () => {
  it("the Indonesian texts say Bapak/Ibu, never Anda", () => {
    const dir = path.join(DEFAULT_LOCALES_DIR, "id");
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith(".ftl"))
      .flatMap((f) => andaLines(readFileSync(path.join(dir, f), "utf8")).map((line) => `${f}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });

  it("the Anda check finds the word anywhere in a message but not inside other words or comments", () => {
    expect(andaLines("a = Terima kasih, Anda hebat\nb = Andaikan saja\n# Anda in a comment\nc =\n    RW anda:")).toEqual([
      "a = Terima kasih, Anda hebat",
      "    RW anda:",
    ]);
  });

  it("have no syntax errors and the same keys in Indonesian and English", () => {
    const problems = checkLocales(DEFAULT_LOCALES_DIR);
    expect(problems.syntax).toEqual([]);
    expect(problems.missing).toEqual([]);
  });

  it("load and format a message with variables, without bidi isolation marks", () => {
    const i18n = loadI18n(DEFAULT_LOCALES_DIR);
    const text = i18n.t("id", "aspirasi-done", { ticket: "ASP-7K3Q" });
    expect(text).toContain("ASP-7K3Q");
    expect(text).not.toMatch(/[\u2068\u2069]/);
    expect(i18n.t("en", "aspirasi-done", { ticket: "ASP-7K3Q" })).toContain("Ticket number");
  });

  it("fail the boot when a resource has a syntax error, naming file and line", () => {
    const dir = tempLocales({ id: { "a.ftl": "ok = fine\nbroken = { $x\n" }, en: { "a.ftl": "ok = fine\nbroken = x\n" } });
    expect(() => loadI18n(dir)).toThrow(LocaleError);
    expect(checkLocales(dir).syntax.join()).toMatch(/a\.ftl:2/);
  });

  it("fail the boot when a key is missing from one locale", () => {
    const dir = tempLocales({ id: { "a.ftl": "one = satu\ntwo = dua\n" }, en: { "a.ftl": "one = one\n" } });
    expect(checkLocales(dir).missing).toEqual(["en: two"]);
    expect(() => loadI18n(dir)).toThrow(/missing en: two/);
  });

  it("falls back to Indonesian, then to the key, for an unknown message (outside tests)", () => {
    const i18n = loadI18n(DEFAULT_LOCALES_DIR, ["id", "en"], { missingKey: "key" });
    expect(i18n.t("en", "no-such-key")).toBe("no-such-key");
  });
});

describe("t() with repeated calls", () => {
  it("gives each language its own text and formats arguments on every call (plain messages are remembered)", () => {
    const dir = tempLocales({
      id: { "a.ftl": "hello = Halo\ngreet = Halo, { $name }\n" },
      en: { "a.ftl": "hello = Hello\ngreet = Hello, { $name }\n" },
    });
    const { t } = loadI18n(dir);
    for (let i = 0; i < 2; i++) {
      expect(t("id", "hello")).toBe("Halo");
      expect(t("en", "hello")).toBe("Hello");
      expect(t("id", "greet", { name: "Budi" })).toBe("Halo, Budi");
      expect(t("id", "greet", { name: "Siti" })).toBe("Halo, Siti");
      expect(t("en", "greet", { name: "Siti" })).toBe("Hello, Siti");
    }
  });
});
