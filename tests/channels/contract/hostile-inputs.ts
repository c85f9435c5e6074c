/**
 * Hostile-input campaign: residents walk through registration and aspirations while random and hostile
 * inputs (unicode noise, emoji, 5,000 chars, control chars, media, stale or garbage button data, unknown
 * commands, out-of-range numbers) are thrown in at every step. Every input must get a reply that is not the
 * apology sent after a crash, nothing may be logged at warn or above, and after each input the resident must be
 * at a sensible step: the same one after an input that cannot be an answer (sticker, voice, document, contact,
 * a garbage button), a step of the walk otherwise.
 */
import type { Store } from "../../../src/store/index.js";
import { seededRandom } from "../../support/seeded-random.js";

export type HostileInput =
  | { kind: "text"; text: string }
  | { kind: "photo" }
  | { kind: "location"; lat: number; lon: number }
  | { kind: "callback"; data: string }
  | { kind: "unsupported"; what: "sticker" | "voice" | "document" | "contact" };

/** Sends one input as `user` and resolves with the plain texts of the replies it caused (after everything is handled). */
export type Deliver = (user: string, input: HostileInput) => Promise<string[]>;

/** Every step a resident can be at during the walk (undefined: not registered, no session). */
export const WALK_STEPS: ReadonlySet<string | undefined> = new Set([
  undefined,
  "registrasi.consent",
  "registrasi.name",
  "registrasi.rw",
  "registrasi.rt",
  "menu.main",
  "aspirasi.category",
  "aspirasi.description",
  "aspirasi.location",
  "aspirasi.photo",
  "aspirasi.summary",
  "aspirasi.edit",
  // After Kirim: the rahasia offer (keamanan reports), then similar proposals of the RW (issue 9, 11).
  "aspirasi.rahasia",
  "aspirasi.similar",
  "aspirasi.similar-pick",
]);

/**
 * Whether `input` can never be an answer to the question at `step`: then the resident must stay at that step
 * (a first contact of any kind starts the registration). A button press is only an answer to its own question;
 * on channels without buttons the payload arrives as typed text (`callbacksAreText`).
 */
function cannotAnswer(input: HostileInput, step: string | undefined, callbacksAreText: boolean): boolean {
  if (input.kind === "unsupported") return true;
  if (input.kind === "callback" && !callbacksAreText) return !step || !input.data.startsWith(`${step}|`);
  return false;
}

function sensibleStep(input: HostileInput, before: string | undefined, after: string | undefined, callbacksAreText: boolean): boolean {
  if (!cannotAnswer(input, before, callbacksAreText)) return WALK_STEPS.has(after);
  return after === before || (before === undefined && after === "registrasi.consent");
}

export { seededRandom } from "../../support/seeded-random.js";

