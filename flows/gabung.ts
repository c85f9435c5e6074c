/**
 * `/gabung ASP-AAAA ASP-BBBB <alasan>` (LPMK): merge the first ticket's proposal into the second's, after a
 * confirmation, with the reason recorded. The checks and the merge live in src/aggregator/cluster-edit.ts, the
 * same code the dashboard's Klaster page calls; the engine refuses (and audits) anyone who is not LPMK.
 */
import { z } from "zod";
import "../src/aggregator/cluster-edit-engine.js";
import { clusterEditRefusal, cleanReason, type ClusterEditError } from "../src/aggregator/cluster-edit.js";
import { readData } from "../src/engine/flow-data.js";
import { parseTicket } from "../src/engine/tickets.js";
import type { FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import { TICKET_PREFIX } from "./aspirasi.js";

export const KLASTER_ROLES = ["lpmk"];

const gabungData = z.object({ from: z.string().optional(), into: z.string().optional(), reason: z.string().optional() });

/** Leading tickets of `arg` ("ASP-7K3Q asp-p4mn sama lokasinya") and the words after them. */
export function splitTickets(arg: string | undefined, max: number): { tickets: string[]; rest: string } {
  const tokens = (arg ?? "").trim().split(/\s+/).filter(Boolean);
  const tickets: string[] = [];
  while (tickets.length < max && tokens.length) {
    const t = parseTicket(TICKET_PREFIX, tokens[0]!);
    if (!t) break;
    tickets.push(t);
    tokens.shift();
  }
  return { tickets, rest: tokens.join(" ") };
}

export const refusal = (c: StepCtx, e: ClusterEditError): Transition => ({ say: [{ text: clusterEditRefusal(c.env.t, c.lang, e) }], end: {} });
export const klasterChoices = (c: StepCtx) => [
  { value: "ya", label: c.t("klaster-yes"), aliases: c.words("klaster-yes-aliases") },
  { value: "batal", label: c.t("klaster-no"), aliases: c.words("klaster-no-aliases") },
];

function confirmOrRefuse(c: StepCtx, d: z.infer<typeof gabungData>): Transition {
  const p = c.env.reads.clusterEdits!.planMerge(d.from!, d.into!, c.env.actor.grants ?? []);
  if (!p.ok) return refusal(c, p.error);
  if (!d.reason) return { set: d, goto: "alasan" };
  return { set: d, goto: "konfirmasi" };
}

export const gabung: FlowDef = {
  id: "gabung",
  version: 1,
  data: gabungData,
  start: "konfirmasi",
  commands: ["gabung"],
  roles: KLASTER_ROLES,
  requiresRegistration: false,
  onStart(c, arg) {
    if (!c.env.reads.clusterEdits) return { say: [{ text: c.t("klaster-unavailable") }], end: {} };
    const { tickets, rest } = splitTickets(arg, 2);
    if (tickets.length < 2) return { say: [{ text: c.t("klaster-gabung-usage") }], end: {} };
    const reason = cleanReason(rest);
    return confirmOrRefuse(c, { from: tickets[0], into: tickets[1], ...(reason ? { reason } : {}) });
  },
  steps: {
    alasan: {
      kind: "text",
      min: 3,
      max: 300,
      prompt: (c) => c.t("klaster-reason-prompt"),
      onText: (text, c) => confirmOrRefuse(c, { ...readData(gabungData, c), reason: cleanReason(text) ?? undefined }),
    },
    konfirmasi: {
      kind: "choice",
      prompt: (c) => {
        const d = readData(gabungData, c);
        const p = c.env.reads.clusterEdits?.planMerge(d.from ?? "", d.into ?? "", c.env.actor.grants ?? []);
        if (!p?.ok) return c.t("klaster-gabung-usage");
        return c.t("klaster-gabung-confirm", {
          from: p.plan.from.ticket,
          into: p.plan.into.ticket,
          fromMembers: p.plan.from.members,
          fromSupporters: p.plan.from.supporters,
          intoMembers: p.plan.into.members,
          intoSupporters: p.plan.into.supporters,
          reason: d.reason ?? "",
        });
      },
      options: klasterChoices,
      onChoose(value, c) {
        const d = readData(gabungData, c);
        if (value !== "ya" || !d.from || !d.into || !d.reason) return { say: [{ text: c.t("klaster-cancelled") }], end: {} };
        // Checked again: something may have changed since the question.
        const p = c.env.reads.clusterEdits!.planMerge(d.from, d.into, c.env.actor.grants ?? []);
        if (!p.ok) return refusal(c, p.error);
        return {
          effects: [{ type: "cluster.lpmk-merge", from: d.from, into: d.into, reason: d.reason, grants: [...(c.env.actor.grants ?? [])] }],
          say: [{ text: c.t("klaster-merged", { from: p.plan.from.ticket, into: p.plan.into.ticket }) }],
          end: {},
        };
      },
    },
  },
};
