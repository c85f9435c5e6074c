/**
 * /umumkan: an LPMK broadcast. Type (undangan rapat / sosialisasi), audience with the recipient counts per channel
 * (and how many said berhenti), the content (an undangan's judul, time, place and agenda; a sosialisasi's text,
 * optional poster photo or PDF, and link), a preview as residents will see it, then Kirim / Ubah / Batal.
 * Who may send what to whom: pengurus_lpmk and admin anything to anyone; ketua_rw their RW; ketua_rt their RT;
 * kader sosialisasi only, within their scope. Refusals are polite and audited.
 */
import { z } from "zod";
import { audienceSchema, type Audience, type AudienceType, type BroadcastContent } from "../src/broadcast/types.js";
import { broadcastMessage } from "../src/broadcast/render.js";
import "../src/broadcast/engine-types.js";
import "../src/broadcast/schedule-types.js";
import { REPEAT_TYPES, repeatRuleSchema, ruleFromMoment, ruleText, type RepeatType } from "../src/broadcast/schedule-rule.js";
import { DEFAULT_TIME_ZONE, formatDateTime } from "../src/engine/steps/date-time.js";
import { isKelurahanWide, mayAct, type RoleGrant, type RoleName } from "../src/core/roles.js";
import { accessDenied } from "../src/engine/access-denied.js";
import { readData } from "../src/engine/flow-data.js";
import type { ChoiceOption, FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import { padArea } from "./area.js";

export const UMUMKAN_ROLES = ["lpmk", "ketua_rw", "ketua_rt", "kader"];

const umumkanData = z.object({
  kind: z.enum(["undangan", "sosialisasi"]).optional(),
  audienceType: z.string().optional(),
  audience: audienceSchema.optional(),
  title: z.string().optional(),
  at: z.number().int().optional(),
  place: z.string().optional(),
  agenda: z.string().optional(),
  text: z.string().optional(),
  photo: z.string().nullable().optional(),
  document: z.object({ path: z.string(), fileName: z.string() }).nullable().optional(),
  link: z.string().nullable().optional(),
  // When: at once (absent), at `sendAt`, or repeating by `repeat` from `first`.
  sendMode: z.enum(["now", "at", "repeat"]).optional(),
  sendAt: z.number().int().nullable().optional(),
  repeatType: z.enum(REPEAT_TYPES).optional(),
  repeat: repeatRuleSchema.nullable().optional(),
  first: z.number().int().nullable().optional(),
});
type UmumkanData = z.infer<typeof umumkanData>;

const grantsOf = (c: StepCtx): readonly RoleGrant[] => c.env.actor.grants ?? [];
const wide = (c: StepCtx): boolean => grantsOf(c).some(isKelurahanWide) || c.env.actor.roles.has("lpmk");
/** Roles whose holders may send this kind to an area they cover. */
const senderRoles = (kind: UmumkanData["kind"]): RoleName[] => (kind === "undangan" ? ["ketua_rw", "ketua_rt"] : ["ketua_rw", "ketua_rt", "kader"]);

function mayCover(c: StepCtx, scope: { rw?: number; rt?: number }): boolean {
  if (wide(c)) return true;
  return mayAct(grantsOf(c), senderRoles(readData(umumkanData, c).kind), scope);
}

/** The shared refusal (src/engine/access-denied.ts) with what this sender may do instead; `what` names the audience asked for. */
function refuse(c: StepCtx, what: string, hint = "umumkan-denied-scope"): Transition {
  return accessDenied(c, { subject: `umumkan:${what}`, detail: { roles: [...c.env.actor.roles] }, hint: { key: hint } });
}

/** The audiences worth offering to this sender for this kind. */
function audienceTypes(c: StepCtx): AudienceType[] {
  const kind = readData(umumkanData, c).kind;
  if (wide(c)) return kind === "undangan" ? ["semua", "rw", "rt", "ketua-rt", "ketua-rw", "lpmk", "kader", "agenda"] : ["semua", "rw", "rt", "ketua-rt", "ketua-rw", "lpmk", "kader"];
  const g = grantsOf(c);
  const types = new Set<AudienceType>();
  for (const x of g) {
    if (x.role === "ketua_rw") for (const t of ["rw", "rt", ...(kind === "undangan" ? ["agenda"] : [])] as AudienceType[]) types.add(t);
    if (x.role === "ketua_rt") types.add("rt");
    if (x.role === "kader" && kind === "sosialisasi") for (const t of (x.rw === undefined ? ["semua", "rw", "rt"] : ["rw", "rt"]) as AudienceType[]) types.add(t);
  }
  return ["semua", "rw", "rt", "agenda"].filter((t) => types.has(t as AudienceType)) as AudienceType[];
}

/** "1 3 5", "RW 1, 3 dan 5" -> [1, 3, 5]; null when something else is written. */
export function parseNumberList(text: string): number[] | null {
  const cleaned = text.toLowerCase().replace(/\b(rw|rt|dan|and)\b/g, " ").replace(/[,;/]+/g, " ").trim();
  if (!cleaned) return null;
  const parts = cleaned.split(/\s+/);
  if (!parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  return [...new Set(parts.map(Number))].filter((n) => n > 0);
}

function contentOf(d: UmumkanData): BroadcastContent {
  if (d.kind === "undangan") return { kind: "undangan", title: d.title ?? "", at: d.at ?? 0, place: d.place ?? "", agenda: d.agenda ?? "" };
  return { kind: "sosialisasi", text: d.text ?? "", ...(d.link ? { link: d.link } : {}), ...(d.photo ? { photo: d.photo } : {}), ...(d.document ? { document: d.document } : {}) };
}

function audienceLabel(c: StepCtx, a: Audience): string {
  switch (a.type) {
    case "rw":
      return c.t("umumkan-audience-rw-list", { rws: a.rws.map(padArea).join(", ") });
    case "rt":
      return c.t("umumkan-audience-rt-one", { rw: padArea(a.rw), rt: padArea(a.rt) });
    case "agenda":
      return c.t("umumkan-audience-agenda-rw", { rw: padArea(a.rw) });
    default:
      return c.t(`umumkan-audience-${a.type}`);
  }
}

/** After the audience is known: tell the count and go on to the content (or back, when nobody would get it). */
function withAudience(c: StepCtx, audience: Audience): Transition {
  const count = c.env.reads.broadcasts?.count(audience);
  if (!count) return { say: [{ text: c.t("umumkan-unavailable") }], end: {} };
  const reach = count.telegram + count.whatsapp + count.other;
  const summary = c.t("umumkan-count", {
    audience: audienceLabel(c, audience),
    reach,
    telegram: count.telegram,
    whatsapp: count.whatsapp,
    other: count.other,
    berhenti: count.berhenti,
    unreachable: count.unreachable,
  });
  if (reach === 0) return { say: [{ text: summary }, { text: c.t("umumkan-nobody") }], goto: "sasaran" };
  const next = readData(umumkanData, c).kind === "undangan" ? "judul" : "teks";
  return { set: { audience }, say: [{ text: summary }], goto: next };
}

function previewText(c: StepCtx): string {
  const d = readData(umumkanData, c);
  if (!d.audience || !d.kind) return c.t("umumkan-preview-empty");
  const msg = broadcastMessage((k, a) => c.t(k, a), contentOf(d), { id: 0, zone: c.env.timeZone ?? "Asia/Jakarta", lang: c.lang, from: c.resident.name ?? "LPMK" });
  const count = c.env.reads.broadcasts?.count(d.audience);
  const reach = count ? count.telegram + count.whatsapp + count.other : 0;
  const options = msg.options?.length ? `\n[${msg.options.map((o) => o.label).join("] [")}]` : "";
  const attached = msg.document?.mime === "application/pdf" ? c.t("umumkan-preview-document", { file: msg.document.filename }) : c.t("umumkan-preview-poster");
  const poster = msg.document ? `\n${attached}` : "";
  return c.t("umumkan-preview", { message: `${msg.text}${options}${poster}`, audience: audienceLabel(c, d.audience), reach, berhenti: count?.berhenti ?? 0, when: whenLine(c) });
}

// --- When: now, at a set time, or repeating (sosialisasi only) ---

const zoneOf = (c: StepCtx): string => c.env.timeZone ?? DEFAULT_TIME_ZONE;
const when = (c: StepCtx, at: number): string => formatDateTime(at, zoneOf(c), c.lang, (k, a) => c.t(k, a));

/** The preview's line about when it goes. */
function whenLine(c: StepCtx): string {
  const d = readData(umumkanData, c);
  if (d.sendMode === "at" && d.sendAt) return c.t("umumkan-preview-when-at", { when: when(c, d.sendAt) });
  if (d.sendMode === "repeat" && d.repeat && d.first) {
    return c.t("umumkan-preview-when-repeat", { rule: ruleText((k, a) => c.t(k, a), d.repeat, zoneOf(c), c.lang), first: when(c, d.first) });
  }
  return c.t("umumkan-preview-when-now");
}

/** Kirim for a broadcast sent later or repeating; undefined when it goes now. */
function sendTimed(c: StepCtx, audience: Audience, content: BroadcastContent): Transition | undefined {
  const d = readData(umumkanData, c);
  if (d.sendMode === "at" && d.sendAt) {
    // Checked again at Kirim: the preview may have waited.
    if (d.sendAt <= c.env.now) return { say: [{ text: c.t("input-datetime-past", { when: when(c, d.sendAt) }) }], goto: "kapan-waktu" };
    return { effects: [{ type: "broadcast.create-at", audience, content, sendAt: d.sendAt }], say: [{ text: c.t("umumkan-queued-at", { when: when(c, d.sendAt) }) }], end: {} };
  }
  if (d.sendMode === "repeat" && d.repeat && d.first && content.kind === "sosialisasi") {
    if (d.first <= c.env.now) return { say: [{ text: c.t("input-datetime-past", { when: when(c, d.first) }) }], goto: "ulang-mulai" };
    const rule = ruleText((k, a) => c.t(k, a), d.repeat, zoneOf(c), c.lang);
    return { effects: [{ type: "broadcast.repeat", audience, content, rule: d.repeat }], say: [{ text: c.t("umumkan-queued-repeat", { rule, first: when(c, d.first) }) }], end: {} };
  }
  return undefined;
}

const whenSteps: FlowDef["steps"] = {
  kapan: {
    kind: "choice",
    prompt: (c) => c.t("umumkan-when-send-prompt"),
    options: (c) => [
      { value: "now", label: c.t("umumkan-when-now"), aliases: c.words("umumkan-when-now-aliases") },
      { value: "at", label: c.t("umumkan-when-later"), aliases: c.words("umumkan-when-later-aliases") },
      // A meeting happens once: repeating is for programme information (e.g. the Posyandu day).
      ...(readData(umumkanData, c).kind === "sosialisasi" ? [{ value: "repeat", label: c.t("umumkan-when-repeat"), aliases: c.words("umumkan-when-repeat-aliases") }] : []),
    ],
    onChoose(value) {
      if (value === "at") return { set: { sendMode: "at", repeat: null, first: null }, goto: "kapan-waktu" };
      if (value === "repeat") return { set: { sendMode: "repeat", sendAt: null }, goto: "ulang-pola" };
      return { set: { sendMode: "now", sendAt: null, repeat: null, first: null }, goto: "pratinjau" };
    },
  },
  "kapan-waktu": {
    kind: "date-time",
    prompt: (c) => c.t("umumkan-send-at-prompt"),
    onDateTime(at, c) {
      const d = readData(umumkanData, c);
      if (d.kind === "undangan" && d.at !== undefined && at >= d.at) return { invalid: c.t("umumkan-send-at-after-meeting", { when: when(c, d.at) }) };
      return { set: { sendAt: at }, goto: "pratinjau" };
    },
  },
  "ulang-pola": {
    kind: "choice",
    prompt: (c) => c.t("umumkan-repeat-prompt"),
    options: (c) => REPEAT_TYPES.map((t) => ({ value: t, label: c.t(`umumkan-repeat-${t}`), aliases: c.words(`umumkan-repeat-${t}-aliases`) })),
    onChoose: (value) => ({ set: { repeatType: value as RepeatType }, goto: "ulang-mulai" }),
  },
  "ulang-mulai": {
    kind: "date-time",
    prompt: (c) => c.t("umumkan-repeat-first-prompt"),
    onDateTime(at, c) {
      const r = ruleFromMoment(readData(umumkanData, c).repeatType ?? "weekly", at, zoneOf(c));
      if (!r.ok) return { invalid: c.t("umumkan-repeat-too-late") };
      return { set: { repeat: r.rule, first: at }, goto: "pratinjau" };
    },
  },
};

const LINK = /^(https?:\/\/|www\.)[^\s]+$/i;

export const umumkan: FlowDef = {
  id: "umumkan",
  version: 1,
  data: umumkanData,
  start: "jenis",
  commands: ["umumkan"],
  roles: UMUMKAN_ROLES,
  // LPMK members named in LPMK_ADMINS need not register as residents; the role check guards the flow.
  requiresRegistration: false,
  steps: {
    jenis: {
      kind: "choice",
      prompt: (c) => c.t("umumkan-kind-prompt"),
      options: (c) => [
        { value: "undangan", label: c.t("umumkan-kind-undangan"), aliases: c.words("umumkan-kind-undangan-aliases") },
        { value: "sosialisasi", label: c.t("umumkan-kind-sosialisasi"), aliases: c.words("umumkan-kind-sosialisasi-aliases") },
      ],
      onChoose(value, c) {
        const kind = value === "undangan" ? "undangan" : "sosialisasi";
        // A kader passes on programme information; meetings are called by the LPMK and the RT/RW heads.
        if (kind === "undangan" && !wide(c) && !grantsOf(c).some((g) => g.role === "ketua_rw" || g.role === "ketua_rt")) {
          return refuse(c, "kind:undangan", "umumkan-denied-undangan");
        }
        return { set: { kind }, goto: "sasaran" };
      },
    },
    sasaran: {
      kind: "choice",
      prompt: (c) => c.t("umumkan-audience-prompt"),
      options: (c): ChoiceOption[] =>
        audienceTypes(c).map((t) => ({ value: t, label: c.t(`umumkan-audience-${t}`), aliases: c.words(`umumkan-audience-${t}-aliases`) })),
      onChoose(value, c) {
        const type = value as AudienceType;
        if (type === "rw") return { set: { audienceType: type }, goto: "sasaran-rw" };
        if (type === "rt") return { set: { audienceType: type }, goto: "sasaran-rt" };
        if (type === "agenda") return { set: { audienceType: type }, goto: "sasaran-agenda" };
        if (type === "semua") return mayCover(c, {}) ? withAudience(c, { type }) : refuse(c, "audience:semua");
        // Role holders across the kelurahan: for the LPMK only.
        if (!wide(c)) return refuse(c, `audience:${type}`);
        return withAudience(c, { type } as Audience);
      },
    },
    "sasaran-rw": {
      kind: "text",
      min: 1,
      max: 60,
      prompt: (c) => c.t("umumkan-rw-prompt"),
      onText(text, c) {
        const rws = parseNumberList(text);
        if (!rws?.length) return { invalid: c.t("umumkan-rw-invalid") };
        const unknown = rws.find((rw) => !c.env.wilayah.has(rw));
        if (unknown !== undefined) return { invalid: c.t("umumkan-rw-unknown", { rw: padArea(unknown) }) };
        const outside = rws.find((rw) => !mayCover(c, { rw }));
        if (outside !== undefined) return refuse(c, `rw:${outside}`);
        return withAudience(c, { type: "rw", rws });
      },
    },
    "sasaran-rt": {
      kind: "text",
      min: 1,
      max: 30,
      prompt: (c) => c.t("umumkan-rt-prompt"),
      onText(text, c) {
        const nums = parseNumberList(text);
        if (!nums || nums.length !== 2) return { invalid: c.t("umumkan-rt-invalid") };
        const [rw, rt] = nums as [number, number];
        if (!c.env.wilayah.has(rw, rt)) return { invalid: c.t("umumkan-rt-unknown", { rw: padArea(rw), rt: padArea(rt) }) };
        if (!mayCover(c, { rw, rt })) return refuse(c, `rt:${rw}/${rt}`);
        return withAudience(c, { type: "rt", rw, rt });
      },
    },
    "sasaran-agenda": {
      kind: "text",
      min: 1,
      max: 20,
      prompt: (c) => c.t("umumkan-agenda-rw-prompt"),
      onText(text, c) {
        const nums = parseNumberList(text);
        if (!nums || nums.length !== 1) return { invalid: c.t("umumkan-rw-invalid") };
        const rw = nums[0]!;
        if (!c.env.wilayah.has(rw)) return { invalid: c.t("umumkan-rw-unknown", { rw: padArea(rw) }) };
        if (!mayCover(c, { rw })) return refuse(c, `agenda:${rw}`);
        return withAudience(c, { type: "agenda", rw });
      },
    },
    judul: {
      kind: "text",
      min: 3,
      max: 120,
      prompt: (c) => c.t("umumkan-title-prompt"),
      onText: (text) => ({ set: { title: text }, goto: "waktu" }),
    },
    waktu: {
      kind: "date-time",
      prompt: (c) => c.t("umumkan-when-prompt"),
      onDateTime: (at) => ({ set: { at }, goto: "tempat" }),
    },
    tempat: {
      kind: "text",
      min: 3,
      max: 200,
      prompt: (c) => c.t("umumkan-place-prompt"),
      onText: (text) => ({ set: { place: text }, goto: "agenda" }),
    },
    agenda: {
      kind: "text",
      min: 3,
      max: 1000,
      prompt: (c) => c.t("umumkan-agenda-prompt"),
      onText: (text) => ({ set: { agenda: text }, goto: "kapan" }),
    },
    teks: {
      kind: "text",
      min: 10,
      max: 2000,
      prompt: (c) => c.t("umumkan-text-prompt"),
      onText: (text) => ({ set: { text }, goto: "lampiran" }),
    },
    lampiran: {
      kind: "photo",
      prompt: (c) => c.t("umumkan-poster-prompt"),
      skip: (c) => ({ value: "skip", label: c.t("umumkan-skip"), aliases: c.words("umumkan-skip-aliases") }),
      onPhoto: (path) => ({ set: { photo: path, document: null }, goto: "tautan" }),
      onDocument: (doc) => ({ set: { photo: null, document: { path: doc.path, fileName: doc.fileName } }, goto: "tautan" }),
    },
    tautan: {
      kind: "text",
      min: 1,
      max: 300,
      prompt: (c) => c.t("umumkan-link-prompt"),
      onText(text, c) {
        if (c.words("umumkan-skip-aliases").includes(text.toLowerCase()) || text.toLowerCase() === c.t("umumkan-skip").toLowerCase()) {
          return { set: { link: null }, goto: "kapan" };
        }
        if (!LINK.test(text)) return { invalid: c.t("umumkan-link-invalid") };
        return { set: { link: text }, goto: "kapan" };
      },
    },
    ...whenSteps,
    pratinjau: {
      kind: "choice",
      prompt: previewText,
      options: (c) => [
        { value: "kirim", label: c.t("umumkan-send"), aliases: c.words("umumkan-send-aliases") },
        { value: "ubah", label: c.t("umumkan-edit"), aliases: c.words("umumkan-edit-aliases") },
        { value: "batal", label: c.t("umumkan-cancel"), aliases: c.words("umumkan-cancel-aliases") },
      ],
      onChoose(value, c) {
        const d = readData(umumkanData, c);
        if (value === "batal") return { say: [{ text: c.t("umumkan-cancelled") }], end: {} };
        if (value === "ubah") return { goto: d.kind === "undangan" ? "judul" : "teks" };
        if (!d.audience || !d.kind) return { say: [{ text: c.t("umumkan-preview-empty") }], end: {} };
        const content = contentOf(d);
        if (content.kind === "undangan" && content.at <= c.env.now) {
          return { say: [{ text: c.t("umumkan-when-passed") }], goto: "waktu" };
        }
        const timed = sendTimed(c, d.audience, content);
        if (timed) return timed;
        return {
          effects: [{ type: "broadcast.create", audience: d.audience, content }],
          say: [{ text: c.t("umumkan-queued") }],
          end: {},
        };
      },
    },
  },
};

