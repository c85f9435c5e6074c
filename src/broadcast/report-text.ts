/** The delivery report of a broadcast as chat text (/laporan, /siaran <id>, the sender's report, the admin command). */
import type { TArgs } from "../i18n/fluent.js";
import type { BroadcastRow } from "./broadcast-repo.js";
import type { DeliveryReport, RsvpCounts, StatusCounts } from "./report.js";

type T = (key: string, args?: TArgs) => string;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A one-line title of a broadcast: its number, kind and title or the start of its text. */
export function broadcastTitle(t: T, b: BroadcastRow): string {
  const what = b.content.kind === "undangan" ? b.content.title : b.content.text.replace(/\s+/g, " ").slice(0, 40);
  return t("siaran-title", { id: String(b.id), kind: t(`umumkan-kind-${b.kind}`), what });
}

const statusArgs = (s: StatusCounts) => ({ sent: s.sent, failed: s.failed, blocked: s.blocked, skipped: s.skipped, queued: s.queued });
const rsvpArgs = (r: RsvpCounts) => ({ hadir: r.hadir, tidak: r.tidak, mungkin: r.mungkin, none: r.none });

/** `short`: the finish report sent to the sender (totals and the RSVP tally, without the lines per RW). */
export function formatReport(t: T, r: DeliveryReport, o: { short?: boolean } = {}): string {
  const undangan = r.broadcast.kind === "undangan";
  const lines = [
    t(o.short ? "laporan-done" : "laporan-head", { title: broadcastTitle(t, r.broadcast) }),
    t("laporan-totals", { total: r.total, ...statusArgs(r.byStatus) }),
  ];
  if (undangan) lines.push(t("laporan-rsvp", rsvpArgs(r.rsvp)));
  if (undangan && r.inclusion && r.rsvp.hadir > 0) lines.push(t("laporan-inclusion", { ...r.inclusion }));
  if (!o.short) {
    lines.push("", t("laporan-rw-head"));
    for (const l of r.byRw) {
      const rw = l.rw === null ? t("laporan-rw-none") : t("laporan-rw", { rw: pad2(l.rw) });
      lines.push(t("laporan-rw-line", { rw, total: l.total, ...statusArgs(l.status) }));
      if (undangan) lines.push(t("laporan-rw-rsvp", rsvpArgs(l.rsvp)));
    }
    if (undangan) lines.push("", t("laporan-hadir-hint", { id: String(r.broadcast.id) }));
  }
  return lines.join("\n");
}
