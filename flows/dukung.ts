/**
 * Dukung usulan: support a proposal of one's own RW from a short list, or answer the duplicate hint
 * ("is your aspiration the same as this one?") by merging into it or keeping it separate.
 */
import type { ClusterSummary } from "../src/aggregator/recap.js";
import { neutralTitle } from "../src/aggregator/neutral-title.js";
import { titleOf } from "../src/core/title.js";
import { z } from "zod";
import { readData } from "../src/engine/flow-data.js";
import { parseTicket } from "../src/engine/tickets.js";
import type { FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import { padArea } from "./area.js";
import { TICKET_PREFIX } from "./aspirasi.js";
import { foreignTicket } from "./status.js";

export const DUKUNG_FLOW = "dukung";
export const DUKUNG_VERSION = 1;
/** The step the duplicate hint puts an idle resident in; its options are the hint's buttons. */
export const DUKUNG_JOIN_STEP = "gabung";
export const DUKUNG_JOIN_YES = "ya";
export const DUKUNG_JOIN_NO = "beda";
/** How many clusters the list offers. */
const LIST_SIZE = 5;

const listItem = z.object({ clusterId: z.number().int(), title: z.string(), supporters: z.number().int() });
type ListItem = z.infer<typeof listItem>;

/** The list offered (pilih) or the proposal the duplicate hint asks about (gabung; see joinStepData). */
const dukungData = z.object({
  list: z.array(listItem).optional(),
  aspirationId: z.number().int().optional(),
  ticket: z.string().optional(),
  title: z.string().optional(),
  supporters: z.number().int().optional(),
});

const listOf = (c: StepCtx): ListItem[] => readData(dukungData, c).list ?? [];

/**
 * What neighbours see of a proposal: its category and place, never the resident's own words (see neutral-title.ts).
 * `t` translates in the reader's language.
 */
export function proposalTitle(t: (key: string, args?: Record<string, string | number>) => string, p: { category: string; locationText: string | null; rw: number }): string {
  return neutralTitle(t(`category-${p.category}`), p.locationText, t("dukung-place-rw", { rw: padArea(p.rw) }));
}

export function toListItem(s: ClusterSummary, c: StepCtx): ListItem {
  return { clusterId: s.clusterId, title: proposalTitle((k, a) => c.t(k, a), s), supporters: s.supporters };
}

function startList(c: StepCtx): Transition {
  const reads = c.env.reads.clusters;
  if (!reads) return { say: [{ text: c.t("dukung-unavailable") }], end: {} };
  const rw = c.resident.rw;
  const list = rw === null ? [] : reads.supportable(c.resident.id, rw, LIST_SIZE).map((s) => toListItem(s, c));
  if (!list.length) return { say: [{ text: c.t("dukung-none") }], end: {} };
  return { set: { list }, goto: "pilih" };
}

/**
 * The session data of the join step, shared with the duplicate hint so both ask the same question.
 * `others` counts the cluster's supporters other than this resident.
 */
export function joinStepData(o: { aspirationId: number; ticket: string; title: string; others: number }) {
  return { aspirationId: o.aspirationId, ticket: o.ticket, title: o.title, supporters: o.others };
}

/** The options of the join step, shared with the duplicate hint so its buttons land on this step. */
export function joinOptions(t: (key: string) => string, words: (key: string) => string[] = () => []) {
  return [
    { value: DUKUNG_JOIN_YES, label: t("dukung-join-yes"), aliases: words("dukung-join-yes-aliases") },
    { value: DUKUNG_JOIN_NO, label: t("dukung-join-no"), aliases: words("dukung-join-no-aliases") },
  ];
}

export const dukung: FlowDef = {
  id: DUKUNG_FLOW,
  version: DUKUNG_VERSION,
  data: dukungData,
  start: "pilih",
  commands: ["dukung"],
  onStart(c, arg) {
    if (!arg) return startList(c);
    const reads = c.env.reads.clusters;
    if (!reads) return { say: [{ text: c.t("dukung-unavailable") }], end: {} };
    const ticket = parseTicket(TICKET_PREFIX, arg);
    const cand = ticket ? reads.mergeCandidate(c.resident.id, ticket) : undefined;
    if (!cand) {
      // Someone else's ticket gets the same answer as a gone one, and is audited like a refused /rekap.
      const foreign = foreignTicket(c, arg);
      const effects = foreign ? [{ type: "audit" as const, action: "access.denied", subject: `ticket:${foreign}`, detail: { command: "dukung" } }] : [];
      return { effects, say: [{ text: c.t("dukung-join-gone") }], end: {} };
    }
    return {
      // The resident already counts among the cluster's supporters; the hint names the others.
      set: joinStepData({
        aspirationId: cand.aspirationId,
        ticket: cand.ticket,
        title: proposalTitle((k, a) => c.t(k, a), cand),
        others: Math.max(0, cand.supporters - 1),
      }),
      goto: DUKUNG_JOIN_STEP,
    };
  },
  steps: {
    pilih: {
      kind: "choice",
      prompt: (c) => c.t("dukung-list-prompt", { rw: padArea(c.resident.rw ?? 0) }),
      options: (c) => [
        ...listOf(c).map((i) => ({ value: String(i.clusterId), label: c.t("dukung-option", { title: i.title, supporters: i.supporters }) })),
        { value: "kembali", label: c.t("dukung-back"), aliases: c.words("dukung-back-aliases") },
      ],
      onChoose(value, c) {
        const item = listOf(c).find((i) => String(i.clusterId) === value);
        if (!item) return { end: {} };
        return {
          effects: [{ type: "cluster.support", clusterId: item.clusterId }],
          say: [{ text: c.t("dukung-added", { title: item.title, supporters: item.supporters + 1 }) }],
          end: {},
        };
      },
    },
    [DUKUNG_JOIN_STEP]: {
      kind: "choice",
      prompt: (c) => {
        const d = readData(dukungData, c);
        return c.t("dukung-hint", { count: d.supporters ?? 0, title: d.title ?? "", ticket: d.ticket ?? "" });
      },
      options: (c) => joinOptions((k) => c.t(k), (k) => c.words(k)),
      onChoose(value, c) {
        const d = readData(dukungData, c);
        if (d.aspirationId === undefined) return { end: {} };
        const aspirationId = d.aspirationId;
        if (value === DUKUNG_JOIN_YES) {
          return {
            effects: [{ type: "cluster.merge", aspirationId, join: true }],
            say: [{ text: c.t("dukung-joined", { supporters: (d.supporters ?? 0) + 1 }) }],
            end: {},
          };
        }
        return {
          effects: [{ type: "cluster.merge", aspirationId, join: false }],
          say: [{ text: c.t("dukung-kept-separate") }],
          end: {},
        };
      },
    },
  },
};
