/** /status: the resident's own aspirations, or one in full by ticket. Other people's tickets reveal nothing. */
import type { AspirationView } from "../src/core/domain.js";
import { locationLabel } from "../src/core/location-label.js";
import { titleOf } from "../src/core/title.js";
import { parseTicket } from "../src/engine/tickets.js";
import type { CommandDef, StepCtx } from "../src/engine/types.js";
import { TICKET_PREFIX } from "./aspirasi.js";
import { padArea } from "./area.js";
import { timelineLines } from "./usulan.js";

const TITLE_CHARS = 40;

function statusLabel(c: StepCtx, a: AspirationView): string {
  const label = c.t(`status-${a.status}`);
  return a.statusReason ? c.t("status-with-reason", { status: label, reason: a.statusReason }) : label;
}

export function statusList(c: StepCtx): string {
  const list = c.env.reads.aspirationsOf(c.resident.id);
  if (!list.length) return c.t("status-none");
  const lines = list.map((a) =>
    c.t("status-line", {
      ticket: a.ticket,
      title: titleOf(a.description, TITLE_CHARS),
      category: c.t(`category-${a.category}`),
      status: statusLabel(c, a),
      date: new Date(a.createdAt),
    }),
  );
  return `${c.t("status-list-header", { count: list.length })}\n\n${lines.join("\n\n")}\n\n${c.t("status-list-footer")}`;
}

export function statusDetail(c: StepCtx, raw: string): string {
  const ticket = parseTicket(TICKET_PREFIX, raw);
  const a = ticket ? c.env.reads.aspirationByTicket(ticket) : undefined;
  if (!a || a.residentId !== c.resident.id) return c.t("status-not-found", { ticket: (ticket ?? raw).slice(0, 20) });
  const location = locationLabel(a, (k, args) => c.t(k, args));
  // The whole history in plain words ("18 Jan 2027 · masuk daftar prioritas RT 02, urutan 1"), when installed.
  const tl = c.env.reads.followup?.timeline(a.id);
  const history = tl ? `\n\n${[c.t("usulan-detail-history"), ...timelineLines(c, tl)].join("\n")}` : "";
  return c.t("status-detail", {
    ticket: a.ticket,
    category: c.t(`category-${a.category}`),
    tridaya: c.t(`tridaya-${a.tridaya}`),
    description: a.description,
    location,
    rw: padArea(a.rw),
    rt: padArea(a.rt),
    photo: a.photoPath ? c.t("aspirasi-summary-photo-yes") : c.t("aspirasi-summary-photo-no"),
    status: statusLabel(c, a),
    date: new Date(a.createdAt),
  }) + history;
}

/** A ticket that exists but is someone else's: the answer is the same as for an unknown one, and it is audited. */
export function foreignTicket(c: StepCtx, raw: string): string | null {
  const ticket = parseTicket(TICKET_PREFIX, raw);
  const a = ticket ? c.env.reads.aspirationByTicket(ticket) : undefined;
  return a && a.residentId !== c.resident.id ? a.ticket : null;
}

export const status: CommandDef = {
  names: ["status", "cek", "tiket"],
  run: (arg, c) => {
    const foreign = arg ? foreignTicket(c, arg) : null;
    return {
      say: [{ text: arg ? statusDetail(c, arg) : statusList(c) }],
      ...(foreign ? { effects: [{ type: "audit" as const, action: "access.denied", subject: `ticket:${foreign}`, detail: { command: "status" } }] } : {}),
    };
  },
};
