/**
 * The follow-up recap per RW: proposals per status, proposals done (selesai), and how many residents confirmed they
 * are fixed. Shown by /usulan rekap, and within /rekap and `npm run admin -- rekap` (src/aggregator/recap.ts).
 */
import { ASPIRATION_STATUSES, type AspirationStatus, type Lang } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import type { Db } from "../store/db.js";

export interface FollowupRecapRow {
  rw: number;
  /** Proposals (one per cluster) marked selesai. */
  done: number;
  /** Distinct residents who answered "Sudah beres". */
  confirmed: number;
  /** Residents who answered Belum or Sebagian. */
  disputed: number;
  /** Proposals (one per cluster, or an aspiration on its own) per current status, in the order of the cycle. */
  byStatus: Array<{ status: AspirationStatus; count: number }>;
}

/** A proposal is a cluster's representative or an aspiration in no cluster; rahasia ones are for the LPMK only. */
const PROPOSALS = `aspirations a LEFT JOIN cluster_members m ON m.aspiration_id = a.id LEFT JOIN clusters c ON c.id = m.cluster_id
  WHERE a.confidential = 0 AND (m.cluster_id IS NULL OR c.representative_aspiration_id = a.id)`;

/** Rahasia aspirations are not counted (they are for the LPMK only). `rw`: that RW only. */
export function followupRecap(db: Db, rw?: number): FollowupRecapRow[] {
  const inRw = rw === undefined ? "" : "AND a.rw = @rw";
  const params = rw === undefined ? {} : { rw };
  const statuses = db.prepare(`SELECT a.rw, a.status, COUNT(*) AS n FROM ${PROPOSALS} ${inRw} GROUP BY a.rw, a.status`).all(params) as Array<{
    rw: number;
    status: AspirationStatus;
    n: number;
  }>;
  const answers = db
    .prepare(
      `SELECT a.rw, COUNT(DISTINCT CASE WHEN f.answer = 'sudah' THEN f.resident_id END) AS confirmed,
              COUNT(DISTINCT CASE WHEN f.answer IN ('belum', 'sebagian') THEN f.resident_id END) AS disputed
         FROM followup_asks f JOIN aspirations a ON a.id = f.aspiration_id WHERE a.confidential = 0 ${inRw} GROUP BY a.rw`,
    )
    .all(params) as Array<{ rw: number; confirmed: number; disputed: number }>;
  const rws = [...new Set([...statuses.map((d) => d.rw), ...answers.map((a) => a.rw)])].sort((x, y) => x - y);
  return rws.map((r) => {
    const a = answers.find((x) => x.rw === r);
    const mine = statuses.filter((s) => s.rw === r);
    const byStatus = ASPIRATION_STATUSES.flatMap((status) => {
      const count = mine.find((s) => s.status === status)?.n ?? 0;
      return count ? [{ status, count }] : [];
    });
    return { rw: r, done: mine.find((s) => s.status === "selesai")?.n ?? 0, confirmed: a?.confirmed ?? 0, disputed: a?.disputed ?? 0, byStatus };
  });
}

/** The lines of one RW: done, confirmed and disputed, then its proposals per status. */
export function followupRwLines(r: FollowupRecapRow, t: Translate, lang: Lang): string[] {
  const lines = [t(lang, "usulan-recap-line", { rw: String(r.rw).padStart(2, "0"), done: r.done, confirmed: r.confirmed, disputed: r.disputed })];
  if (r.byStatus.length) {
    const statuses = r.byStatus.map((s) => t(lang, "usulan-recap-status", { status: t(lang, `status-${s.status}`), count: s.count })).join(" · ");
    lines.push(t(lang, "usulan-recap-statuses", { statuses }));
  }
  return lines;
}

export function formatFollowupRecap(rows: FollowupRecapRow[], t: Translate, lang: Lang): string {
  if (!rows.length) return t(lang, "usulan-recap-empty");
  return [t(lang, "usulan-recap-header"), ...rows.flatMap((r) => followupRwLines(r, t, lang))].join("\n");
}
