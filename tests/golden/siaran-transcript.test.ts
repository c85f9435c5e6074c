/**
 * The README's broadcast transcript is generated (tests/golden/run-siaran-demo.ts), never edited by hand: it must
 * equal docs/demo/siaran.transcript.txt. `npm run golden:update` rewrites it, then the README block.
 */
import { existsSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { goldenPath, readGolden } from "../../docs/demo/readme-transcripts.js";
import { runSiaranDemo } from "./run-siaran-demo.js";

it("the LPMK's invitation, RSVPs, reschedule, reminders, report and repeating notice give exactly siaran.transcript.txt", async () => {
  const actual = await runSiaranDemo();
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath("siaran"), actual);
  expect(existsSync(goldenPath("siaran")), "run npm run golden:update").toBe(true);
  expect(actual).toBe(readGolden("siaran"));
}, 60_000);
