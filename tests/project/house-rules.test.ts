import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string, ext = ".ts"): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

const code = [...files("src"), ...files("flows")];
/** Source without comments, so documentation may quote user text. */
const withoutComments = (f: string) =>
  readFileSync(f, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

describe("house rules", () => {
  it("the whole project type-checks under strict TypeScript", () => {
    let output = "";
    try {
      execFileSync("npx", ["tsc", "--noEmit"], { stdio: "pipe", encoding: "utf8" });
    } catch (err) {
      output = String((err as { stdout?: string }).stdout ?? err);
    }
    expect(output).toBe("");
  }, 120_000);

  it("no user-facing Indonesian text lives in .ts files", () => {
    const phrases = /["'`][^"'`\n]*\b(Silakan|Terima kasih|Mohon|Bapak\/Ibu|Maaf|Selamat|tidak dikenal|Balas dengan|Ketik|ketik)\b/;
    const offenders = code.filter((f) => phrases.test(withoutComments(f)));
    expect(offenders).toEqual([]);
  });

  it("library code logs through pino, not console.log (the console channel is the exception)", () => {
    const offenders = code.filter((f) => !f.includes(path.join("channels", "console")) && /console\.log\(/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("uses named exports only", () => {
    const offenders = code.filter((f) => /^export default /m.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
