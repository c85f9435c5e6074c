/**
 * Golden transcripts: the demo inputs go in, the exact console transcript comes out, compared with
 * `docs/demo/<name>.transcript.txt`. After an intended change of the bot's words or flow, regenerate with
 * `npm run golden:update` (UPDATE_GOLDEN=1 npx vitest run tests/golden, then npm run docs:transcripts).
 */
import { existsSync, writeFileSync } from "node:fs";
import { FOLLOWUP_DEMO, runFollowupDemo } from "../../docs/demo/tindak-lanjut.js";
import { removeDir, tempDataDir } from "../support/telegram-test-app.js";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_SESSIONS, goldenPath, maskInviteCodes, readGolden } from "../../docs/demo/readme-transcripts.js";
import { runDemoSessions } from "./run-demo.js";

const UPDATE = process.env.UPDATE_GOLDEN === "1";

describe("golden console transcripts of docs/demo", () => {
  let transcripts: Map<string, string>;
  let anyChanged = false;
  beforeAll(async () => {
    // Dates in the transcripts are shown in Jakarta time, whatever the machine's zone.
    process.env.TZ = "Asia/Jakarta";
    transcripts = await runDemoSessions();
    // Rewritten only when more than an invite code changed (no churn from the random codes), and then all of them,
    // so that the code one session prints is the code the next one types.
    anyChanged = DEMO_SESSIONS.some(
      (s) => !existsSync(goldenPath(s.name)) || maskInviteCodes(readGolden(s.name)) !== maskInviteCodes(transcripts.get(s.name)!),
    );
  }, 60_000);

  for (const s of DEMO_SESSIONS) {
    it(`${s.name}.txt as user ${s.user} gives exactly ${s.name}.transcript.txt`, () => {
      const actual = transcripts.get(s.name)!;
      if (UPDATE && anyChanged) writeFileSync(goldenPath(s.name), actual);
      expect(existsSync(goldenPath(s.name)), `${goldenPath(s.name)} is missing: run npm run golden:update`).toBe(true);
      // Invite codes come from the OS random source: each run prints another one.
      expect(maskInviteCodes(actual)).toBe(maskInviteCodes(readGolden(s.name)));
    });
  }
});

describe("golden console transcript of the follow-up journey (docs/demo/tindak-lanjut.ts)", () => {
  it(`gives exactly ${FOLLOWUP_DEMO}.transcript.txt`, async () => {
    process.env.TZ = "Asia/Jakarta";
    const dir = tempDataDir("rembug-golden-followup-");
    try {
      const { transcript } = await runFollowupDemo(dir);
      if (UPDATE) writeFileSync(goldenPath(FOLLOWUP_DEMO), transcript);
      expect(transcript).toBe(readGolden(FOLLOWUP_DEMO));
    } finally {
      removeDir(dir);
    }
  }, 90_000);
});
