/**
 * /laporan <nomor>: the delivery report of a broadcast (terkirim / gagal / diblokir / dilewati / menunggu, in total
 * and per RW) and, for an undangan, the RSVP tallies per RW and the inclusion counts among those attending.
 * `/laporan <nomor> hadir [pdf|xlsx]` sends the daftar hadir for signatures as a document.
 * Who sees which report: src/broadcast/report-scope.ts (the LPMK all; a head those within their area; a sender theirs).
 */
import "../src/broadcast/engine-types.js";
import type { AttendanceFormat } from "../src/broadcast/attendance.js";
import { formatReport } from "../src/broadcast/report-text.js";
import { mayViewBroadcast } from "../src/broadcast/report-scope.js";
import type { CommandDef, StepCtx, Transition } from "../src/engine/types.js";
import { UMUMKAN_ROLES } from "./umumkan.js";

const done = (text: string): Transition => ({ say: [{ text }], end: { showMenu: false } });

export const laporan: CommandDef = {
  names: ["laporan"],
  roles: UMUMKAN_ROLES,
  requiresRegistration: false,
  run(arg, c: StepCtx) {
    const reads = c.env.reads.broadcasts;
    if (!reads) return done(c.t("laporan-unavailable"));
    const words = (arg ?? "").replace(/#/g, " ").trim().toLowerCase().split(/\s+/).filter(Boolean);
    const [first, ...rest] = words;
    if (!first || !/^\d{1,9}$/.test(first)) return done(c.t("laporan-usage"));
    const id = Number(first);
    const b = reads.get(id);
    const viewer = { residentId: c.resident.id, grants: c.env.actor.grants ?? [], lpmk: c.env.actor.roles.has("lpmk") };
    if (!b || !mayViewBroadcast(viewer, b)) {
      // Someone else's broadcast looks the same as none at all; the attempt is logged.
      return {
        say: [{ text: c.t("laporan-not-found", { id: first }) }],
        ...(b ? { effects: [{ type: "audit" as const, action: "access.denied", subject: `broadcast:${id}`, detail: { command: "laporan" } }] } : {}),
        end: { showMenu: false },
      };
    }
    if (!rest.length) {
      const report = reads.report(id);
      return done(report ? formatReport((k, a) => c.t(k, a), report) : c.t("laporan-not-found", { id: first }));
    }
    const hadirWords = c.words("laporan-hadir-words");
    const text = rest.join(" ");
    const format: AttendanceFormat = /\b(xlsx|excel)\b/.test(text) ? "xlsx" : "pdf";
    const what = text.replace(/\b(xlsx|excel|pdf)\b/g, " ").replace(/\s+/g, " ").trim();
    if (!hadirWords.includes(what)) return done(c.t("laporan-usage"));
    if (b.kind !== "undangan") return done(c.t("laporan-not-undangan", { id: first }));
    return {
      effects: [{ type: "broadcast.attendance", broadcastId: id, format }],
      say: [{ text: c.t("laporan-hadir-making") }],
      end: { showMenu: false },
    };
  },
};
