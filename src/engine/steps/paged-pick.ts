/**
 * Paged ordered pick: the ordered pick (engine/steps/ordered-pick.ts) over a long numbered list shown a page at a
 * time. Numbers stay global ("12" picks line 12 on any page); "lagi"/"next" shows the next page; a few extra words
 * (e.g. "tidak ada") can lead elsewhere, some with more on the same line ("gabung 2 5"). The cap may depend on the session (REMBUG_MAX_ITEMS per level).
 */
import { orderedPickKind, type OrderedPickStep } from "./ordered-pick.js";
import { defineStepKind, type StepKind } from "./step-kind.js";
import { cleanText, foldForMatch } from "../text.js";
import type { ChoiceOption, StepCtx, Transition } from "../types.js";
import { localeWords } from "../words.js";

export interface PagedPickStep extends Omit<OrderedPickStep, "kind" | "max"> {
  kind: "paged-pick";
  /** Every line, each with its global `number`. */
  options(c: StepCtx): ChoiceOption[];
  max(c: StepCtx): number;
  pageSize: number;
  /** Session data key of the page shown (0-based). */
  pageKey: string;
  /** Locale key of the words that show the next page. */
  nextWords: string;
  /** Other words (locale key of their aliases -> what they do). */
  words?: Record<string, (c: StepCtx) => Transition>;
  /**
   * Words that may be followed by more on the same line (locale key of their aliases -> what they do with the rest,
   * already folded), e.g. "gabung 2 5". Only these words match as the start of a message; `words` match whole.
   */
  argWords?: Record<string, (rest: string, c: StepCtx) => Transition>;
}

/** The rest of `folded` after one of `aliases` and a space (undefined when it starts with none of them). */
export function restAfterWord(folded: string, aliases: readonly string[]): string | undefined {
  const hit = aliases.find((a) => folded.startsWith(`${a} `));
  return hit === undefined ? undefined : folded.slice(hit.length + 1).trim();
}

declare module "../types.js" {
  interface StepKindMap {
    "paged-pick": PagedPickStep;
  }
}

const inner = orderedPickKind as unknown as StepKind<OrderedPickStep>;
const asOrdered = (step: PagedPickStep, c: StepCtx): OrderedPickStep => ({ ...step, kind: "ordered-pick", max: step.max(c) });

/** The page shown, clamped to the list. */
export function pageOf(step: PagedPickStep, c: StepCtx): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(step.options(c).length / step.pageSize));
  const raw = c.data[step.pageKey];
  const page = typeof raw === "number" && Number.isInteger(raw) ? ((raw % pages) + pages) % pages : 0;
  return { page, pages };
}

export const pagedPickKind = defineStepKind<PagedPickStep>({
  kind: "paged-pick",
  options(step, c) {
    const { page } = pageOf(step, c);
    return step.options(c).slice(page * step.pageSize, (page + 1) * step.pageSize);
  },
  press: (step, value, c) => inner.press!(asOrdered(step, c), value, c),
  answer(step, input, c) {
    if (input.kind === "text") {
      const folded = foldForMatch(cleanText(input.text));
      if (localeWords(c.env.t, step.nextWords).includes(folded)) return { set: { [step.pageKey]: pageOf(step, c).page + 1 } };
      for (const [key, run] of Object.entries(step.words ?? {})) if (localeWords(c.env.t, key).includes(folded)) return run(c);
      for (const [key, run] of Object.entries(step.argWords ?? {})) {
        const rest = restAfterWord(folded, localeWords(c.env.t, key));
        if (rest) return run(rest, c);
      }
    }
    return inner.answer(asOrdered(step, c), input, c);
  },
  validate: (step, where) => (step.pageSize >= 1 && step.dataKey && step.pageKey ? [] : [`step "${where}" has bad paging`]),
});
