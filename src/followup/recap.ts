/** The follow-up recap per RW: proposals done (selesai), and how many residents confirmed they are fixed. */
import type { Lang } from "../core/domain.js";
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
}

/** Rahasia aspirations are not counted (they are for the LPMK only). */
export function followupRecap(db: Db): FollowupRecapRow[] {
  const done = db
    .prepare(
      `SELECT a.rw, COUNT(*) AS n FROM aspirations a LEFT JOIN cluster_members m ON m.aspiration_id = a.id LEFT JOIN clusters c ON c.id = m.cluster_id
        WHERE a.status = 'selesai' AND a.confidential = 0 AND (m.cluster_id IS NULL OR c.representative_aspiration_id = a.id) GROUP BY a.rw`,
    )
    .all() as Array<{ rw: number; n: number }>;
  const answers = db
    .prepare(
      `SELECT a.rw, COUNT(DISTINCT CASE WHEN f.answer = 'sudah' THEN f.resident_id END) AS confirmed,
              COUNT(DISTINCT CASE WHEN f.answer IN ('belum', 'sebagian') THEN f.resident_id END) AS disputed
         FROM followup_asks f JOIN aspirations a ON a.id = f.aspiration_id WHERE a.confidential = 0 GROUP BY a.rw`,
    )
    .all() as Array<{ rw: number; confirmed: number; disputed: number }>;
  const rws = [...new Set([...done.map((d) => d.rw), ...answers.map((a) => a.rw)])].sort((x, y) => x - y);
  return rws.map((rw) => {
    const a = answers.find((x) => x.rw === rw);
    return { rw, done: done.find((d) => d.rw === rw)?.n ?? 0, confirmed: a?.confirmed ?? 0, disputed: a?.disputed ?? 0 };
  });
}

export function formatFollowupRecap(rows: FollowupRecapRow[], t: Translate, lang: Lang): string {
  if (!rows.length) return t(lang, "usulan-recap-empty");
  return [
    t(lang, "usulan-recap-header"),
    ...rows.map((r) => t(lang, "usulan-recap-line", { rw: String(r.rw).padStart(2, "0"), done: r.done, confirmed: r.confirmed, disputed: r.disputed })),
  ].join("\n");
}
