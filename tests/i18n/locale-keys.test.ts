/** Every locale key the code uses exists in every locale (static scan), and a missing key fails at run time in tests. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, TRIDAYA } from "../../src/core/domain.js";
import { DEFAULT_LOCALES_DIR, loadI18n, LocaleError } from "../../src/i18n/fluent.js";
import { scanKeyUses, scanProject } from "../support/locale-key-scan.js";
import { REPO_ROOT } from "../support/telegram-test-app.js";

const i18n = loadI18n(DEFAULT_LOCALES_DIR);
const keysOf = (lang: "id" | "en") => i18n.keys(lang);
const groups = new Set([...keysOf("id")].map((k) => k.split("-")[0]!));

/** The members of a string-literal union type `name` declared in `file` (so the list follows the code). */
function unionMembers(file: string, name: string): string[] {
  const text = readFileSync(path.join(REPO_ROOT, file), "utf8");
  const decl = new RegExp(String.raw`export type ${name}\s*=([^;]*);`).exec(text);
  if (!decl) throw new Error(`type ${name} not found in ${file}`);
  return [...decl[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Keys built from a prefix and a value at run time, with every value the code can produce. A prefix used in the code
 * but not listed here is only checked to have at least one key.
 */
const DYNAMIC_KEY_FAMILIES: Record<string, () => readonly string[]> = {
  "category-": () => CATEGORY_IDS,
  "tridaya-": () => TRIDAYA,
  "whatsapp-state-": () => unionMembers("src/channels/whatsapp/connection.ts", "WaState"),
  "tautkan-channel-": () => unionMembers("src/core/messages.ts", "ChannelName"),
};

const uses = scanProject(REPO_ROOT, ["src", "flows"], groups);

describe("locale keys used by the code", () => {
  it("are found by the scanner (it sees literal, method, property and template uses)", () => {
    const found = new Set(uses.map((u) => u.key));
    for (const k of ["error-internal", "menu-aspirasi", "input-stale-button", "rekap-col-no", "lang-switched", "access-denied"]) expect(found, k).toContain(k);
    for (const p of ["category-", "whatsapp-state-", "tautkan-channel-"]) expect(uses.filter((u) => u.template).map((u) => u.key), p).toContain(p);
    expect(found.size).toBeGreaterThan(150);
  });

  it("all exist in every locale", () => {
    for (const lang of ["id", "en"] as const) {
      const keys = keysOf(lang);
      const missing = uses.filter((u) => !u.template && !keys.has(u.key)).map((u) => `${lang}: ${u.key} (${u.file}:${u.line})`);
      expect(missing).toEqual([]);
    }
  });

  it("built from a prefix exist for every value the code can put after it", () => {
    for (const lang of ["id", "en"] as const) {
      const keys = [...keysOf(lang)];
      const problems: string[] = [];
      for (const u of uses.filter((x) => x.template)) {
        if (!keys.some((k) => k.startsWith(u.key))) problems.push(`${lang}: no key starts with ${u.key} (${u.file}:${u.line})`);
        for (const v of DYNAMIC_KEY_FAMILIES[u.key]?.() ?? []) if (!keys.includes(u.key + v)) problems.push(`${lang}: ${u.key}${v} (${u.file}:${u.line})`);
      }
      expect(problems).toEqual([]);
    }
  });

  it("the scanner reports a key the locales do not have", () => {
    const src = [
      `c.t("menu-aspirasi");`,
      `t(lang, "no-such-key", { x: 1 });`,
      `this.o.t(resident.lang, 'also-missing');`,
      `turn.say("said-missing");`,
      `i18n.t("id", "id-missing");`,
      "t(lang, `whatsapp-state-${s}`);",
      `const job = { key: "rw-3" };`,
      `const col = { key: "rekap-col-nope" };`,
    ].join("\n");
    const found = scanKeyUses("x.ts", src, groups).map((u) => `${u.key}${u.template ? "*" : ""}:${u.line}`);
    expect(found.sort()).toEqual(["also-missing:3", "id-missing:5", "menu-aspirasi:1", "no-such-key:2", "rekap-col-nope:8", "said-missing:4", "whatsapp-state-*:6"].sort());
  });
});

describe("a missing key at run time", () => {
  it("throws under test, naming the key, instead of showing the key to a resident", () => {
    expect(() => i18n.t("id", "no-such-key")).toThrow(LocaleError);
    expect(() => i18n.t("en", "no-such-key")).toThrow(/no-such-key/);
  });

  it("falls back to the key name outside tests", () => {
    const prod = loadI18n(DEFAULT_LOCALES_DIR, ["id", "en"], { missingKey: "key" });
    expect(prod.t("en", "no-such-key")).toBe("no-such-key");
    expect(prod.t("en", "menu-aspirasi")).toBe(i18n.t("en", "menu-aspirasi"));
  });
});
