/** In an interactive console, a message arriving while the prompt waits is printed above a redrawn prompt, not over it. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../../src/app/build.js";
import { runConsole } from "../../../src/channels/console/run-console.js";
import { loadConfig } from "../../../src/config.js";
import { silentLogger } from "../../../src/core/logger.js";

/** Poll every 10 ms; 20 s before giving up (a loaded CI machine can take seconds per turn; 500 polls were 5 s). */
async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  if (check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

describe("the interactive console", () => {
  it("redraws the prompt, with what was typed so far, below a notice that arrives while it waits", async () => {
    const app = buildApp({ config: loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "rembug-tty-")) }), log: silentLogger() });
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = new PassThrough();
    let screen = "";
    output.on("data", (d: Buffer) => (screen += d.toString()));
    const done = runConsole(app, { user: "warga-1", input, output });
    try {
      await until(() => screen.includes("warga-1> "), "the first prompt");
      input.write("halo\r");
      await until(() => /Apakah Bapak\/Ibu setuju\?[\s\S]*warga-1> (\x1b\[\d+G)?$/.test(screen), "the consent question and the prompt");
      // Consent first: a resident who has not consented keeps no address, so nothing can be sent to them unasked.
      input.write("1\r");
      await until(() => /Siapa nama Bapak\/Ibu\?[\s\S]*warga-1> (\x1b\[\d+G)?$/.test(screen), "the name question and the prompt");
      input.write("Bud");
      await until(() => screen.endsWith("Bud"), "the typed characters");
      const before = screen.length;
      const resident = app.store.residents.resolve("console", "warga-1", { lang: "id", now: Date.now() });
      expect(app.host.notify(resident.id, { text: "Test notice" })).toBe(true);
      await app.host.idle();
      const after = screen.slice(before);
      // Clear the prompt line, print the notice, draw the prompt again with "Bud".
      expect(after.startsWith("\x1b[2K\x1b[1GTest notice\n\n")).toBe(true);
      expect(after).toMatch(/warga-1> Bud(\x1b\[\d+G)?$/);
    } finally {
      input.end();
      await done;
      await app.host.stop();
      app.store.close();
    }
  });
});
