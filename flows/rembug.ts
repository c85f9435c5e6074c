/**
 * /rembug: the head of an RT, an RW or a Pokmas group draws up the ordered priority list of the meeting (candidates
 * picked in order, items raised at the meeting, funding, volume, cost, swadaya), records attendance, confirms; the
 * berita acara PDF follows. `/rembug buka 3 2` (LPMK) reopens a confirmed result.
 */
import { z } from "zod";
import { neutralTitle } from "../src/aggregator/neutral-title.js";
import { CATEGORIES, CATEGORY_IDS, type Category } from "../src/core/domain.js";
import { isKelurahanWide, mayAct } from "../src/core/roles.js";
import { accessDenied } from "../src/engine/access-denied.js";
import { normalizeAreaNumber } from "../src/engine/choice-match.js";
import { readData } from "../src/engine/flow-data.js";
import { newTicket } from "../src/engine/tickets.js";
import type { ChoiceOption, Effect, FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import type { RembugReads } from "../src/rembug/engine-types.js";
import { attendanceSchema, draftItemSchema, FUNDING_SOURCES, rembugScopeSchema, type Attendance, type Candidate, type DraftItem, type RembugScope } from "../src/rembug/scope.js";
import { applyMerges, combine, MERGE_PREFIX } from "../src/rembug/merge-candidates.js";
import { formatRupiahTight, formatVolume, parseVolume } from "../src/rembug/volume.js";
import "../src/rembug/engine-types.js";
import "../src/engine/steps/optional-number.js";
import "../src/engine/steps/paged-pick.js";
import { TICKET_PREFIX } from "./aspirasi.js";
import { padArea } from "./area.js";

export const REMBUG_ROLES = ["ketua_rt", "ketua_rw", "ketua_pokmas", "lpmk"];
/** Lines shown per page of candidates. */
export const REMBUG_PAGE_SIZE = 8;
const MAX_PEOPLE = 5000;

const category = z.custom<Category>((v) => typeof v === "string" && Object.hasOwn(CATEGORIES, v), "a category id");

export const rembugData = z.object({
  scope: rembugScopeSchema.optional(),
  cycleId: z.number().int().optional(),
  picks: z.array(z.string()).optional(),
  page: z.number().int().optional(),
  items: z.array(draftItemSchema).optional(),
  /** Items raised at this meeting (kept pickable when the list is reordered). */
  raised: z.array(draftItemSchema).optional(),
  cursor: z.number().int().optional(),
  /** Editing one item from the summary: back to the summary after its questions. */
  editingOne: z.boolean().optional(),
  attendance: attendanceSchema.optional(),
  newCategory: category.optional(),
  newDescription: z.string().optional(),
  /** RW list: lines combined by hand (merge keys, see src/rembug/merge-candidates.ts). */
  merges: z.array(z.string()).optional(),
});
type Data = z.infer<typeof rembugData>;

const d = (c: StepCtx): Data => readData(rembugData, c);
const reads = (c: StepCtx): RembugReads => c.env.reads.rembug!;
const scopeOf = (c: StepCtx): RembugScope => {
  const s = d(c).scope;
  if (!s) throw new Error("rembug step reached without a scope");
  return s;
};
const cycleOf = (c: StepCtx): number => d(c).cycleId ?? 0;
const itemsOf = (c: StepCtx): DraftItem[] => d(c).items ?? [];
const attendanceOf = (c: StepCtx): Attendance => d(c).attendance ?? {};
const maxOf = (c: StepCtx): number => reads(c).limits[scopeOf(c).level];

/** "RT 02 / RW 03", "RW 03", "Karang Taruna Tunas Muda". */
export function areaLabel(s: RembugScope, c: Pick<StepCtx, "t">): string {
  if (s.level === "rt") return c.t("rembug-area-rt", { rt: padArea(s.rt), rw: padArea(s.rw) });
  if (s.level === "rw") return c.t("rembug-area-rw", { rw: padArea(s.rw) });
  return c.t("rembug-area-pokmas", { name: s.name });
}

/** The neutral title of a line (category and place, never the resident's words). */
export function itemTitle(it: Pick<DraftItem, "category" | "locationText" | "rt">, c: Pick<StepCtx, "t">): string {
  return neutralTitle(c.t(`category-${it.category}`), it.locationText, c.t("rembug-rt-label", { rt: padArea(it.rt ?? 0) }));
}

const fromCandidate = (k: Candidate): DraftItem => ({
  key: k.key,
  ticket: k.ticket,
  category: k.category,
  locationText: k.locationText,
  rt: k.rt,
  supporters: k.supporters,
  clusterId: k.clusterId,
  source: k.source,
  ...(k.rtItems ? { rtItemIds: k.rtItems.map((r) => r.id) } : {}),
});

/** The RW head's merges: those of this session and those of the stored draft's items. */
const mergesOf = (c: StepCtx): string[] => [...new Set([...(d(c).merges ?? []), ...itemsOf(c).map((it) => it.key).filter((k) => k.startsWith(MERGE_PREFIX))])];

/** Everything pickable: the area's candidates (an RW's with the head's merges), then the items raised at this meeting. */
function pickable(c: StepCtx): Array<{ item: DraftItem; candidate?: Candidate }> {
  const s = scopeOf(c);
  const base = s.level === "pokmas" ? [] : reads(c).candidates(s, cycleOf(c));
  const cands = s.level === "rw" ? applyMerges(base, mergesOf(c)) : base;
  return [...cands.map((k) => ({ item: fromCandidate(k), candidate: k })), ...(d(c).raised ?? []).map((item) => ({ item }))];
}

/** Combine the RW list lines numbered in `text` ("2 5", "2, 5") into one; the order is then picked again. */
function mergeLines(text: string, c: StepCtx): Transition {
  const lines = pickable(c);
  const numbers = [...new Set((text.match(/\d+/g) ?? []).map(Number))];
  if (numbers.length < 2 || numbers.some((n) => n < 1 || n > lines.length)) return { invalid: c.t("rembug-merge-invalid", { count: lines.length }) };
  const chosen = [...numbers].sort((a, b) => a - b).map((n) => lines[n - 1]!.candidate);
  // An item raised at this meeting has no RT list items behind it to keep.
  if (chosen.some((k) => k === undefined)) return { invalid: c.t("rembug-merge-raised") };
  const merged = combine(chosen as Candidate[]);
  const at = Math.min(...numbers);
  // The numbers move: the order is picked again from the new list.
  return {
    set: { merges: [...(d(c).merges ?? []), merged.key], picks: [], page: 0 },
    say: [{ text: c.t("rembug-merge-done", { tickets: (merged.merged ?? []).join(" + "), number: at }) }],
    goto: "pilih",
  };
}

function candidateLine(item: DraftItem, cand: Candidate | undefined, c: StepCtx): string {
  const base = c.t("rembug-candidate-line", {
    ticket: item.ticket,
    title: itemTitle(item, c),
    category: c.t(`category-${item.category}`),
    supporters: item.supporters,
  });
  const marks: string[] = [];
  if (item.source === "carry-over") marks.push(c.t("rembug-candidate-carried"));
  if (item.source === "rembug") marks.push(c.t("rembug-candidate-raised"));
  if (cand?.merged) marks.push(c.t("rembug-candidate-merged", { tickets: cand.merged.join(" + ") }));
  if (cand?.rtItems) marks.push(cand.rtItems.map((r) => c.t("rembug-candidate-rt-rank", { rt: padArea(r.rt), rank: r.rank })).join(", "));
  return marks.length ? `${base} (${marks.join("; ")})` : base;
}

/** The draft as stored, with `patch` applied: the effect that keeps it across days. */
function saveEffect(c: StepCtx, patch: { items?: DraftItem[]; attendance?: Attendance } = {}): Effect {
  return {
    type: "rembug.save",
    scope: scopeOf(c),
    cycleId: cycleOf(c),
    draft: { items: patch.items ?? itemsOf(c), attendance: patch.attendance ?? attendanceOf(c) },
  };
}

/** Where to go once an item's questions (or the attendance) are answered. */
function next(c: StepCtx, items: DraftItem[], attendance: Attendance, afterItem = false): Transition {
  if (afterItem && d(c).editingOne) return { set: { editingOne: false }, goto: "ringkasan" };
  const idx = items.findIndex((it) => it.funding === undefined);
  if (idx >= 0) return { set: { cursor: idx }, goto: "dana" };
  if (attendance.total === undefined) return { goto: "hadir" };
  return { goto: "ringkasan" };
}

/** Update the item under the cursor, save the draft and go on. */
function setItem(c: StepCtx, patch: Partial<DraftItem>, goto?: string, say?: string): Transition {
  const items = itemsOf(c).map((it, i) => (i === (d(c).cursor ?? 0) ? { ...it, ...patch } : it));
  const tr: Transition = { set: { items }, effects: [saveEffect(c, { items })], ...(say ? { say: [{ text: say }] } : {}) };
  if (goto) return { ...tr, goto };
  const n = next(c, items, attendanceOf(c), true);
  return { ...tr, ...n, set: { ...tr.set, ...n.set } };
}

function currentItem(c: StepCtx): DraftItem {
  const it = itemsOf(c)[d(c).cursor ?? 0];
  if (!it) throw new Error("rembug item step reached without an item");
  return it;
}

const itemHeader = (c: StepCtx): string => {
  const it = currentItem(c);
  return c.t("rembug-item-header", { rank: (d(c).cursor ?? 0) + 1, count: itemsOf(c).length, ticket: it.ticket, title: itemTitle(it, c) });
};

function setAttendance(c: StepCtx, patch: Attendance, goto: string): Transition {
  const attendance = { ...attendanceOf(c), ...patch };
  return { set: { attendance }, effects: [saveEffect(c, { attendance })], goto };
}

/** An inclusion count may not exceed the number present. */
function inclusion(key: "women" | "youth" | "elderly" | "disabled", goto: string) {
  return {
    kind: "optional-count" as const,
    min: 0,
    max: MAX_PEOPLE,
    prompt: (c: StepCtx) => c.t(`rembug-attendance-${key}`, { total: attendanceOf(c).total ?? 0 }),
    skip: (c: StepCtx): ChoiceOption => ({ value: "skip", label: c.t("rembug-skip"), aliases: c.words("rembug-skip-aliases") }),
    onSkip: (c: StepCtx) => setAttendance(c, { [key]: undefined }, goto),
    onCount(n: number, c: StepCtx): Transition {
      const total = attendanceOf(c).total ?? 0;
      if (n > total) return { invalid: c.t("rembug-attendance-over-total", { total }) };
      return setAttendance(c, { [key]: n }, goto);
    },
  };
}

function summaryText(c: StepCtx): string {
  const items = itemsOf(c);
  const a = attendanceOf(c);
  const dash = c.t("rembug-none");
  const lines = items.map((it, i) =>
    c.t("rembug-summary-item", {
      rank: i + 1,
      ticket: it.ticket,
      title: itemTitle(it, c),
      funding: it.funding ? c.t(`rembug-funding-${it.funding}`) : dash,
      volume: it.volume !== undefined && it.unit ? formatVolume({ volume: it.volume, unit: it.unit }) : dash,
      cost: it.cost !== undefined ? formatRupiahTight(it.cost) : dash,
      swadaya: it.swadaya ?? dash,
    }),
  );
  const n = (v: number | undefined) => (v === undefined ? dash : String(v));
  return c.t("rembug-summary", {
    area: areaLabel(scopeOf(c), c),
    list: lines.length ? lines.join("\n") : c.t("rembug-summary-empty"),
    total: n(a.total),
    women: n(a.women),
    youth: n(a.youth),
    elderly: n(a.elderly),
    disabled: n(a.disabled),
    photo: a.photo ? c.t("rembug-summary-photo-yes") : c.t("rembug-summary-photo-no"),
  });
}

/** "3 2" -> RT 02 / RW 03; "3" or "rw 3" -> RW 03; "pokmas 4" -> group 4. Null when unreadable. */
export function parseScopeArg(arg: string, r: RembugReads): RembugScope | null {
  const words = arg.toLowerCase().trim().split(/\s+/).filter(Boolean);
  const num = (w: string | undefined, kind: "rw" | "rt") => {
    const n = Number(normalizeAreaNumber(w ?? "", kind));
    return Number.isInteger(n) && n > 0 && n < 1000 ? n : null;
  };
  if (words[0] === "pokmas") {
    const id = Number(words[1]);
    const p = Number.isInteger(id) ? r.pokmas(id) : undefined;
    return p ? { level: "pokmas", pokmasId: p.id, rw: p.rw, name: p.name } : null;
  }
  const rest = words[0] === "rw" ? words.slice(1) : words;
  const rw = num(rest[0], "rw");
  if (rw === null) return null;
  if (rest.length === 1) return { level: "rw", rw };
  const rtWord = rest[1] === "rt" ? rest[2] : rest[1];
  const rt = num(rtWord, "rt");
  return rt === null ? null : { level: "rt", rw, rt };
}

/** Whether the speaker heads `s` (LPMK rights alone do not make someone run another area's rembug). */
const scopeCovers = (c: StepCtx, s: RembugScope): boolean =>
  mayAct((c.env.actor.grants ?? []).filter((g) => !isKelurahanWide(g)), s.level === "rt" ? ["ketua_rt"] : s.level === "rw" ? ["ketua_rw"] : ["ketua_pokmas"], {
    ...(s.level === "pokmas" ? { pokmasId: s.pokmasId } : { rw: s.rw }),
    ...(s.level === "rt" ? { rt: s.rt } : {}),
  });

/** The area a head runs the rembug for, from their grants (RT before RW before Pokmas, or the level asked for). */
function ownScope(c: StepCtx, want: string | undefined): RembugScope | undefined {
  const grants = c.env.actor.grants ?? [];
  const order = want === "rw" ? ["ketua_rw"] : want === "pokmas" ? ["ketua_pokmas"] : want === "rt" ? ["ketua_rt"] : ["ketua_rt", "ketua_rw", "ketua_pokmas"];
  for (const role of order) {
    const g = grants.find((x) => x.role === role);
    if (!g) continue;
    if (g.role === "ketua_rt" && g.rw !== undefined && g.rt !== undefined) return { level: "rt", rw: g.rw, rt: g.rt };
    if (g.role === "ketua_rw" && g.rw !== undefined) return { level: "rw", rw: g.rw };
    if (g.role === "ketua_pokmas" && g.pokmasId !== undefined) {
      const p = reads(c).pokmas(g.pokmasId);
      if (p) return { level: "pokmas", pokmasId: p.id, rw: p.rw, name: p.name };
    }
  }
  return undefined;
}

/** The shared refusal (src/engine/access-denied.ts), then what is specific to the rembug asked for. */
const refuse = (c: StepCtx, key: string, subject: string, args?: Record<string, string>): Transition =>
  accessDenied(c, { subject, hint: { key, ...(args ? { args } : {}) } });

function reopen(c: StepCtx, arg: string): Transition {
  if (!c.env.actor.roles.has("lpmk")) return refuse(c, "rembug-reopen-lpmk-only", "rembug:reopen");
  const r = reads(c);
  const scope = parseScopeArg(arg, r);
  if (!scope) return { say: [{ text: c.t("rembug-reopen-usage") }], end: {} };
  const cycle = r.openCycle();
  if (!cycle) return { say: [{ text: c.t("rembug-no-cycle") }], end: {} };
  const cur = r.current(scope, cycle.id);
  const area = areaLabel(scope, c);
  if (cur?.state !== "confirmed") return { say: [{ text: c.t("rembug-reopen-nothing", { area }) }], end: {} };
  return {
    effects: [
      { type: "rembug.reopen", scope, cycleId: cycle.id },
      { type: "audit", action: "rembug.reopen", subject: `rembug:${cur.id}`, detail: { version: cur.version } },
    ],
    say: [{ text: c.t("rembug-reopened", { area, version: cur.version + 1 }) }],
    end: {},
  };
}

function start(c: StepCtx, arg: string | undefined): Transition {
  const r = c.env.reads.rembug;
  if (!r) return { say: [{ text: c.t("rembug-unavailable") }], end: {} };
  const words = (arg ?? "").trim().toLowerCase();
  if (words.startsWith("buka")) return reopen(c, words.slice(4));
  let scope: RembugScope | undefined;
  if (words && !["rt", "rw", "pokmas"].includes(words)) {
    const asked = parseScopeArg(words, r);
    if (!asked) return { say: [{ text: c.t("rembug-usage") }], end: {} };
    // Someone else's rembug: an RT head of another RT, an RW head of another RW.
    if (!scopeCovers(c, asked)) {
      return refuse(c, "rembug-not-yours", `rembug:${asked.level}:${asked.level === "pokmas" ? asked.pokmasId : asked.rw}${asked.level === "rt" ? `/${asked.rt}` : ""}`, {
        area: areaLabel(asked, c),
      });
    }
    scope = asked;
  } else scope = ownScope(c, words || undefined);
  if (!scope) return { say: [{ text: c.t(c.env.actor.roles.has("lpmk") ? "rembug-lpmk-hint" : "rembug-no-area") }], end: {} };
  const cycle = r.openCycle();
  if (!cycle) return { say: [{ text: c.t("rembug-no-cycle") }], end: {} };
  const area = areaLabel(scope, c);
  const cur = r.current(scope, cycle.id);
  if (cur?.state === "confirmed") return { say: [{ text: c.t("rembug-already-confirmed", { area, version: cur.version }) }], end: {} };
  const base = { scope, cycleId: cycle.id, picks: [], page: 0, cursor: 0, editingOne: false };
  const intro = c.t("rembug-intro", { area, cycle: cycle.name, max: r.limits[scope.level] });
  if (cur && (cur.draft.items.length || cur.draft.attendance.total !== undefined)) {
    const raised = cur.draft.items.filter((it) => it.source === "rembug");
    return {
      set: { ...base, items: cur.draft.items, raised, attendance: cur.draft.attendance },
      say: [{ text: c.t("rembug-draft-found", { area, count: cur.draft.items.length }) }],
      goto: "draf",
    };
  }
  const progress = scope.level === "rw" ? r.rwProgress(scope.rw, cycle.id) : undefined;
  const say = [{ text: intro }];
  if (progress) {
    say.push({
      text: c.t("rembug-rw-progress", {
        confirmed: progress.confirmed.map((rt) => padArea(rt)).join(", ") || c.t("rembug-none"),
        pending: progress.pending.map((rt) => padArea(rt)).join(", ") || c.t("rembug-none"),
      }),
    });
  }
  const empty = scope.level === "pokmas" || r.candidates(scope, cycle.id).length === 0;
  return { set: { ...base, items: [], raised: [], attendance: {} }, say, goto: empty ? "tambah-tanya" : "pilih" };
}

const categoryOptions = (c: StepCtx): ChoiceOption[] => CATEGORY_IDS.map((id) => ({ value: id, label: c.t(`category-${id}`) }));

export const rembug: FlowDef = {
  id: "rembug",
  version: 1,
  data: rembugData,
  start: "pilih",
  commands: ["rembug"],
  roles: REMBUG_ROLES,
  requiresRegistration: false,
  onStart: start,
  steps: {
    draf: {
      kind: "choice",
      prompt: (c) => c.t("rembug-draft-prompt"),
      options: (c) => [
        { value: "lanjut", label: c.t("rembug-draft-continue"), aliases: c.words("rembug-draft-continue-aliases") },
        { value: "ulang", label: c.t("rembug-draft-restart"), aliases: c.words("rembug-draft-restart-aliases") },
      ],
      onChoose(value, c) {
        if (value === "lanjut") return next(c, itemsOf(c), attendanceOf(c));
        const empty = { items: [] as DraftItem[], attendance: {} };
        return { set: { ...empty, raised: [], picks: [], page: 0, merges: [] }, effects: [saveEffect(c, empty)], goto: pickable(c).length ? "pilih" : "tambah-tanya" };
      },
    },
    pilih: {
      kind: "paged-pick",
      pageSize: REMBUG_PAGE_SIZE,
      pageKey: "page",
      dataKey: "picks",
      nextWords: "rembug-page-next-aliases",
      max: maxOf,
      prompt(c) {
        const all = pickable(c);
        const pages = Math.max(1, Math.ceil(all.length / REMBUG_PAGE_SIZE));
        const page = Math.min(pages - 1, Math.max(0, d(c).page ?? 0) % pages);
        const text = c.t("rembug-pick-prompt", { area: areaLabel(scopeOf(c), c), max: maxOf(c), page: page + 1, pages, count: all.length });
        return scopeOf(c).level === "rw" && all.length > 1 ? `${text}\n${c.t("rembug-merge-hint")}` : text;
      },
      options: (c) => pickable(c).map(({ item, candidate }, i) => ({ value: item.key, number: i + 1, label: candidateLine(item, candidate, c) })),
      words: {
        "rembug-pick-none-aliases": () => ({ goto: "tambah-tanya" }),
        "rembug-merge-aliases": (c) => (scopeOf(c).level === "rw" ? { goto: "gabung" } : { invalid: c.t("rembug-merge-rw-only") }),
      },
      // "gabung 2 5" on one line: the numbers come with the word.
      argWords: {
        "rembug-merge-aliases": (rest, c) => (scopeOf(c).level === "rw" ? mergeLines(rest, c) : { invalid: c.t("rembug-merge-rw-only") }),
      },
      onPick(values, c) {
        const all = pickable(c);
        const before = itemsOf(c);
        // Details already given for an item picked again are kept (reordering from the summary).
        const items = values.map((v) => before.find((b) => b.key === v) ?? all.find((a) => a.item.key === v)!.item);
        const base = { set: { items, page: 0 }, effects: [saveEffect(c, { items })] };
        if (items.length < maxOf(c) && scopeOf(c).level !== "rw") return { ...base, goto: "tambah-tanya" };
        const n = next(c, items, attendanceOf(c));
        return { ...base, ...n, set: { ...base.set, ...n.set } };
      },
    },
    gabung: {
      kind: "text",
      min: 1,
      max: 60,
      prompt: (c) => c.t("rembug-merge-prompt"),
      onText(text, c) {
        if (c.words("rembug-merge-cancel-aliases").includes(text.trim().toLowerCase())) return { goto: "pilih" };
        return mergeLines(text, c);
      },
    },
    "tambah-tanya": {
      kind: "choice",
      prompt: (c) =>
        c.t(scopeOf(c).level === "pokmas" ? "rembug-add-ask-pokmas" : "rembug-add-ask", { count: itemsOf(c).length, max: maxOf(c) }),
      options: (c) => [
        { value: "tambah", label: c.t("rembug-add-yes"), aliases: c.words("rembug-add-yes-aliases") },
        { value: "selesai", label: c.t("rembug-add-no"), aliases: c.words("rembug-add-no-aliases") },
      ],
      onChoose(value, c) {
        if (value === "tambah") {
          if (itemsOf(c).length >= maxOf(c)) return { say: [{ text: c.t("rembug-cap-reached", { max: maxOf(c) }) }], ...next(c, itemsOf(c), attendanceOf(c)) };
          return { goto: "tambah-kategori" };
        }
        return next(c, itemsOf(c), attendanceOf(c));
      },
    },
    "tambah-kategori": {
      kind: "choice",
      prompt: (c) => c.t("rembug-add-category"),
      options: categoryOptions,
      onChoose: (value, c) => ({ set: { newCategory: value as Category }, goto: "tambah-uraian" }),
    },
    "tambah-uraian": {
      kind: "text",
      min: 5,
      max: 1000,
      prompt: (c) => c.t("rembug-add-description"),
      onText: (text) => ({ set: { newDescription: text }, goto: "tambah-lokasi" }),
    },
    "tambah-lokasi": {
      kind: "location",
      min: 3,
      max: 300,
      prompt: (c) => c.t("rembug-add-location"),
      onLocation(loc, c) {
        const data = d(c);
        const scope = scopeOf(c);
        const taken = new Set([...(data.raised ?? []), ...itemsOf(c)].map((i) => i.ticket));
        const ticket = newTicket(TICKET_PREFIX, (t) => taken.has(t) || c.env.reads.ticketExists(t), c.env.random);
        const rw = scope.level === "pokmas" ? (scope.rw ?? c.resident.rw ?? 0) : scope.rw;
        const rt = scope.level === "rt" ? scope.rt : (c.resident.rt ?? 0);
        const item: DraftItem = {
          key: `r:${ticket}`,
          ticket,
          category: data.newCategory ?? "lainnya",
          locationText: loc.text,
          rt,
          supporters: 0,
          clusterId: null,
          source: "rembug",
        };
        const items = [...itemsOf(c), item];
        const raise: Effect = {
          type: "rembug.raise",
          ticket,
          category: data.newCategory ?? "lainnya",
          description: data.newDescription ?? "",
          locationText: loc.text,
          rw,
          rt,
          cycleId: cycleOf(c),
        };
        return {
          set: { items, raised: [...(data.raised ?? []), item], newCategory: undefined, newDescription: undefined },
          effects: [raise, saveEffect(c, { items })],
          say: [{ text: c.t("rembug-add-done", { ticket, title: itemTitle(item, c), rank: items.length }) }],
          goto: "tambah-tanya",
        };
      },
    },
    dana: {
      kind: "choice",
      prompt: (c) => `${itemHeader(c)}\n${c.t("rembug-funding-prompt")}`,
      options: (c) => FUNDING_SOURCES.map((f) => ({ value: f, label: c.t(`rembug-funding-${f}`), aliases: c.words(`rembug-funding-${f}-aliases`) })),
      onChoose: (value, c) => setItem(c, { funding: value as DraftItem["funding"] }, "volume"),
    },
    volume: {
      kind: "text",
      min: 1,
      max: 40,
      prompt: (c) => c.t("rembug-volume-prompt"),
      onText(text, c) {
        if (c.words("rembug-skip-aliases").includes(text.trim().toLowerCase())) return setItem(c, { volume: undefined, unit: undefined }, "biaya");
        const v = parseVolume(text);
        if (!v) return { invalid: c.t("rembug-volume-unreadable") };
        return setItem(c, v, "biaya", c.t("rembug-volume-noted", { volume: formatVolume(v) }));
      },
    },
    biaya: {
      kind: "optional-amount",
      min: 1000,
      max: 1e12,
      prompt: (c) => c.t("rembug-cost-prompt"),
      skip: (c) => ({ value: "skip", label: c.t("rembug-skip"), aliases: c.words("rembug-skip-aliases") }),
      onSkip: (c) => (currentItem(c).funding === "swadaya" ? setItem(c, { cost: undefined }, "swadaya") : setItem(c, { cost: undefined })),
      onAmount(rupiah, c) {
        const say = c.t("rembug-cost-noted", { cost: formatRupiahTight(rupiah) });
        return currentItem(c).funding === "swadaya" ? setItem(c, { cost: rupiah }, "swadaya", say) : setItem(c, { cost: rupiah }, undefined, say);
      },
    },
    swadaya: {
      kind: "text",
      min: 3,
      max: 300,
      prompt: (c) => c.t("rembug-swadaya-prompt"),
      onText: (text, c) => setItem(c, { swadaya: text }),
    },
    hadir: {
      kind: "count",
      min: 1,
      max: MAX_PEOPLE,
      prompt: (c) => c.t("rembug-attendance-total"),
      onCount: (n, c) => setAttendance(c, { total: n }, "hadir-perempuan"),
    },
    "hadir-perempuan": inclusion("women", "hadir-pemuda"),
    "hadir-pemuda": inclusion("youth", "hadir-lansia"),
    "hadir-lansia": inclusion("elderly", "hadir-disabilitas"),
    "hadir-disabilitas": inclusion("disabled", "foto"),
    foto: {
      kind: "photo",
      prompt: (c) => c.t("rembug-photo-prompt"),
      skip: (c) => ({ value: "skip", label: c.t("rembug-skip"), aliases: c.words("rembug-skip-aliases") }),
      onPhoto: (path, c) => setAttendance(c, { photo: path ?? attendanceOf(c).photo ?? null }, "ringkasan"),
    },
    ringkasan: {
      kind: "choice",
      prompt: summaryText,
      options: (c) => [
        { value: "konfirmasi", label: c.t("rembug-confirm"), aliases: c.words("rembug-confirm-aliases") },
        { value: "ubah", label: c.t("rembug-edit"), aliases: c.words("rembug-edit-aliases") },
        { value: "batal", label: c.t("rembug-leave") },
      ],
      onChoose(value, c) {
        if (value === "ubah") return { goto: "ubah" };
        if (value === "batal") return { say: [{ text: c.t("rembug-left-draft-kept") }], end: {} };
        const missing = itemsOf(c).findIndex((it) => it.funding === undefined);
        if (missing >= 0) return { say: [{ text: c.t("rembug-funding-missing") }], set: { cursor: missing }, goto: "dana" };
        return {
          effects: [
            { type: "rembug.confirm", scope: scopeOf(c), cycleId: cycleOf(c), draft: { items: itemsOf(c), attendance: attendanceOf(c) } },
            { type: "audit", action: "rembug.confirm", subject: `rembug:${scopeOf(c).level}`, detail: { items: itemsOf(c).length } },
          ],
          say: [{ text: c.t("rembug-confirmed", { area: areaLabel(scopeOf(c), c), count: itemsOf(c).length }) }],
          end: {},
        };
      },
    },
    ubah: {
      kind: "choice",
      prompt: (c) => c.t("rembug-edit-which"),
      options: (c) => [
        { value: "urutan", label: c.t("rembug-edit-order") },
        { value: "rincian", label: c.t("rembug-edit-details") },
        { value: "hadir", label: c.t("rembug-edit-attendance") },
        { value: "ringkasan", label: c.t("rembug-edit-none") },
      ],
      onChoose(value, c) {
        if (value === "urutan") return { set: { picks: [], page: 0 }, goto: pickable(c).length ? "pilih" : "tambah-tanya" };
        if (value === "rincian") return itemsOf(c).length ? { goto: "ubah-item" } : { goto: "ringkasan" };
        return { goto: value };
      },
    },
    "ubah-item": {
      kind: "choice",
      prompt: (c) => c.t("rembug-edit-item-which"),
      options: (c) => itemsOf(c).map((it, i) => ({ value: String(i), label: `${it.ticket} · ${itemTitle(it, c)}` })),
      onChoose: (value, c) => ({ set: { cursor: Number(value), editingOne: true }, goto: "dana" }),
    },
  },
};
