/**
 * RSVP to an undangan: Hadir / Tidak hadir / Mungkin (buttons on Telegram, numbers on WhatsApp). Reached from the
 * invitation itself (a proactive prompt, see src/broadcast/broadcaster.ts) or later with `/rsvp <nomor>`.
 * The answer can change until the meeting starts; after that it gets a polite "rapat sudah dimulai".
 */
import { z } from "zod";
import "../src/broadcast/engine-types.js";
import "../src/broadcast/schedule-types.js";
import { RSVP_FLOW, RSVP_STEP, RSVP_VERSION, rsvpOptions } from "../src/broadcast/render.js";
import type { RsvpAnswer } from "../src/broadcast/types.js";
import { readData } from "../src/engine/flow-data.js";
import type { FlowDef } from "../src/engine/types.js";

const rsvpData = z.object({
  broadcastId: z.number().int().optional(),
  meetingAt: z.number().int().optional(),
  /** The question as the resident received it (the invitation; its buttons belong to this text). */
  text: z.string().optional(),
});

export const rsvp: FlowDef = {
  id: RSVP_FLOW,
  version: RSVP_VERSION,
  data: rsvpData,
  start: RSVP_STEP,
  commands: ["rsvp"],
  onStart(c, arg) {
    const id = Number((arg ?? "").replace(/^#/, "").trim());
    const reads = c.env.reads.broadcasts;
    const b = Number.isInteger(id) && id > 0 ? reads?.get(id) : undefined;
    const mine = b ? reads?.recipient(b.id, c.resident.id) : undefined;
    if (!b || b.content.kind !== "undangan" || !mine || mine.status === "skipped") {
      return { say: [{ text: c.t("rsvp-unknown", { id: (arg ?? "").slice(0, 10) }) }], end: {} };
    }
    if (c.env.now >= b.content.at) return { say: [{ text: c.t("rsvp-late", { title: b.content.title }) }], end: {} };
    if (c.env.reads.broadcastSchedules?.timing(b.id)?.state === "cancelled") return { say: [{ text: c.t("rsvp-cancelled") }], end: {} };
    const text = c.t("rsvp-ask", { id: String(b.id), title: b.content.title });
    return { set: { broadcastId: b.id, meetingAt: b.content.at, text }, goto: RSVP_STEP };
  },
  steps: {
    [RSVP_STEP]: {
      kind: "choice",
      prompt: (c) => readData(rsvpData, c).text ?? c.t("rsvp-ask", { id: "-", title: "-" }),
      options: (c) =>
        rsvpOptions((k, a) => c.t(k, a)).map((o) => ({ ...o, aliases: c.words(`umumkan-rsvp-${o.value}-aliases`) })),
      onChoose(value, c) {
        const d = readData(rsvpData, c);
        if (d.broadcastId === undefined || d.meetingAt === undefined) return { end: {} };
        // The meeting as it is now (it may have been moved or called off since the invitation was shown).
        const b = c.env.reads.broadcasts?.get(d.broadcastId);
        const meetingAt = b?.content.kind === "undangan" ? b.content.at : d.meetingAt;
        const cancelled = c.env.reads.broadcastSchedules?.timing(d.broadcastId)?.state === "cancelled";
        if (cancelled) return { say: [{ text: c.t("rsvp-cancelled") }], end: { showMenu: false } };
        if (c.env.now >= meetingAt) return { say: [{ text: c.t("rsvp-late", { title: "" }) }], end: { showMenu: false } };
        const answer = value as RsvpAnswer;
        return {
          effects: [{ type: "broadcast.rsvp", broadcastId: d.broadcastId, answer }],
          say: [{ text: c.t(`rsvp-thanks-${answer}`, { id: String(d.broadcastId) }) }],
          end: { showMenu: false },
        };
      },
    },
  },
};
