/**
 * Aspiration: category, description, location (text or pin), optional photo, summary with Kirim / Ubah / Batal, ticket.
 * After Kirim: the rahasia offer (keamanan, or a text naming the RT/RW head), then the similar proposals of the RW
 * (pick one to join it as a supporter), then the ticket.
 */
import "../src/aggregator/engine-types.js";
import type { SimilarProposal } from "../src/aggregator/engine-types.js";
import { neutralTitle } from "../src/aggregator/neutral-title.js";
import { createNormalizer, type Normalizer } from "../src/aggregator/normalize.js";
import { isPrivateCategory } from "../src/aggregator/private-categories.js";
import { guessCategory } from "../src/core/category-guess.js";
import { locationLabel } from "../src/core/location-label.js";
import { z } from "zod";
import { CATEGORIES, CATEGORY_IDS, type AspirationDraft, type Category } from "../src/core/domain.js";
import { readData } from "../src/engine/flow-data.js";
import { charCount } from "../src/engine/text.js";
import { newTicket } from "../src/engine/tickets.js";
import type { FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import { padArea } from "./area.js";

export const TICKET_PREFIX = "ASP";
/** The shortest description accepted (the prompt names it through `$min`). */
export const DESCRIPTION_MIN = 15;

let normalizer: Normalizer | undefined;
/** The aggregator's normaliser, built on first use (it loads the stemmer's dictionary). */
const words = (text: string) => (normalizer ??= createNormalizer()).normalize(text);

/** After the category: the description, unless the resident already wrote it at the category question. */
const afterCategory = (c: StepCtx): string => (readData(aspirasiData, c).description === undefined ? "description" : "location");

/**
 * A whole complaint typed at the category question is kept as the description; the likely category is offered
 * for confirmation, or the list is shown again when the words point nowhere.
 */
function complaintAtCategory(text: string, c: StepCtx): Transition | undefined {
  if (charCount(text) < DESCRIPTION_MIN || !/\p{L}{2}/u.test(text)) return undefined;
  const guess = guessCategory(words(text));
  if (!guess) return { set: { description: text }, say: [{ text: c.t("aspirasi-category-kept") }] };
  return { set: { description: text, guess }, goto: "category-guess" };
}

const category = z.custom<Category>((v) => typeof v === "string" && Object.hasOwn(CATEGORIES, v), "a category id");

/** The aspiration being written, filled step by step. */
export const aspirasiData = z.object({
  category: category.optional(),
  /** The category suggested for a complaint typed at the category question. */
  guess: category.optional(),
  description: z.string().optional(),
  locationText: z.string().nullable().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  photoPath: z.string().nullable().optional(),
  /** The answer to the rahasia offer (absent = not offered yet). */
  confidential: z.boolean().optional(),
  /** The similar proposals shown after Kirim (kept so the answer refers to what was shown). */
  similar: z
    .array(z.object({ clusterId: z.number(), category, place: z.string().nullable(), rt: z.number(), supporters: z.number() }))
    .optional(),
});

function draftOf(c: StepCtx): AspirationDraft {
  const d = readData(aspirasiData, c);
  if (!d.category) throw new Error("aspiration summary reached without a category");
  return {
    category: d.category,
    description: d.description ?? "",
    locationText: d.locationText ?? null,
    lat: d.lat ?? null,
    lon: d.lon ?? null,
    photoPath: d.photoPath ?? null,
  };
}

/** Words that name the RT or RW head, normalised for a whole-word match. */
const plain = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;

/** Rahasia is offered for keamanan/ketertiban reports and whenever the text names the RT or RW head. */
export function offersRahasia(d: AspirationDraft, c: StepCtx): boolean {
  if (isPrivateCategory(d.category)) return true;
  const text = plain(`${d.description} ${d.locationText ?? ""}`);
  return c.words("aspirasi-rahasia-head-words").some((w) => text.includes(plain(w)));
}

/** A similar proposal as neighbours may see it: category label and neutral place (or its RT). */
const similarTitle = (p: SimilarProposal, c: StepCtx) =>
  neutralTitle(c.t(`category-${p.category}`), p.place, c.t("area-rt-label", { rt: padArea(p.rt) }));

/** The aspiration is created: rahasia or not, joining the proposal the resident chose, if any. */
function submit(c: StepCtx, o: { confidential: boolean; chosen?: SimilarProposal; declined?: SimilarProposal[] }): Transition {
  const ticket = newTicket(TICKET_PREFIX, c.env.reads.ticketExists, c.env.random);
  const say = [{ text: c.t("aspirasi-done", { ticket }) }];
  if (o.confidential) say.push({ text: c.t("aspirasi-rahasia-done") });
  if (o.chosen) say.push({ text: c.t("aspirasi-similar-joined", { title: similarTitle(o.chosen, c) }) });
  return {
    effects: [
      {
        type: "aspiration.create",
        ticket,
        draft: draftOf(c),
        rw: c.resident.rw!,
        rt: c.resident.rt!,
        ...(o.confidential ? { confidential: true } : {}),
        ...(o.chosen ? { preferredClusterId: o.chosen.clusterId } : {}),
        ...(o.declined?.length ? { declinedClusterIds: o.declined.map((p) => p.clusterId) } : {}),
      },
    ],
    say,
    end: {},
  };
}

/** After Kirim (or the rahasia answer): offer rahasia once, then similar proposals unless rahasia, then the ticket. */
function afterSend(c: StepCtx, confidential: boolean | undefined): Transition {
  const d = draftOf(c);
  if (confidential === undefined && offersRahasia(d, c)) return { goto: "rahasia" };
  const similar = confidential
    ? []
    : (c.env.reads.clusters?.similarProposals({
        rw: c.resident.rw!,
        rt: c.resident.rt!,
        category: d.category,
        description: d.description,
        location: d.locationText,
        residentId: c.resident.id,
      }) ?? []);
  if (similar.length) return { set: { similar, confidential: false }, goto: "similar" };
  return submit(c, { confidential: confidential === true });
}

/** The proposals shown after Kirim. */
const shownSimilar = (c: StepCtx): SimilarProposal[] => readData(aspirasiData, c).similar ?? [];

export const aspirasi: FlowDef = {
  id: "aspirasi",
  version: 1,
  data: aspirasiData,
  start: "category",
  // "/usulan" belongs to flows/usulan.ts (the LPMK's follow-up), which hands a resident who types it on to this flow.
  commands: ["aspirasi", "lapor"],
  steps: {
    category: {
      kind: "choice",
      prompt: (c) => c.t("aspirasi-category"),
      options: (c) => CATEGORY_IDS.map((id) => ({ value: id, label: c.t(`category-${id}`) })),
      onChoose: (value, c) => ({ set: { category: value }, goto: afterCategory(c) }),
      onUnmatched: complaintAtCategory,
    },
    "category-guess": {
      kind: "choice",
      prompt: (c) => c.t("aspirasi-category-guess", { category: c.t(`category-${readData(aspirasiData, c).guess ?? "lainnya"}`) }),
      options: (c) => [
        { value: "yes", label: c.t("aspirasi-category-guess-yes") },
        { value: "other", label: c.t("aspirasi-category-guess-other") },
      ],
      onChoose: (value, c) => (value === "yes" ? { set: { category: readData(aspirasiData, c).guess }, goto: "location" } : { goto: "category" }),
    },
    description: {
      kind: "text",
      min: DESCRIPTION_MIN,
      max: 2000,
      prompt: (c) => c.t("aspirasi-description", { min: DESCRIPTION_MIN }),
      onText: (text) => ({ set: { description: text }, goto: "location" }),
    },
    location: {
      kind: "location",
      min: 3,
      max: 300,
      prompt: (c) => c.t("aspirasi-location"),
      onLocation: (loc) => ({ set: { locationText: loc.text, lat: loc.lat, lon: loc.lon }, goto: "photo" }),
    },
    photo: {
      kind: "photo",
      prompt: (c) => c.t("aspirasi-photo"),
      skip: (c) => ({ value: "skip", label: c.t("aspirasi-photo-skip"), aliases: c.words("aspirasi-photo-skip-aliases") }),
      onPhoto: (path, c) => ({
        set: { photoPath: path ?? readData(aspirasiData, c).photoPath ?? null },
        say: path ? [{ text: c.t("aspirasi-photo-received") }] : [],
        goto: "summary",
      }),
    },
    summary: {
      kind: "choice",
      prompt(c) {
        const d = draftOf(c);
        return c.t("aspirasi-summary", {
          category: c.t(`category-${d.category}`),
          description: d.description,
          location: locationLabel(d, (k, args) => c.t(k, args)),
          photo: d.photoPath ? c.t("aspirasi-summary-photo-yes") : c.t("aspirasi-summary-photo-no"),
          rw: padArea(c.resident.rw ?? 0),
          rt: padArea(c.resident.rt ?? 0),
        });
      },
      options: (c) => [
        { value: "send", label: c.t("aspirasi-send"), aliases: c.words("aspirasi-send-aliases") },
        { value: "edit", label: c.t("aspirasi-edit"), aliases: c.words("aspirasi-edit-aliases") },
        { value: "cancel", label: c.t("aspirasi-cancel") },
      ],
      // A photo sent at the summary is taken as the aspiration's photo, as the photo step takes it.
      onPhoto: (path, c) => ({ set: { photoPath: path }, say: [{ text: c.t("aspirasi-photo-received") }], goto: "summary" }),
      onChoose(value, c) {
        if (value === "edit") return { goto: "edit" };
        if (value === "cancel") return { say: [{ text: c.t("flow-cancelled") }], end: {} };
        return afterSend(c, readData(aspirasiData, c).confidential);
      },
    },
    rahasia: {
      kind: "choice",
      prompt: (c) => c.t("aspirasi-rahasia-offer"),
      options: (c) => [
        { value: "yes", label: c.t("aspirasi-rahasia-yes"), aliases: c.words("aspirasi-rahasia-yes-aliases") },
        { value: "no", label: c.t("aspirasi-rahasia-no"), aliases: c.words("aspirasi-rahasia-no-aliases") },
      ],
      onChoose(value, c) {
        const confidential = value === "yes";
        const next = afterSend(c, confidential);
        return { ...next, set: { ...next.set, confidential } };
      },
    },
    similar: {
      kind: "choice",
      prompt: (c) =>
        c.t("aspirasi-similar", {
          rw: padArea(c.resident.rw ?? 0),
          list: shownSimilar(c)
            .map((p) => c.t("aspirasi-similar-item", { title: similarTitle(p, c), supporters: p.supporters }))
            .join("\n"),
        }),
      options: (c) => [
        { value: "same", label: c.t("aspirasi-similar-same") },
        { value: "none", label: c.t("aspirasi-similar-none") },
      ],
      onChoose(value, c) {
        const shown = shownSimilar(c);
        if (value === "none" || !shown.length) return submit(c, { confidential: false, declined: shown });
        return shown.length === 1 ? submit(c, { confidential: false, chosen: shown[0] }) : { goto: "similar-pick" };
      },
    },
    "similar-pick": {
      kind: "choice",
      prompt: (c) => c.t("aspirasi-similar-pick"),
      options: (c) => [
        ...shownSimilar(c).map((p) => ({
          value: String(p.clusterId),
          label: c.t("aspirasi-similar-item-short", { title: similarTitle(p, c), supporters: p.supporters }),
        })),
        { value: "none", label: c.t("aspirasi-similar-none") },
      ],
      onChoose(value, c) {
        const chosen = shownSimilar(c).find((p) => String(p.clusterId) === value);
        return chosen ? submit(c, { confidential: false, chosen }) : submit(c, { confidential: false, declined: shownSimilar(c) });
      },
    },
    edit: {
      kind: "choice",
      prompt: (c) => c.t("aspirasi-edit-which"),
      options: (c) => [
        { value: "category", label: c.t("aspirasi-field-category") },
        { value: "description", label: c.t("aspirasi-field-description") },
        { value: "location", label: c.t("aspirasi-field-location") },
        { value: "photo", label: c.t("aspirasi-field-photo") },
        { value: "summary", label: c.t("aspirasi-field-none") },
      ],
      onChoose: (value) => (value === "summary" ? { goto: "summary" } : { goto: value, returnTo: "summary" }),
    },
  },
};
