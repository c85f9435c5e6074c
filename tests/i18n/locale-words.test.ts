/** The words residents type live in the .ftl files: a volunteer adds "nggih" or "mboten" without touching TypeScript. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import type { SessionState } from "../../src/engine/types.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../src/i18n/fluent.js";
import { flowSet } from "../../flows/index.js";
import { envAt } from "../engine/steps/step-env.js";

/** A copy of the real locales with `line` appended to message `key` of locales/id/<file>. */
function localesWith(file: string, key: string, extra: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rembug-words-"));
  cpSync(DEFAULT_LOCALES_DIR, dir, { recursive: true });
  const p = path.join(dir, "id", file);
  const text = readFileSync(p, "utf8");
  const re = new RegExp(`^(${key} = .*)$`, "m");
  expect(text).toMatch(re);
  writeFileSync(p, text.replace(re, `$1, ${extra}`));
  return dir;
}

const resident = { id: 1, name: null, rw: null, rt: null, lang: "id" as const, consent: "pending" as const, optedOut: false, registered: false };

function converse(localesDir: string, texts: string[]): string {
  const env = envAt(0, undefined, loadI18n(localesDir).t);
  const engine = createEngine(flowSet);
  let session: SessionState | undefined;
  let text = "";
  for (const t of texts) {
    const r = engine.handle({ session, resident, content: { kind: "text", text: t } }, env);
    session = r.session;
    text = r.replies.map((m) => m.text).join("\n");
  }
  return text;
}

describe("words in the locale files", () => {
  it("'nggih' is not a yes until a volunteer adds it to registrasi-consent-yes-aliases", () => {
    expect(converse(DEFAULT_LOCALES_DIR, ["halo", "nggih"])).toMatch(/tidak kami kenali/);
    const dir = localesWith("registrasi.ftl", "registrasi-consent-yes-aliases", "nggih");
    expect(converse(dir, ["halo", "nggih"])).toMatch(/Siapa nama/);
  });

  it("'mboten' added to keyword-cancel-aliases cancels anywhere", () => {
    const dir = localesWith("core.ftl", "keyword-cancel-aliases", "mboten");
    expect(converse(DEFAULT_LOCALES_DIR, ["halo", "1", "mboten"])).toMatch(/RW berapa/);
    expect(converse(dir, ["halo", "1", "mboten"])).toMatch(/dibatalkan/);
  });
});
