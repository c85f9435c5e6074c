/**
 * The "Tindak lanjut usulan" journey for the README, through the console simulator: one resident's aspiration goes
 * through a real rembug RT, the Musrenbang, approval, work and completion, and she confirms that it was fixed.
 * Several `--user` sessions on one database, each exactly as `npm run -s chat -- --user <user>` runs (a real app:
 * SQLite, engine, in-process queue, aggregator, follow-up scheduler), each at its own date on a fixed clock, with a
 * seeded random. Nothing is set up behind the bot's back: the LPMK opens the cycle and invites the RT head in chat.
 *
 * `npx tsx docs/demo/tindak-lanjut.ts` writes docs/demo/tindak-lanjut.transcript.txt (so does `npm run golden:update`,
 * through tests/golden); `npm run docs:transcripts` puts it into the README.
 */
import { writeFileSync } from "node:fs";
import { Readable, Writable } from "node:stream";
import path from "node:path";
import { buildApp } from "../../src/app/build.js";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import { runConsole } from "../../src/channels/console/run-console.js";
import { loadConfig } from "../../src/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { seededRandom } from "../../tests/support/seeded-random.js";
import { goldenPath } from "./readme-transcripts.js";

export const FOLLOWUP_DEMO = "tindak-lanjut";

/** The environment of every session: the LPMK member is console user lpmk-1; residents are asked 3 days after selesai. */
export const FOLLOWUP_DEMO_ENV = { LPMK_ADMINS: "console:lpmk-1", FOLLOWUP_DELAY_DAYS: "3" } as const;

/** 12:00 in Jakarta on the given day (month 1-12). */
const noon = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day, 5, 0, 0);

/** What the sessions typed so far, to read a ticket or an invite code the bot gave. */
interface Seen {
  ticket(): string;
  inviteCode(): string;
}

export interface DemoSession {
  user: string;
  at: number;
  /** What this user types, one line each; empty: the user only opens the chat and reads what waited. */
  lines: (seen: Seen) => string[];
  /** Why this session is in the journey (printed in its header line). */
  note: string;
}

export const FOLLOWUP_SESSIONS: DemoSession[] = [
  {
    user: "lpmk-1",
    at: noon(2027, 1, 4),
    note: "LPMK opens the planning cycle and invites the head of RT 02 / RW 03",
    lines: () => ["/siklus buka Musrenbang 2027", "/undang ketua_rt 3 2"],
  },
  {
    user: "warga-1",
    at: noon(2027, 1, 5),
    note: "a resident registers and sends an aspiration",
    lines: () => [
      "halo",
      "1",
      "Siti Aminah",
      "RW 3",
      "2",
      "1",
      "2",
      "Selokan di depan rumah nomor 12 mampet dan meluap kalau hujan",
      "Gang Mawar depan musala",
      "lewati",
      "kirim",
    ],
  },
  {
    user: "ketua",
    at: noon(2027, 1, 6),
    note: "the RT head registers and accepts the invite",
    lines: (seen) => ["halo", "1", "Pak Harto", "3", "2", `/kode ${seen.inviteCode()}`, "1"],
  },
  {
    user: "ketua",
    at: noon(2027, 1, 16),
    note: "after the meeting the RT head records the rembug RT and confirms it",
    lines: () => ["/rembug", "1", "selesai", "2", "2", "40 m", "15 jt", "30", "12", "5", "6", "1", "lewati", "1"],
  },
  { user: "warga-1", at: noon(2027, 1, 17), note: "the resident opens the chat", lines: () => [] },
  {
    user: "lpmk-1",
    at: noon(2027, 2, 10),
    note: "the LPMK takes the RT lists to the Musrenbang Kelurahan",
    lines: (seen) => [`/usulan ${seen.ticket()}`, `/usulan ${seen.ticket()} diusulkan-musrenbang`],
  },
  { user: "warga-1", at: noon(2027, 2, 11), note: "the resident opens the chat", lines: () => [] },
  {
    user: "lpmk-1",
    at: noon(2027, 5, 20),
    note: "the city budget (RKPD) takes it",
    lines: (seen) => [`/usulan ${seen.ticket()} disetujui`, "1"],
  },
  { user: "warga-1", at: noon(2027, 5, 21), note: "the resident opens the chat", lines: () => [] },
  { user: "lpmk-1", at: noon(2027, 7, 5), note: "work starts", lines: (seen) => [`/usulan ${seen.ticket()} dikerjakan`] },
  { user: "warga-1", at: noon(2027, 7, 6), note: "the resident opens the chat", lines: () => [] },
  { user: "lpmk-1", at: noon(2027, 8, 2), note: "the work is done", lines: (seen) => [`/usulan ${seen.ticket()} selesai`] },
  { user: "warga-1", at: noon(2027, 8, 3), note: "the resident opens the chat", lines: () => [] },
  {
    user: "warga-1",
    at: noon(2027, 8, 6),
    note: "FOLLOWUP_DELAY_DAYS later the resident is asked whether it is fixed",
    lines: (seen) => ["1", "lewati", "Sudah lancar, tidak meluap lagi", `/status ${seen.ticket()}`],
  },
  { user: "lpmk-1", at: noon(2027, 8, 7), note: "the LPMK's recaps", lines: () => ["/usulan rekap", "/rekap 3", "4"] },
];

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Jakarta" });

