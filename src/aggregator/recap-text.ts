/** Renders a recap as a short chat message (counts by category, top clusters, waiting for a rembug). */
import type { Lang } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import { padArea } from "../core/area-number.js";
import { titleOf as coreTitleOf } from "../core/title.js";
import { locationLabel } from "./map-link.js";
import type { Recap } from "./recap.js";
import { followupRwLines } from "../followup/recap.js";

const TITLE_CHARS = 50;

/** First line of a description, cut to a chat-friendly length (one helper for chat, recaps and exports: src/core/title.ts). */
export function titleOf(text: string, max = TITLE_CHARS): string {
  return coreTitleOf(text, max);
}

/** The recap as one chat message in `lang`. */
export function formatRecap(recap: Recap, t: Translate, lang: Lang): string {
  const tr = (key: string, args?: Parameters<Translate>[2]) => t(lang, key, args);
  const date = new Date(recap.generatedAt);
  const lines: string[] = [recap.rw === undefined ? tr("rekap-title-all", { date }) : tr("rekap-title-rw", { rw: padArea(recap.rw), date })];
  const { totals } = recap;
  if (totals.aspirations === 0 && totals.pendingIngest === 0) {
    lines.push("", tr("rekap-empty"));
    return lines.join("\n");
  }
  lines.push(
    "",
    tr("rekap-totals", { aspirations: totals.aspirations, clusters: totals.clusters, waiting: totals.waiting, waitingClusters: totals.waitingClusters }),
  );
  if (totals.pendingIngest > 0) lines.push(tr("rekap-pending", { count: totals.pendingIngest }));

  const byCategory = new Map<string, number>();
  for (const r of recap.rws) for (const c of r.byCategory) byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + c.count);
  if (byCategory.size) {
    lines.push("", tr("rekap-by-category"));
    for (const [category, count] of [...byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      lines.push(tr("rekap-category-line", { category: tr(`category-${category}`), count }));
    }
  }
  if (recap.rw === undefined && recap.rws.length) {
    lines.push("", tr("rekap-per-rw"));
    for (const r of recap.rws) {
      lines.push(tr("rekap-rw-line", { rw: padArea(r.rw), aspirations: r.aspirations, clusters: r.clusters, waiting: r.waiting }));
    }
  }
  // Shown once something has moved past "diterima" (a rembug, the Musrenbang or later) somewhere in scope.
  const followed = recap.rws.flatMap((r) => (r.followup ? [r.followup] : []));
  if (followed.some((f) => f.confirmed + f.disputed > 0 || f.byStatus.some((s) => s.status !== "diterima"))) {
    lines.push("", tr("usulan-recap-header"));
    for (const f of followed) lines.push(...followupRwLines(f, t, lang));
  }
  const listed = recap.rws.filter((r) => r.priorities.length);
  if (listed.length) {
    lines.push("", tr("rekap-priorities"));
    for (const r of listed) {
      if (recap.rw === undefined) lines.push(tr("rekap-priorities-rw", { rw: padArea(r.rw) }));
      for (const p of r.priorities) {
        const no = p.rwRank !== undefined ? String(p.rwRank) : p.rtRank ? tr("rekap-no-rt", { rt: padArea(p.rtRank.rt), rank: p.rtRank.rank }) : "";
        const funding = p.funding ? tr(`siklus-funding-${p.funding}`) : "none";
        lines.push(tr("rekap-priority-line", { no, title: titleOf(p.description), ticket: p.ticket, funding }));
      }
    }
  }
  if (recap.top.length) {
    lines.push("", tr("rekap-top"));
    recap.top.forEach((c, i) => {
      const args = { n: i + 1, title: titleOf(c.description), supporters: c.supporters, ticket: c.ticket, rw: padArea(c.rw) };
      lines.push(tr(recap.rw === undefined ? "rekap-top-line-rw" : "rekap-top-line", args));
      const location = locationLabel(t, lang, { text: c.locationText, lat: c.lat, lon: c.lon });
      if (location) lines.push(tr("rekap-top-location", { location }));
    });
  }
  return lines.join("\n");
}