const POOLS = [
  "abcdefghijklmnopqrstuvwxyz ",
  "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
  "你好世界中文字符測試",
  "ÀÉÎÕÜñçøåæœß",
  "\u0301\u0308\u0327\u200b\u200c\u200d\u2060\ufeff\u202e\u202d",
  "😀😂🙏🏽👍🏿❤️‍🔥🇮🇩👨‍👩‍👧‍👦🤌🏼",
  "<>&\"'`*_~[]{}()|\\/$%#@!",
  "0123456789",
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function randomString(r: () => number, len: number, pools = POOLS): string {
  let s = "";
  while (s.length < len) s += pick(r, [...pick(r, pools)]);
  return s;
}

/** One hostile input. */
export function hostileInput(r: () => number): HostileInput {
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat(["\u007f", "\u0085", "\u2028", "\u2029"]);
  const kinds: Array<() => HostileInput> = [
    () => ({ kind: "text", text: randomString(r, 1 + Math.floor(r() * 60)) }),
    () => ({ kind: "text", text: randomString(r, 1 + Math.floor(r() * 8), [POOLS[5]!]) }),
    () => ({ kind: "text", text: randomString(r, 5000) }),
    () => ({ kind: "text", text: "a".repeat(5000) }),
    () => ({ kind: "text", text: Array.from({ length: 1 + Math.floor(r() * 20) }, () => pick(r, controls)).join("") }),
    () => ({ kind: "text", text: `Jalan${pick(r, controls)}rusak\u0000${pick(r, controls)}` }),
    () => ({ kind: "text", text: pick(r, ["   ", "\n\n\n", "\t", ".", "?", "...", "🙏"]) }),
    () => ({ kind: "text", text: pick(r, ["0", "99", "-1", "1e9", "3.5", "007", "RW 99", "RT 0", "12345678901234567890", "NaN", "Infinity"]) }),
    () => ({ kind: "text", text: pick(r, ["/foo", "/", "/start@", "/status ASP-ZZZZ", "/status '; DROP TABLE residents;--", "/rekap", "/ASPIRASI", "/menu@other_bot extra"]) }),
    () => ({ kind: "text", text: pick(r, ["<script>alert(1)</script>", "<b>tebal", "&amp;", "*bold* _it_ `code`", "${7*7}", "{{7*7}}", "%s%s%n"]) }),
    () => ({ kind: "photo" }),
    () => ({ kind: "location", lat: pick(r, [-6.2, 999, -91, 0]), lon: pick(r, [106.8, 181, -500, 0]) }),
    () => ({ kind: "callback", data: pick(r, ["registrasi.consent|yes", "aspirasi.summary|send", "menu.main|aspirasi", "x|y", "|", "||", "nodata", "aspirasi.category|jalan"]) }),
    () => ({ kind: "unsupported", what: pick(r, ["sticker", "voice", "document", "contact"] as const) }),
  ];
  return pick(r, kinds)();
}

/** A valid answer for the step the resident is at, so the walk moves through every step. */
export function validAnswer(step: string | undefined, r: () => number): string {
  switch (step) {
    case undefined:
      return "halo";
    case "registrasi.consent":
      return "1";
    case "registrasi.name":
      return pick(r, ["Budi Santoso", "Siti Aminah", "Ni Luh Putu", "Ahmad"]);
    case "registrasi.rw":
    case "registrasi.rt":
      return "1";
    case "menu.main":
      return "1";
    case "aspirasi.category":
      return String(1 + Math.floor(r() * 11));
    case "aspirasi.description":
      return "Jalan di gang kami berlubang dan tergenang saat hujan";
    case "aspirasi.location":
      return "Gang Mawar depan musala";
    case "aspirasi.photo":
      return "1";
    case "aspirasi.summary":
      return pick(r, ["1", "1", "2"]);
    case "aspirasi.edit":
      return "5";
    case "aspirasi.rahasia":
      return pick(r, ["1", "2"]);
    case "aspirasi.similar":
      return pick(r, ["1", "2"]);
    case "aspirasi.similar-pick":
      return "1";
    default:
      return "batal";
  }
}

export function currentStep(store: Store, channel: "fake" | "telegram", address: string): string | undefined {
  const resident = store.residents.findByIdentity(channel, address);
  if (!resident) return undefined;
  const s = store.sessions.get(resident.id) as { flow?: string; step?: string } | undefined;
  return s?.flow && s.step ? `${s.flow}.${s.step}` : resident.registered ? "menu.main" : undefined;
}

export interface CampaignResult {
  hostile: number;
  valid: number;
  /** Inputs that got no reply: [user, step, input]. */
  unanswered: Array<[string, string | undefined, HostileInput | string]>;
  stepsSeen: Set<string>;
  tickets: number;
  /** Inputs answered with the apology sent after a crash: [user, step, input]. */
  apologised: Array<[string, string | undefined, HostileInput | string]>;
  /** Inputs after which something was logged at warn or above: [user, step, input, log messages]. */
  logged: Array<[string, string | undefined, HostileInput | string, string[]]>;
  /** Inputs after which the resident was at a step that input cannot lead to: [user, before, input, after]. */
  wrongStep: Array<[string, string | undefined, HostileInput | string, string | undefined]>;
}

/**
 * Run `total` hostile inputs spread over `users` residents: before each valid answer, 0-3 hostile inputs
 * are sent at the current step.
 */
export async function runCampaign(o: {
  total: number;
  users: string[];
  seed: number;
  deliver: Deliver;
  step: (user: string) => string | undefined;
  tickets: () => number;
  /** The text of the apology the host sends after a crash (`error-internal`). */
  apology: string;
  /** Log lines at warn or above so far (a captured logger's). */
  problems: () => Array<{ msg: string }>;
  /** The channel has no buttons: a "callback" input is sent as typed text. */
  callbacksAreText?: boolean;
}): Promise<CampaignResult> {
  const r = seededRandom(o.seed);
  const res: CampaignResult = { hostile: 0, valid: 0, unanswered: [], stepsSeen: new Set(), tickets: 0, apologised: [], logged: [], wrongStep: [] };
  let u = 0;
  const send = async (user: string, input: HostileInput, hostile: boolean): Promise<void> => {
    const before = o.step(user);
    if (before) res.stepsSeen.add(before);
    const shown: HostileInput | string = input.kind === "text" && !hostile ? input.text : input;
    const problemsBefore = o.problems().length;
    const replies = await o.deliver(user, input);
    const after = o.step(user);
    if (replies.length < 1) res.unanswered.push([user, before, shown]);
    if (replies.some((t) => t.includes(o.apology))) res.apologised.push([user, before, shown]);
    const problems = o.problems().slice(problemsBefore);
    if (problems.length) res.logged.push([user, before, shown, problems.map((p) => p.msg)]);
    if (!sensibleStep(input, before, after, o.callbacksAreText ?? false)) res.wrongStep.push([user, before, shown, after]);
  };
  while (res.hostile < o.total) {
    const user = o.users[u++ % o.users.length]!;
    const burst = Math.min(o.total - res.hostile, Math.floor(r() * 4));
    for (let i = 0; i < burst; i++) {
      res.hostile++;
      await send(user, hostileInput(r), true);
    }
    const answer = validAnswer(o.step(user), r);
    res.valid++;
    await send(user, { kind: "text", text: answer }, false);
  }
  res.tickets = o.tickets();
  return res;
}
