/**
 * Duplicate clustering measured on the labelled Indonesian pairs, through ingest (FTS candidates + scoring).
 * Prints precision and recall per set and combined: `npx vitest run tests/aggregator/duplicates.test.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Category } from "../../src/core/domain.js";
import { silentLogger } from "../../src/core/logger.js";
import { createAggregator } from "../../src/aggregator/aggregator.js";
import { CANDIDATE_MIN_SCORE, createCandidateFinder } from "../../src/aggregator/candidates.js";
import { isPrivateCategory } from "../../src/aggregator/private-categories.js";
import { createNormalizer } from "../../src/aggregator/normalize.js";
import { similarity, THRESHOLDS, type Thresholds } from "../../src/aggregator/similarity.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "./helpers.js";

interface Side {
  rt: number;
  text: string;
  location: string | null;
}
interface Pair {
  id: string;
  category: Category;
  duplicate: boolean;
  note: string;
  a: Side;
  b: Side;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/**
 * The labelled sets. `combined` = the sets the decision rule and its operating point were chosen on (all of them
 * were looked at: targets are asserted on their union). `held-out` = written and committed before the algorithm
 * ever ran on it; it only has a regression floor at its first measured figures.
 */
/** The unseen set of the sixth round (written blind by someone else; merged in later). */
const UNSEEN_FILE = "duplicates-holdout12.json";
const hasUnseen = () => SETS.some((s) => s.file === UNSEEN_FILE);

const SETS: ReadonlyArray<{ file: string; role: "combined" | "held-out" | "unseen" }> = [
  { file: "duplicates.json", role: "combined" },
  { file: "duplicates-holdout.json", role: "combined" },
  { file: "duplicates-holdout2.json", role: "combined" },
  { file: "duplicates-holdout3.json", role: "combined" },
  { file: "duplicates-holdout4.json", role: "combined" },
  // Held out at first (its first run, rule of commit 4f1d013: precision 15/18 = 0.833, recall 15/26 = 0.577),
  // then used for one round of error analysis, so it joined the sets the rule is chosen on.
  { file: "duplicates-holdout5.json", role: "combined" },
  // Held out at first (its first run, rule of commit de49582: precision 13/14 = 0.929, recall 13/23 = 0.565; with the
  // first issue-9 rule, before it was looked at: 14/16 = 0.875, 14/23 = 0.609), then used for error analysis in
  // issue 9, so it joined the sets the rule is chosen on. holdout7 replaced it as the unseen set.
  { file: "duplicates-holdout6.json", role: "combined" },
  // Issue 9: a development set written for the miss classes, tuned on (so it is "combined").
  { file: "duplicates-dev7.json", role: "combined" },
  // Issue 9: written and committed (7e41bf5) before any tuning for the miss classes; never tuned on.
  { file: "duplicates-holdout7.json", role: "held-out" },
  // Issue 9, second round: a development set from problem groups and places disjoint from holdout8's. First run:
  // precision 33/33, recall 33/88 = 0.375; recall@3 33/80. Reported on its own until the third round, whose error
  // analysis used it: it joined the sets the rule is chosen on.
  { file: "duplicates-dev8.json", role: "combined" },
  // Issue 9, second round: 424 pairs over every category, committed (444b045) before the rule ever ran on it. Its
  // misses were analysed in the third round (classes, not examples), so it joined the sets the rule is chosen on.
  { file: "duplicates-holdout8.json", role: "combined" },
  // Issue 9, third round: 213 hand-written pairs committed (4f12060) before the third round's tuning, never tuned on
  // in it. Its first figures (rule after the third round): precision 37/41 = 0.902, recall 37/111 = 0.333; recall@3
  // 72/108 = 0.667, unrelated per non-duplicate 0.34 (before the third round: 24/26 = 0.923, 24/111 = 0.216; recall@3
  // 51/108 = 0.472, 1.28). The fourth round analysed its misses and wrong merges by class, so it joined the sets the
  // rule is chosen on.
  { file: "duplicates-holdout9.json", role: "combined" },
  // Issue 9, fourth round: holdout10, 320 pairs written blind by someone else (commit 81345ab), merged only after the
  // fourth round. Its first and only unseen run (rule of commit b85938b): merge precision 52/64 = 0.813, recall
  // 52/176 = 0.295; recall@3 109/164 = 0.665, unrelated per non-duplicate 0.35. The fifth round analysed its wrong
  // merges and missed candidates by class, so it joined the sets the rule is chosen on.
  { file: "duplicates-holdout10.json", role: "combined" },
  // Issue 9, fifth round: holdout11, 300 pairs written blind by someone else (commit 9f88c72). Its first and only
  // unseen run (rule of the fifth round, commit 992fa20): merge precision 30/33 = 0.909, recall 30/150 = 0.200;
  // recall@3 103/137 = 0.752, unrelated per non-duplicate 0.54 (the fourth round's rule on it: 50/60 = 0.833, 0.333;
  // 91/137 = 0.664, 0.31). The sixth round analysed its wrong merges and missed candidates by class, so it joined the
  // sets the rule is chosen on.
  { file: "duplicates-holdout11.json", role: "combined" },
  // Issue 9, sixth round: holdout12, written blind by someone else, never seen by the rule's authors; the unseen set
  // (only a regression floor, UNSEEN_FLOOR).
  ...(existsSync(new URL(`../fixtures/${UNSEEN_FILE}`, import.meta.url)) ? [{ file: UNSEEN_FILE, role: "unseen" as const }] : []),
];

