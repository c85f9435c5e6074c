/**
 * /siaran: the LPMK's broadcasts. Without an argument the latest ones (a sender who is not LPMK sees their own);
 * `/siaran <nomor>` the delivery report (seen by whom /laporan shows it to, src/broadcast/report-scope.ts): sent / failed / skipped (berhenti) / waiting per RW and channel, and the
 * RSVP tally of an undangan.
 */
import "../src/broadcast/engine-types.js";
import { mayViewBroadcast } from "../src/broadcast/report-scope.js";
import { broadcastTitle, formatReport } from "../src/broadcast/report-text.js";
import { isKelurahanWide } from "../src/core/roles.js";
import type { CommandDef, StepCtx } from "../src/engine/types.js";
import { UMUMKAN_ROLES } from "./umumkan.js";
import { controlSection, siaranControl, siaranListState } from "./siaran-control.js";

const LIST_LIMIT = 10;

const isLpmk = (c: StepCtx): boolean => c.env.actor.roles.has("lpmk") || (c.env.actor.grants ?? []).some(isKelurahanWide);

export const siaran: CommandDef = {
  names: ["siaran"],
  roles: UMUMKAN_ROLES,
  requiresRegistration: false,
  run(arg, c) {
    const reads = c.env.reads.broadcasts;
    if (!reads) return { say: [{ text: c.t("umumkan-unavailable") }], end: { showMenu: false } };
    const t = (k: string, a?: Parameters<StepCtx["t"]>[1]) => c.t(k, a);
    const raw = (arg ?? "").replace(/^#/, "").trim();
    const control = siaranControl(raw, c, isLpmk(c));
    if (control) return control;
    if (!raw) {
      const list = reads.list(LIST_LIMIT, isLpmk(c) ? undefined : c.resident.id);
      if (!list.length) return { say: [{ text: c.t("siaran-none") }], end: { showMenu: false } };
      const lines = list.map((b) => {
        const r = reads.report(b.id);
        return `${broadcastTitle(t, b)}\n  ${siaranListState(c, b, c.t("siaran-list-counts", { sent: r?.byStatus.sent ?? 0, total: r?.total ?? 0 }))}`;
      });
      return { say: [{ text: `${c.t("siaran-list-head")}\n\n${lines.join("\n")}${controlSection(c, isLpmk(c))}\n\n${c.t("siaran-list-footer")}` }], end: { showMenu: false } };
    }
    const id = Number(raw);
    const report = Number.isInteger(id) && id > 0 ? reads.report(id) : undefined;
    // Viewing follows /laporan's rule (a head sees broadcasts within their area); controlling stays the sender's.
    const viewer = { residentId: c.resident.id, grants: c.env.actor.grants ?? [], lpmk: isLpmk(c) };
    if (!report || !mayViewBroadcast(viewer, report.broadcast)) {
      // Someone else's broadcast looks the same as none at all; the attempt is audited.
      return {
        say: [{ text: c.t("siaran-not-found", { id: raw.slice(0, 10) }) }],
        ...(report ? { effects: [{ type: "audit" as const, action: "access.denied", subject: `broadcast:${id}`, detail: { command: "siaran" } }] } : {}),
        end: { showMenu: false },
      };
    }
    return { say: [{ text: formatReport(t, report) }], end: { showMenu: false } };
  },
};
