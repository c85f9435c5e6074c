/**
 * The follow-up's transition rules after the Musrenbang: which statuses a proposal may move to from which, what a
 * move needs (a reason for `ditolak`, a funding channel for `disetujui`), and the words that name a status.
 * Pure: the chat command, the admin import and a later web dashboard all decide with these functions.
 */
import { distance } from "fastest-levenshtein";
import type { AspirationStatus } from "../core/domain.js";

/** The statuses the LPMK sets after the rembug (labels in locales as `status-<id>`). */
export const FOLLOWUP_STATUSES = ["diusulkan-musrenbang", "disetujui", "ditolak", "dikerjakan", "selesai"] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

/** The usual reasons for `ditolak` (labels `usulan-reason-<id>`); `lainnya` means the LPMK writes its own. */
export const REJECT_REASONS = ["dobel", "kewenangan", "lokasi", "anggaran", "lainnya"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** The channels an approved proposal is funded through (labels `usulan-channel-<id>`). */
export const FUNDING_CHANNELS = ["rkpd", "apbd-kelurahan", "swadaya", "csr", "dana-pusat"] as const;
export type FundingChannel = (typeof FUNDING_CHANNELS)[number];

/** From which statuses each follow-up status may be reached. Anything else needs an admin's force. */
export const ALLOWED_FROM: Record<FollowupStatus, readonly AspirationStatus[]> = {
  "diusulkan-musrenbang": ["dibahas-rembug-rt", "masuk-prioritas", "belum-diprioritaskan"],
  disetujui: ["diusulkan-musrenbang"],
  ditolak: ["diterima", "dibahas-rembug-rt", "masuk-prioritas", "belum-diprioritaskan", "diusulkan-musrenbang", "disetujui"],
  dikerjakan: ["disetujui", "selesai"],
  selesai: ["dikerjakan", "disetujui"],
};

export function isFollowupStatus(s: string): s is FollowupStatus {
  return (FOLLOWUP_STATUSES as readonly string[]).includes(s);
}

export function isFundingChannel(s: string): s is FundingChannel {
  return (FUNDING_CHANNELS as readonly string[]).includes(s);
}

export interface MoveSpec {
  from: AspirationStatus;
  to: FollowupStatus;
  reason?: string | null;
  channel?: FundingChannel | null;
  /** An admin overrides the rules (audited). */
  force?: boolean;
}

export type MoveRefusal =
  | { code: "same"; status: AspirationStatus }
  | { code: "not-allowed"; from: AspirationStatus; to: FollowupStatus; allowed: readonly AspirationStatus[] }
  | { code: "needs-reason" }
  | { code: "needs-channel" };

/** Whether `spec` is a move that makes sense; a forced move skips the order check but still needs its details. */
export function checkTransition(spec: MoveSpec): { ok: true } | { ok: false; error: MoveRefusal } {
  if (spec.from === spec.to) return { ok: false, error: { code: "same", status: spec.from } };
  const allowed = ALLOWED_FROM[spec.to];
  if (!spec.force && !allowed.includes(spec.from)) return { ok: false, error: { code: "not-allowed", from: spec.from, to: spec.to, allowed } };
  if (spec.to === "ditolak" && !spec.reason?.trim()) return { ok: false, error: { code: "needs-reason" } };
  if (spec.to === "disetujui" && !spec.channel) return { ok: false, error: { code: "needs-channel" } };
  return { ok: true };
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "");

/**
 * The status a typed word names: the id itself, one of its aliases (from the locale, e.g. "setuju", "beres"), or
 * a small typo of either ("disetuji", "selsai"). Undefined when none or several match equally well.
 *
 * @example
 * parseWord("selsai", FOLLOWUP_STATUSES, (s) => words(`usulan-status-${s}-aliases`)) // "selesai"
 */
export function parseWord<T extends string>(input: string, ids: readonly T[], aliasesOf: (id: T) => readonly string[] = () => []): T | undefined {
  const f = fold(input);
  if (!f) return undefined;
  const forms = ids.map((id) => ({ id, words: [id, ...aliasesOf(id)].map(fold).filter(Boolean) }));
  const exact = forms.find((x) => x.words.includes(f));
  if (exact) return exact.id;
  let best: { id: T; d: number } | undefined;
  let tie = false;
  for (const x of forms) {
    for (const w of x.words) {
      const d = distance(f, w);
      const budget = w.length <= 3 ? 0 : w.length <= 6 ? 1 : 2;
      if (d > budget) continue;
      if (!best || d < best.d) {
        best = { id: x.id, d };
        tie = false;
      } else if (d === best.d && best.id !== x.id) tie = true;
    }
  }
  return best && !tie ? best.id : undefined;
}
