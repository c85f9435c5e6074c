/** Aspiration: category, description, location (text or pin), optional photo, summary with Kirim / Ubah / Batal, ticket. */
import { createNormalizer, type Normalizer } from "../src/aggregator/normalize.js";
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

export const aspirasi: FlowDef = {
  id: "aspirasi",
  version: 1,
  data: aspirasiData,
  start: "category",
  commands: ["aspirasi", "usulan", "lapor"],
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
        const ticket = newTicket(TICKET_PREFIX, c.env.reads.ticketExists, c.env.random);
        const rw = c.resident.rw!;
        const rt = c.resident.rt!;
        return {
          effects: [{ type: "aspiration.create", ticket, draft: draftOf(c), rw, rt }],
          say: [{ text: c.t("aspirasi-done", { ticket }) }],
          end: {},
        };
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