/** The header line of a session in the transcript. */
export const sessionHeader = (s: DemoSession): string => `## ${DATE.format(s.at)} · --user ${s.user} · ${s.note}`;

export interface FollowupDemoRun {
  /** Every session's header and output, in order. */
  transcript: string;
  /** Each session's output (without its header), in order. */
  sessions: Array<{ session: DemoSession; text: string }>;
  ticket: string;
}

/** Run the journey on `dataDir` (empty or new). */
export async function runFollowupDemo(dataDir: string): Promise<FollowupDemoRun> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", ...FOLLOWUP_DEMO_ENV }, path.resolve(path.dirname(goldenPath(FOLLOWUP_DEMO)), "../.."));
  const outputs: Array<{ session: DemoSession; text: string }> = [];
  const all = () => outputs.map((o) => o.text).join("");
  const seen: Seen = {
    ticket: () => firstMatch(all(), /Nomor tiket: \*(ASP-\w{4})\*/, "ticket"),
    inviteCode: () => firstMatch(all(), /\b(RT-\w{4}-\w{4})\b/, "invite code"),
  };
  for (const [i, s] of FOLLOWUP_SESSIONS.entries()) {
    const app = buildApp({ config, log: silentLogger(), now: () => s.at, random: seededRandom(2000 + i) });
    const pipeline = await startAppPipeline(app, "all");
    app.host.recover();
    let text = "";
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString();
        done();
      },
    });
    const input = Readable.from(s.lines(seen).map((l) => `${l}\n`));
    await runConsole(app, { user: s.user, input, output, settle: () => pipeline.settle() });
    await app.host.stop();
    await pipeline.stop();
    app.store.close();
    outputs.push({ session: s, text: stable(text, dataDir) });
  }
  // The invite code comes from the operating system's random source on purpose (src/roles/invite-code.ts).
  const code = seen.inviteCode();
  const shown = outputs.map((o) => ({ ...o, text: o.text.split(code).join(INVITE_CODE_SHOWN) }));
  return {
    transcript: shown.map((o) => `${sessionHeader(o.session)}\n\n${o.text}`).join(""),
    sessions: shown,
    ticket: seen.ticket(),
  };
}

/** How the transcript writes the invite code, which differs on every run. */
export const INVITE_CODE_SHOWN = "RT-XXXX-XXXX";

/** The data directory is a fresh temporary one: written as $DATA_DIR, so the transcript is the same on every run. */
function stable(text: string, dataDir: string): string {
  return text.split(dataDir).join("$DATA_DIR");
}

function firstMatch(text: string, re: RegExp, what: string): string {
  const m = re.exec(text);
  if (!m) throw new Error(`follow-up demo: no ${what} in the transcript so far`);
  return m[1]!;
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  // Dates are shown in Jakarta time, whatever the machine's zone.
  process.env.TZ = "Asia/Jakarta";
  const { mkdtempSync, rmSync } = await import("node:fs");
  const os = await import("node:os");
  const dir = mkdtempSync(path.join(os.tmpdir(), "rembug-followup-demo-"));
  try {
    const run = await runFollowupDemo(dir);
    writeFileSync(goldenPath(FOLLOWUP_DEMO), run.transcript);
    process.stdout.write(`${goldenPath(FOLLOWUP_DEMO)}: ${run.sessions.length} sessions written\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
