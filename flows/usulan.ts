/**
 * /usulan (LPMK): one proposal in full, or moving proposals after the Musrenbang (one ticket, a list of tickets or
 * a whole RW), with a reason for `ditolak`, a funding channel for `disetujui` and a confirmation for a batch.
 * Also the resident's answer to "is it fixed?" (flow `beres`), which the follow-up scheduler offers after `selesai`.
 * The rules and the move itself live in src/followup/ so a dashboard can call the very same functions.
 */
import { z } from "zod";
import "../src/followup/engine-types.js";
import type { MoveError, MoveRequest, PlanResult } from "../src/followup/move.js";
import {
  FOLLOWUP_STATUSES,
  FUNDING_CHANNELS,
  REJECT_REASONS,
  parseWord,
  type FollowupStatus,
  type FundingChannel,
} from "../src/followup/transitions.js";
import { formatFollowupRecap } from "../src/followup/recap.js";
import { refusalText as refusalWords } from "../src/followup/refusal-text.js";
import { readData } from "../src/engine/flow-data.js";
import { parseTicket } from "../src/engine/tickets.js";
import type { FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import { padArea } from "./area.js";
import { TICKET_PREFIX, aspirasi } from "./aspirasi.js";
import { REGISTRATION_FLOW } from "../src/engine/engine.js";
import { parseRwArg } from "./rekap.js";

const ASPIRASI_FLOW = aspirasi.id;

export const USULAN_ROLES = ["lpmk"];
const FORCE_WORDS = ["paksa", "force", "--paksa"];
const BATCH_SHOWN = 10;

const usulanData = z.object({
  tickets: z.array(z.string()).optional(),
  to: z.enum(FOLLOWUP_STATUSES).optional(),
  reason: z.string().optional(),
  channel: z.enum(FUNDING_CHANNELS).optional(),
  force: z.boolean().optional(),
  batch: z.boolean().optional(),
});
type UsulanData = z.infer<typeof usulanData>;

const isAdmin = (c: StepCtx) => (c.env.actor.grants ?? []).some((g) => g.role === "admin");
const statusOf = (c: StepCtx, word: string) => parseWord(word, FOLLOWUP_STATUSES, (s) => c.words(`usulan-status-${s}-aliases`));
const channelOf = (c: StepCtx, word: string) => parseWord(word, FUNDING_CHANNELS, (s) => c.words(`usulan-channel-${s}-aliases`));
const date = (at: number) => new Date(at);

/** Why a move is refused, in plain words (the same text as the admin import's). */
export function refusalText(c: StepCtx, ticket: string, e: MoveError): string {
  return refusalWords((k, a) => c.t(k, a), ticket, e);
}

function detailText(c: StepCtx, ticket: string): string {
  const p = c.env.reads.followup?.proposal(ticket);
  if (!p) return c.t("usulan-unknown-ticket", { ticket });
  const lines = [
    c.t("usulan-detail", {
      ticket: p.ticket,
      category: c.t(`category-${p.category}`),
      description: p.description,
      location: p.locationText ?? "-",
      rw: padArea(p.rw),
      rt: padArea(p.rt),
      status: c.t(`status-${p.status}`),
      origin: c.t(`usulan-origin-${p.origin === "rembug" ? "rembug" : "warga"}`),
      supporters: p.supporters,
    }),
  ];
  if (p.confidential) lines.push(c.t("usulan-detail-rahasia"));
  // The reporter's identity is for LPMK admins only.
  if (isAdmin(c) && p.reporter) lines.push(c.t("usulan-detail-reporter", { name: p.reporter }));
  lines.push("", c.t("usulan-detail-history"), ...timelineLines(c, p));
  if (p.linked.length) {
    lines.push("", c.t("usulan-detail-linked", { count: p.linked.length }));
    for (const l of p.linked) lines.push(c.t("usulan-detail-linked-line", { ticket: l.ticket, rt: padArea(l.rt), description: l.description.slice(0, 60) }));
  }
  return lines.join("\n");
}

/**
 * The history of a proposal in plain words, oldest first, with list ranks in between:
 * "18 Jan 2027 · masuk daftar prioritas RT 02, urutan 1". Shared with /status.
 */
export function timelineLines(
  c: Pick<StepCtx, "t">,
  tl: {
    history: Array<{ at: number; status: string; reason: string | null; channel: string | null }>;
    ranks: Array<{ at: number; level: string; rw: number | null; rt: number | null; rank: number }>;
    /** LPMK merges and splits (src/aggregator/cluster-edit.ts). */
    edits?: Array<{ at: number; kind: string; ticket: string; reason: string }>;
  },
): string[] {
  const entries = [
    ...tl.history.map((h) => ({
      at: h.at,
      text: h.reason
        ? c.t("usulan-history-reason", { status: c.t(`status-${h.status}`), reason: h.reason })
        : h.channel
          ? c.t("usulan-history-channel", { status: c.t(`status-${h.status}`), channel: c.t(`usulan-channel-${h.channel}`) })
          : c.t(`status-${h.status}`),
    })),
    ...tl.ranks.map((r) => ({
      at: r.at,
      text:
        r.level === "rt"
          ? c.t("usulan-history-rank-rt", { rt: padArea(r.rt ?? 0), rw: padArea(r.rw ?? 0), rank: r.rank })
          : c.t("usulan-history-rank-rw", { rw: padArea(r.rw ?? 0), rank: r.rank }),
    })),
    ...(tl.edits ?? []).map((e) => ({ at: e.at, text: c.t(`klaster-trail-${e.kind}`, { ticket: e.ticket, reason: e.reason }) })),
  ].sort((a, b) => a.at - b.at);
  return entries.map((e) => c.t("usulan-history-line", { date: date(e.at), text: e.text }));
}

/** Split "ASP-7K3Q ASP-P4MN disetujui rkpd" / "rw 3 diusulkan-musrenbang" / "ASP-7K3Q ditolak dobel". */
function parseArgs(c: StepCtx, arg: string): { tickets: string[]; rw?: number; word?: string; rest: string[]; force: boolean } | { error: string } {
  let tokens = arg.trim().split(/\s+/).filter(Boolean);
  const force = tokens.some((w) => FORCE_WORDS.includes(w.toLowerCase()));
  tokens = tokens.filter((w) => !FORCE_WORDS.includes(w.toLowerCase()));
  let rw: number | undefined;
  const tickets: string[] = [];
  if (tokens[0]?.toLowerCase() === "rw" || /^rw\d+$/i.test(tokens[0] ?? "")) {
    const rwWord = /^rw\d+$/i.test(tokens[0]!) ? tokens.shift()! : `${tokens.shift()} ${tokens.shift() ?? ""}`;
    const n = parseRwArg(rwWord);
    if (n === null || !c.env.wilayah.has(n)) return { error: c.t("rekap-unknown-rw", { rw: rwWord.slice(0, 10) }) };
    rw = n;
  } else {
    while (tokens.length) {
      // A ticket starts with ASP or has a digit: "tolak" or "rkpd" are words, not tickets.
      const w = tokens[0]!;
      const t = /^asp|\d/i.test(w) ? parseTicket(TICKET_PREFIX, w) : null;
      if (!t) break;
      tickets.push(t);
      tokens.shift();
    }
    if (!tickets.length) return { error: c.t("usulan-usage") };
  }
  const [word, ...rest] = tokens;
  return { tickets, ...(rw !== undefined ? { rw } : {}), ...(word !== undefined ? { word } : {}), rest, force };
}

/** Continue once the status, reason and channel are known: ask what is missing, then apply or confirm. */
function proceed(c: StepCtx, d: UsulanData): Transition {
  const tickets = d.tickets ?? [];
  const to = d.to!;
  if (to === "ditolak" && !d.reason) return { set: d, goto: "alasan" };
  if (to === "disetujui" && !d.channel) return { set: d, goto: "saluran" };
  const reads = c.env.reads.followup!;
  const reqs: MoveRequest[] = tickets.map((ticket) => ({ ticket, to, reason: d.reason ?? null, channel: d.channel ?? null, force: Boolean(d.force) }));
  const plans = reads.plan(reqs, isAdmin(c));
  const good = plans.flatMap((p) => (p.ok ? [p.move.req] : []));
  if (!d.batch) {
    const p = plans[0] as PlanResult;
    if (!p.ok) return { say: [{ text: refusalText(c, tickets[0]!, p.error) }], end: {} };
    return applied(c, good, p.move.forced);
  }
  const refused = plans.flatMap((p, i) => (p.ok ? [] : [refusalText(c, tickets[i]!, p.error)]));
  if (!good.length) return { say: [{ text: [c.t("usulan-batch-none", { status: c.t(`status-${to}`) }), ...refused.slice(0, BATCH_SHOWN)].join("\n") }], end: {} };
  const summary = [
    c.t("usulan-batch-summary", { count: good.length, status: c.t(`status-${to}`), refused: refused.length }),
    ...good.slice(0, BATCH_SHOWN).map((r) => `• ${r.ticket}`),
    ...(refused.length ? ["", ...refused.slice(0, BATCH_SHOWN)] : []),
  ].join("\n");
  return { set: { ...d, tickets: good.map((r) => r.ticket) }, say: [{ text: summary }], goto: "konfirmasi" };
}

function applied(c: StepCtx, requests: MoveRequest[], forced: boolean): Transition {
  const to = requests[0]!.to;
  const text =
    requests.length === 1
      ? c.t(forced ? "usulan-moved-forced" : "usulan-moved", { ticket: requests[0]!.ticket, status: c.t(`status-${to}`) })
      : c.t("usulan-batch-moved", { count: requests.length, status: c.t(`status-${to}`) });
  return { effects: [{ type: "usulan.move", requests, mayForce: isAdmin(c) }], say: [{ text }], end: {} };
}

export const usulan: FlowDef = {
  id: "usulan",
  version: 1,
  data: usulanData,
  start: "konfirmasi",
  commands: ["usulan"],
  // Not guarded by `roles`: a resident's "/usulan" has always meant "send an aspiration" and still does.
  requiresRegistration: false,
  onStart(c, arg) {
    if (!USULAN_ROLES.some((r) => c.env.actor.roles.has(r))) {
      return c.resident.registered ? { startFlow: ASPIRASI_FLOW } : { say: [{ text: c.t("registration-required") }], startFlow: REGISTRATION_FLOW };
    }
    const reads = c.env.reads.followup;
    if (!reads) return { say: [{ text: c.t("usulan-unavailable") }], end: {} };
    if (!arg?.trim()) return { say: [{ text: c.t("usulan-usage") }], end: {} };
    if (arg.trim().toLowerCase() === "rekap") return { say: [{ text: formatFollowupRecap(reads.recap(), c.env.t, c.lang) }], end: {} };
    const parsed = parseArgs(c, arg);
    if ("error" in parsed) return { say: [{ text: parsed.error }], end: {} };
    if (!parsed.word) {
      if (parsed.tickets.length === 1) return { say: [{ text: detailText(c, parsed.tickets[0]!) }], end: {} };
      return { say: [{ text: c.t("usulan-usage") }], end: {} };
    }
    const to = statusOf(c, parsed.word);
    if (!to) return { say: [{ text: c.t("usulan-unknown-status", { word: parsed.word.slice(0, 30), statuses: FOLLOWUP_STATUSES.join(", ") }) }], end: {} };
    if (parsed.force && !isAdmin(c)) return { say: [{ text: c.t("usulan-force-admin-only") }], end: {} };
    const tickets = parsed.rw !== undefined ? reads.ticketsOfRw(parsed.rw) : parsed.tickets;
    if (!tickets.length) return { say: [{ text: c.t("usulan-batch-none", { status: c.t(`status-${to}`) }) }], end: {} };
    // A batch (a list or an RW) is always confirmed, even when it names one proposal.
    const d: UsulanData = { tickets, to, force: parsed.force, batch: parsed.rw !== undefined || tickets.length > 1 };
    const restText = parsed.rest.join(" ").trim();
    if (to === "disetujui" && restText) {
      const ch = channelOf(c, restText);
      if (ch) d.channel = ch;
    }
    if (to === "ditolak" && restText) {
      const r = parseWord(restText, REJECT_REASONS, (s) => c.words(`usulan-reason-${s}-aliases`));
      d.reason = r && r !== "lainnya" ? c.t(`usulan-reason-${r}`) : restText.slice(0, 300);
    }
    return proceed(c, d);
  },
  steps: {
    konfirmasi: {
      kind: "choice",
      prompt: (c) => c.t("usulan-batch-confirm"),
      options: (c) => [
        { value: "ya", label: c.t("usulan-batch-yes"), aliases: c.words("usulan-batch-yes-aliases") },
        { value: "batal", label: c.t("usulan-batch-no"), aliases: c.words("usulan-batch-no-aliases") },
      ],
      onChoose(value, c) {
        const d = readData(usulanData, c);
        if (value !== "ya" || !d.to || !d.tickets?.length) return { say: [{ text: c.t("usulan-batch-cancelled") }], end: {} };
        const reqs = d.tickets.map((ticket) => ({ ticket, to: d.to!, reason: d.reason ?? null, channel: d.channel ?? null, force: Boolean(d.force) }));
        // Checked again: something may have moved since the summary.
        const plans = c.env.reads.followup!.plan(reqs, isAdmin(c));
        const bad = plans.findIndex((p) => !p.ok);
        if (bad >= 0) return { say: [{ text: refusalText(c, reqs[bad]!.ticket, (plans[bad] as { error: MoveError }).error) }], end: {} };
        return applied(c, reqs, false);
      },
    },
    alasan: {
      kind: "choice",
      prompt: (c) => c.t("usulan-reason-prompt"),
      options: (c) => REJECT_REASONS.map((r) => ({ value: r, label: c.t(`usulan-reason-${r}`), aliases: c.words(`usulan-reason-${r}-aliases`) })),
      onChoose(value, c) {
        if (value === "lainnya") return { goto: "alasan-tulis" };
        return proceed(c, { ...readData(usulanData, c), reason: c.t(`usulan-reason-${value}`) });
      },
    },
    "alasan-tulis": {
      kind: "text",
      min: 3,
      max: 300,
      prompt: (c) => c.t("usulan-reason-write"),
      onText: (text, c) => proceed(c, { ...readData(usulanData, c), reason: text }),
    },
    saluran: {
      kind: "choice",
      prompt: (c) => c.t("usulan-channel-prompt"),
      options: (c) => FUNDING_CHANNELS.map((ch) => ({ value: ch, label: c.t(`usulan-channel-${ch}`), aliases: c.words(`usulan-channel-${ch}-aliases`) })),
      onChoose: (value, c) => proceed(c, { ...readData(usulanData, c), channel: value as FundingChannel }),
    },
  },
};

/** "Is it fixed?": the step the follow-up scheduler offers; its answers. */
export const BERES_FLOW = "beres";
export const BERES_VERSION = 1;
export const BERES_STEP = "jawab";
export const BERES_ANSWERS = ["sudah", "belum", "sebagian"] as const;

const beresData = z.object({
  askId: z.number().int().optional(),
  ticket: z.string().optional(),
  answer: z.enum(BERES_ANSWERS).optional(),
  photoPath: z.string().nullable().optional(),
});

/** The options of the question, shared with the scheduler so its buttons land on this step. */
export function beresOptions(t: (key: string) => string, words: (key: string) => string[] = () => []) {
  return BERES_ANSWERS.map((a) => ({ value: a, label: t(`beres-${a}`), aliases: words(`beres-${a}-aliases`) }));
}

export const beres: FlowDef = {
  id: BERES_FLOW,
  version: BERES_VERSION,
  data: beresData,
  start: BERES_STEP,
  commands: ["beres"],
  requiresRegistration: false,
  onStart(c, arg) {
    // Typed later ("/beres ASP-7K3Q"): only a question that was asked and not answered yet.
    const ticket = arg ? parseTicket(TICKET_PREFIX, arg) : undefined;
    const ask = ticket ? c.env.reads.followup?.openAsk(c.resident.id, ticket) : undefined;
    if (!ticket || ask === undefined) return { say: [{ text: c.t("beres-none") }], end: {} };
    return { set: { askId: ask, ticket }, goto: BERES_STEP };
  },
  steps: {
    [BERES_STEP]: {
      kind: "choice",
      prompt: (c) => c.t("beres-question", { ticket: readData(beresData, c).ticket ?? "" }),
      options: (c) => beresOptions((k) => c.t(k), (k) => c.words(k)),
      onChoose: (value, c) => ({ set: { answer: value }, goto: "foto" }),
    },
    foto: {
      kind: "photo",
      prompt: (c) => c.t("beres-photo"),
      skip: (c) => ({ value: "skip", label: c.t("beres-skip"), aliases: c.words("beres-skip-aliases") }),
      onPhoto: (path) => ({ set: { photoPath: path }, goto: "komentar" }),
    },
    komentar: {
      kind: "text",
      min: 1,
      max: 500,
      prompt: (c) => c.t("beres-comment"),
      onText(text, c) {
        const d = readData(beresData, c);
        const skip = c.words("beres-skip-aliases").some((w) => w.toLowerCase() === text.trim().toLowerCase());
        if (d.askId === undefined || !d.answer) return { end: {} };
        return {
          effects: [{ type: "followup.answer", askId: d.askId, answer: d.answer, comment: skip ? null : text, photoPath: d.photoPath ?? null }],
          say: [{ text: c.t(d.answer === "sudah" ? "beres-thanks-done" : "beres-thanks-reopened", { ticket: d.ticket ?? "" }) }],
          end: {},
        };
      },
    },
  },
};
