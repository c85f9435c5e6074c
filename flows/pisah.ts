/**
 * `/pisah ASP-AAAA <alasan>` (LPMK): split one aspiration out of its proposal into a proposal of its own, after a
 * confirmation, with the reason recorded (src/aggregator/cluster-edit.ts, shared with the dashboard).
 */
import { z } from "zod";
import "../src/aggregator/cluster-edit-engine.js";
import { cleanReason } from "../src/aggregator/cluster-edit.js";
import { readData } from "../src/engine/flow-data.js";
import type { FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import { KLASTER_ROLES, klasterChoices, refusal, splitTickets } from "./gabung.js";

const pisahData = z.object({ ticket: z.string().optional(), reason: z.string().optional() });

function confirmOrRefuse(c: StepCtx, d: z.infer<typeof pisahData>): Transition {
  const p = c.env.reads.clusterEdits!.planSplit(d.ticket!, c.env.actor.grants ?? []);
  if (!p.ok) return refusal(c, p.error);
  return { set: d, goto: d.reason ? "konfirmasi" : "alasan" };
}

export const pisah: FlowDef = {
  id: "pisah",
  version: 1,
  data: pisahData,
  start: "konfirmasi",
  commands: ["pisah"],
  roles: KLASTER_ROLES,
  requiresRegistration: false,
  onStart(c, arg) {
    if (!c.env.reads.clusterEdits) return { say: [{ text: c.t("klaster-unavailable") }], end: {} };
    const { tickets, rest } = splitTickets(arg, 1);
    if (!tickets.length) return { say: [{ text: c.t("klaster-pisah-usage") }], end: {} };
    const reason = cleanReason(rest);
    return confirmOrRefuse(c, { ticket: tickets[0], ...(reason ? { reason } : {}) });
  },
  steps: {
    alasan: {
      kind: "text",
      min: 3,
      max: 300,
      prompt: (c) => c.t("klaster-reason-prompt"),
      onText: (text, c) => confirmOrRefuse(c, { ...readData(pisahData, c), reason: cleanReason(text) ?? undefined }),
    },
    konfirmasi: {
      kind: "choice",
      prompt: (c) => {
        const d = readData(pisahData, c);
        const p = c.env.reads.clusterEdits?.planSplit(d.ticket ?? "", c.env.actor.grants ?? []);
        if (!p?.ok) return c.t("klaster-pisah-usage");
        return c.t("klaster-pisah-confirm", { ticket: p.plan.ticket, from: p.plan.from.ticket, reason: d.reason ?? "" });
      },
      options: klasterChoices,
      onChoose(value, c) {
        const d = readData(pisahData, c);
        if (value !== "ya" || !d.ticket || !d.reason) return { say: [{ text: c.t("klaster-cancelled") }], end: {} };
        const p = c.env.reads.clusterEdits!.planSplit(d.ticket, c.env.actor.grants ?? []);
        if (!p.ok) return refusal(c, p.error);
        return {
          effects: [{ type: "cluster.lpmk-split", ticket: d.ticket, reason: d.reason, grants: [...(c.env.actor.grants ?? [])] }],
          say: [{ text: c.t("klaster-split", { ticket: p.plan.ticket, from: p.plan.from.ticket }) }],
          end: {},
        };
      },
    },
  },
};