/**
 * Regression floors for the held-out sets. holdout7 (issue 9), every measurement so far: with the rule before issue 9
 * (commit 4fdecc1) precision 40/45 = 0.889, recall 40/66 = 0.606; first run of the issue-9 rule 57/59 = 0.966,
 * 57/66 = 0.864; after the defect and landmark rules 56/57 = 0.982, 56/66 = 0.848; after two-letter words stopped
 * being read as misspelt "gg"/"jl" 55/56 = 0.982, 55/66 = 0.833; unchanged by the third round. (In the third round
 * one of its wrong merges was seen in an analysis run by mistake; nothing was chosen on it.) Fifth round, after the
 * merge wanted the same RT and the texts sharing more than either says alone: 52/52 = 1.000, 52/66 = 0.788.
 */
const HELD_OUT_FLOOR: Readonly<Record<string, { precision: number; recall: number }>> = {
  "duplicates-holdout7.json": { precision: 0.95, recall: 0.77 },
};

/**
 * The unseen set, holdout12: 240 pairs written blind (commit 42a0550) while the sixth round was worked on, merged only
 * after it (rule of commit df66c00..c6df841). Its first and only run: merge precision 33/34 = 0.971, recall 33/123 =
 * 0.268; recall@3 97/113 = 0.858, unrelated per non-duplicate 0.39: the targets are met. It is an easier set than
 * holdout10 and holdout11: run once on it for comparison, the fifth round's rule gave 0.971 / 0.268 / 0.823 / 0.38 and
 * the fourth round's 0.946 / 0.431 / 0.796 / 0.19 (0.813 and 0.665 on holdout10). The floor is the first figures less
 * a small margin. Its pairs have not been looked at; after any tuning on them a new unseen set is needed.
 */
const UNSEEN_FLOOR = { precision: 0.94, recall: 0.25, recallAt3: 0.83, unrelatedPerNonDuplicate: 0.5 };

/**
 * The figures reached on the sets the rule is chosen on (all of them together), locked in with a small margin.
 * Third round: precision 414/414 = 1.000, recall 414/496 = 0.835; recall@3 425/457 = 0.930, unrelated per
 * non-duplicate 0.49. With holdout9 joining them, before the fourth round: 451/455 = 0.991, 451/607 = 0.743; recall@3
 * 497/565 = 0.880, 0.46. After the fourth round: 510/511 = 0.998, 510/607 = 0.840; recall@3 541/565 = 0.958, 0.47.
 * With holdout10 joining them, before the fifth round: 562/575 = 0.977, 562/783 = 0.718; recall@3 650/729 = 0.892,
 * 0.44. After the fifth round's merge rule (same RT, coverage above one half): 447/449 = 0.996, 447/783 = 0.571.
 * After its candidate rule (a place-only candidate at the same spot or landmark kind in one RT, at most one shown;
 * landmark kinds searched for) and drawn-out chat words read plainly: recall@3 682/729 = 0.936, unrelated per
 * non-duplicate 0.64.
 * With holdout11 joining them, before the sixth round: 477/482 = 0.990, 477/933 = 0.511; recall@3 785/866 = 0.906,
 * unrelated per non-duplicate 0.62. After the sixth round's qualifier rule (merge only): 477/480 = 0.994, 0.511.
 * After its one-sided landmark-kind candidate (anchored, one RT, capped with the place-only ones): recall@3 794/866 =
 * 0.917, unrelated per non-duplicate 0.69.
 */
