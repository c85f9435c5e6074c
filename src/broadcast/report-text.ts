/** The delivery report of a broadcast as chat text (/siaran <id>, the sender's report, the admin command). */
import type { TArgs } from "../i18n/fluent.js";
import type { BroadcastReport } from "./broadcast-repo.js";
import type { BroadcastRow } from "./broadcast-repo.js";

type T = (key: string, args?: TArgs) => string;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A one-line title of a broadcast: its number, kind and title or the start of its text. */
export function broadcastTitle(t: T, b: BroadcastRow): string {
  const what = b.content.kind === "undangan" ? b.content.title : b.content.text.replace(/\s+/g, " ").slice(0, 40);
  return t("siaran-title", { id: String(b.id), kind: t(`umumkan-kind-${b.kind}`), what });
}

export function formatReport(t: T, r: BroadcastReport, o: { short?: boolean } = {}): string {
  const s = r.byStatus;
  const lines = [
    t(o.short ? "siaran-report-done" : "siaran-report-head", { title: broadcastTitle(t, r.broadcast) }),
    t("siaran-report-totals", { total: r.total, sent: s.sent, failed: s.failed, skipped: s.skipped, queued: s.queued }),
  ];
  if (r.broadcast.kind === "undangan") {
    lines.push(t("siaran-report-rsvp", { hadir: r.rsvp.hadir, tidak: r.rsvp.tidak, mungkin: r.rsvp.mungkin, none: r.rsvp.none }));
  }
  if (!o.short) {
    lines.push(t("siaran-report-lines-head"));
    for (const l of r.lines) {
      lines.push(
        t("siaran-report-line", {
          rw: l.rw === null ? "-" : pad2(l.rw),
          channel: l.channel ?? "-",
          sent: l.sent,
          failed: l.failed,
          skipped: l.skipped,
          queued: l.queued,
        }),
      );
    }
  }
  return lines.join("\n");
}