const TUNED_LOCK = { precision: 0.99, recall: 0.5, recallAt3: 0.9, unrelatedPerNonDuplicate: 0.7 };

const label = (file: string, role: string) => `${file}${role === "held-out" ? " (held out)" : role === "unseen" ? " (UNSEEN)" : ""}`;

/**
 * The automatic merge's target is precision (issue 9: ">= 0.95 on the holdout"). Until the fourth round the merge
 * also had to reach recall >= 0.7 on the tuned sets; the fifth round gave that up on purpose: the merge now wants
 * strong evidence (same RT, the texts sharing more than either says alone), and the candidate list at the summary
 * step, where the resident decides, is the recall mechanism (recall@3 >= 0.8). Merge recall has a floor only.
 */
const TARGET = { precision: 0.95 };

function load(file: string): Pair[] {
  return (JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8")) as { pairs: Pair[] }).pairs;
}

const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn });
const ZERO: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
const line = (name: string, n: number, c: Counts) =>
  `${name.padEnd(36)} ${String(n).padStart(4)} pairs  precision ${precision(c).toFixed(3)}  recall ${recall(c).toFixed(3)}  ` +
  `(tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;

function tally(c: Counts, merged: boolean, duplicate: boolean): void {
  if (merged && duplicate) c.tp++;
  else if (merged) c.fp++;
  else if (duplicate) c.fn++;
  else c.tn++;
}

/** Ingest each pair into its own RW of one database and count whether b joined a's cluster. */
function evaluate(ts: TestStore, pairs: Pair[], rwOffset: number): Counts & { wrong: string[] } {
  const agg = createAggregator(ts.store.db, { log: silentLogger() });
  const c = { ...ZERO, wrong: [] as string[] };
  pairs.forEach((p, i) => {
    const rw = rwOffset + i + 1;
    const side = (s: Side) => {
      const resident = addResident(ts.store, rw, s.rt);
      const id = addAspiration(ts.store, { residentId: resident, rw, rt: s.rt, category: p.category, text: s.text, location: s.location });
      const r = agg.ingest(id);
      if (!r.ok) throw new Error(`ingest failed for ${p.id}`);
      return r;
    };
    const merged = side(p.a).clusterId === side(p.b).clusterId;
    tally(c, merged, p.duplicate);
    if (merged !== p.duplicate) c.wrong.push(`${p.duplicate ? "missed" : "WRONG MERGE"} ${p.id}: ${p.a.text} | ${p.b.text}`);
  });
  return c;
}

interface ListCounts {
  /** Duplicate drafts, and of those how many had their match among the candidates shown. */
  dups: number;
  found: number;
  /** Non-duplicate drafts, and the candidates shown for them in all (every one unrelated to the draft's pair). */
  nondups: number;
  unrelatedShown: number;
  /** Candidates shown over all drafts. */
  shown: number;
}

/**
 * The candidate list at the summary step: every pair's `a` is ingested into one RW of its set (so each draft is
 * searched among all of the set's proposals of its category), then each `b` is looked up as a draft. A candidate
 * other than the pair's `a` counts as unrelated, even where it happens to be about the same thing (pessimistic).
 */
function evaluateList(ts: TestStore, pairs: Pair[], rw: number, minScore: number): ListCounts {
  const agg = createAggregator(ts.store.db, { log: silentLogger() });
  const finder = createCandidateFinder(ts.store.db);
  const clusterOfA = pairs.map((p) => {
    const resident = addResident(ts.store, rw, p.a.rt);
    const id = addAspiration(ts.store, { residentId: resident, rw, rt: p.a.rt, category: p.category, text: p.a.text, location: p.a.location });
    const r = agg.ingest(id);
    if (!r.ok) throw new Error(`ingest failed for ${p.id}`);
    return r.clusterId;
  });
  const c: ListCounts = { dups: 0, found: 0, nondups: 0, unrelatedShown: 0, shown: 0 };
  pairs.forEach((p, i) => {
    // No list is ever shown for a private category (keamanan): such drafts are not counted.
    if (isPrivateCategory(p.category)) return;
    const shown = finder.find({ rw, rt: p.b.rt, category: p.category, description: p.b.text, location: p.b.location }, { minScore });
    c.shown += shown.length;
    const hit = shown.some((x) => x.clusterId === clusterOfA[i]);
    if (p.duplicate) {
      c.dups++;
      if (hit) c.found++;
    } else {
      c.nondups++;
      c.unrelatedShown += shown.filter((x) => x.clusterId !== clusterOfA[i]).length + (hit ? 1 : 0);
    }
  });
  return c;
}

/**
 * The same list, each pair alone in its own RW: the share of hard non-duplicates whose near-miss is still offered
 * (and of duplicates whose match is), without the other pairs' proposals around.
 */
function evaluatePairwise(ts: TestStore, pairs: Pair[], rwOffset: number): { dupFound: number; dups: number; nearMissShown: number; nondups: number } {
  const agg = createAggregator(ts.store.db, { log: silentLogger() });
  const finder = createCandidateFinder(ts.store.db);
  const c = { dupFound: 0, dups: 0, nearMissShown: 0, nondups: 0 };
  pairs.forEach((p, i) => {
    const rw = rwOffset + i + 1;
    const resident = addResident(ts.store, rw, p.a.rt);
    const id = addAspiration(ts.store, { residentId: resident, rw, rt: p.a.rt, category: p.category, text: p.a.text, location: p.a.location });
    agg.ingest(id);
    const shown = finder.find({ rw, rt: p.b.rt, category: p.category, description: p.b.text, location: p.b.location }).length > 0;
    if (p.duplicate) {
      c.dups++;
      if (shown) c.dupFound++;
    } else {
      c.nondups++;
      if (shown) c.nearMissShown++;
    }
  });
  return c;
}

const LIST_TARGET = { recallAt3: 0.8, unrelatedPerNonDuplicate: 1 };
const listLine = (name: string, c: ListCounts) =>
  `${name.padEnd(36)} recall@3 ${(c.found / c.dups).toFixed(3)} (${c.found}/${c.dups})  ` +
  `unrelated per non-duplicate ${(c.unrelatedShown / c.nondups).toFixed(2)}  shown per draft ${(c.shown / (c.dups + c.nondups)).toFixed(2)}`;
const addList = (a: ListCounts, b: ListCounts): ListCounts => ({
  dups: a.dups + b.dups,
  found: a.found + b.found,
  nondups: a.nondups + b.nondups,
  unrelatedShown: a.unrelatedShown + b.unrelatedShown,
  shown: a.shown + b.shown,
});
const LIST_ZERO: ListCounts = { dups: 0, found: 0, nondups: 0, unrelatedShown: 0, shown: 0 };

describe("the candidate list offered at the summary step, on the labelled pairs", () => {
  let ts: TestStore;
  const results = new Map<string, ListCounts>();
  beforeAll(() => {
    ts = tmpStore("dups-list");
    SETS.forEach(({ file }, k) => results.set(file, evaluateList(ts, load(file), 90_000 + k, CANDIDATE_MIN_SCORE)));
    const pairwise = SETS.map(({ file, role }, k) => {
      const c = evaluatePairwise(ts, load(file), 100_000 + 1000 * k);
      return (
        `${label(file, role).padEnd(36)} match offered ${(c.dupFound / c.dups).toFixed(3)} ` +
        `(${c.dupFound}/${c.dups})  near-miss offered ${(c.nearMissShown / c.nondups).toFixed(3)} (${c.nearMissShown}/${c.nondups})`
      );
    });
    console.info(`candidate list, each pair alone in its RW\n${pairwise.join("\n")}`);
    const combined = SETS.filter((s) => s.role === "combined").reduce((c, s) => addList(c, results.get(s.file)!), LIST_ZERO);
    console.info(
      [
        `candidate list, min score ${CANDIDATE_MIN_SCORE}, at most 3 shown`,
        ...SETS.map(({ file, role }) => listLine(label(file, role), results.get(file)!)),
        listLine("combined", combined),
      ].join("\n"),
    );
  });
  afterAll(() => ts.cleanup());

  it("finds the match among the candidates for >= 80% of duplicates, with at most one unrelated per non-duplicate, on the tuned sets", () => {
    const c = SETS.filter((s) => s.role === "combined").reduce((acc, s) => addList(acc, results.get(s.file)!), LIST_ZERO);
    expect(c.found / c.dups).toBeGreaterThanOrEqual(LIST_TARGET.recallAt3);
    expect(c.unrelatedShown / c.nondups).toBeLessThanOrEqual(LIST_TARGET.unrelatedPerNonDuplicate);
  });

  // holdout7's first measurement of the list (min score 0.4): recall@3 59/66 = 0.894, unrelated per non-duplicate
  // 1.63 in the shared RW (above the target of 1: its pairs repeat topics, so other pairs' proposals are offered),
  // near-miss offered alone 8/71 = 0.113; with two-letter typos no longer guessed, recall@3 58/66 = 0.879; after the
  // third round's candidate rules (commit 6fe857b) 63/64 = 0.984, unrelated per non-duplicate 0.47.
  // A floor against regressions, not a target met.
  it("stays at or above its last recall@3 on the held-out set", () => {
    expect(results.get("duplicates-holdout7.json")!.found / results.get("duplicates-holdout7.json")!.dups).toBeGreaterThanOrEqual(0.98);
  });

  it("keeps the candidate list figures the fifth round reached on the tuned sets", () => {
    const c = SETS.filter((s) => s.role === "combined").reduce((acc, s) => addList(acc, results.get(s.file)!), LIST_ZERO);
    expect(c.found / c.dups).toBeGreaterThanOrEqual(TUNED_LOCK.recallAt3);
    expect(c.unrelatedShown / c.nondups).toBeLessThanOrEqual(TUNED_LOCK.unrelatedPerNonDuplicate);
  });

  it.runIf(hasUnseen())("stays above the loose floor on the unseen holdout12", () => {
    const c = results.get(UNSEEN_FILE)!;
    expect(c.found / c.dups).toBeGreaterThanOrEqual(UNSEEN_FLOOR.recallAt3);
    expect(c.unrelatedShown / c.nondups).toBeLessThanOrEqual(UNSEEN_FLOOR.unrelatedPerNonDuplicate);
  });
});

describe("duplicate clustering on the labelled Indonesian pairs", () => {
  let ts: TestStore;
  const results = new Map<string, { n: number; c: Counts }>();
  beforeAll(() => {
    ts = tmpStore("dups");
    SETS.forEach(({ file, role }, k) => {
      const pairs = load(file);
      const r = evaluate(ts, pairs, 1000 * k);
      results.set(file, { n: pairs.length, c: r });
      // A held-out set's individual errors are not printed: reading them is the first step of tuning on it.
      if (r.wrong.length && role === "combined") console.info(`${file}:\n  ${r.wrong.join("\n  ")}`);
    });
    const combined = SETS.filter((s) => s.role === "combined").map((s) => results.get(s.file)!);
    console.info(
      [
        `thresholds ${JSON.stringify(THRESHOLDS)}`,
        ...SETS.map(({ file, role }) => line(label(file, role), results.get(file)!.n, results.get(file)!.c)),
        line("combined", combined.reduce((n, r) => n + r.n, 0), combined.reduce((c, r) => add(c, r.c), ZERO)),
        line("all sets incl. held-out", [...results.values()].reduce((n, r) => n + r.n, 0), [...results.values()].reduce((c, r) => add(c, r.c), ZERO)),
      ].join("\n"),
    );
  });
  afterAll(() => ts.cleanup());

  it("has at least 60 pairs in the first set, with both duplicates and near-misses", () => {
    const pairs = load("duplicates.json");
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    expect(pairs.filter((p) => p.duplicate).length).toBeGreaterThanOrEqual(25);
    expect(pairs.filter((p) => !p.duplicate).length).toBeGreaterThanOrEqual(25);
  });

  it("reaches precision >= 0.95 on all the sets the rule was chosen on, combined", () => {
    const c = SETS.filter((s) => s.role === "combined").reduce((acc, s) => add(acc, results.get(s.file)!.c), ZERO);
    expect(precision(c)).toBeGreaterThanOrEqual(TARGET.precision);
  });

  it("keeps precision >= 0.95 on every set the rule was chosen on, each on its own", () => {
    for (const s of SETS.filter((x) => x.role === "combined")) {
      expect(precision(results.get(s.file)!.c), s.file).toBeGreaterThanOrEqual(TARGET.precision);
    }
  });

  it("keeps the merge figures the fifth round reached on the tuned sets", () => {
    const c = SETS.filter((s) => s.role === "combined").reduce((acc, s) => add(acc, results.get(s.file)!.c), ZERO);
    expect(precision(c)).toBeGreaterThanOrEqual(TUNED_LOCK.precision);
    expect(recall(c)).toBeGreaterThanOrEqual(TUNED_LOCK.recall);
  });

  it.runIf(hasUnseen())("stays above the loose floor on the unseen holdout12", () => {
    const c = results.get(UNSEEN_FILE)!.c;
    expect(precision(c)).toBeGreaterThanOrEqual(UNSEEN_FLOOR.precision);
    expect(recall(c)).toBeGreaterThanOrEqual(UNSEEN_FLOOR.recall);
  });

  it("stays at or above the regression floor on each held-out set", () => {
    for (const s of SETS.filter((x) => x.role === "held-out")) {
      const c = results.get(s.file)!.c;
      const floor = HELD_OUT_FLOOR[s.file]!;
      expect(precision(c), s.file).toBeGreaterThanOrEqual(floor.precision);
      expect(recall(c), s.file).toBeGreaterThanOrEqual(floor.recall);
    }
  });

  it("sits on a plateau: nearby thresholds keep the combined precision >= 0.95 (sweep printed)", () => {
    const n = createNormalizer();
    const f = (s: Side, category: string) => ({ ...n.normalize(`${s.text}\n${s.location ?? ""}`, category), rt: s.rt });
    const pairs = SETS.filter((s) => s.role === "combined").flatMap((s) => load(s.file));
    const feats = pairs.map((p) => ({ a: f(p.a, p.category), b: f(p.b, p.category), duplicate: p.duplicate }));
    const at = (t: Thresholds): Counts => {
      const c = { ...ZERO };
      for (const x of feats) tally(c, similarity(x.a, x.b, t).duplicate, x.duplicate);
      return c;
    };
    const rows: string[] = [];
    const nearby: Counts[] = [];
    for (const samePlace of [0.35, 0.4, 0.45, 0.5, 0.55]) {
      const cells: string[] = [];
      for (const noPlace of [0.65, 0.7, 0.75, 0.8, 0.85]) {
        const c = at({ ...THRESHOLDS, samePlace, noPlace });
        cells.push(`${precision(c).toFixed(3)}/${recall(c).toFixed(3)}`);
        if (Math.abs(samePlace - THRESHOLDS.samePlace) <= 0.051 && Math.abs(noPlace - THRESHOLDS.noPlace) <= 0.051) nearby.push(c);
      }
      rows.push(`samePlace ${samePlace.toFixed(2)}  ${cells.join("  ")}`);
    }
    console.info(`combined precision/recall by threshold (pure scoring; columns noPlace 0.65 0.70 0.75 0.80 0.85)\n${rows.join("\n")}`);
    expect(nearby.length).toBe(9);
    for (const c of nearby) expect(precision(c)).toBeGreaterThanOrEqual(TARGET.precision);
  });
});
