/** What the follow-up adds to the flow engine: read-only proposal lookups and the effects its flows return. */
import type { AspirationStatus, Category } from "../core/domain.js";
import type { MoveRequest, PlanResult } from "./move.js";
import type { FollowupRecapRow } from "./recap.js";

export interface HistoryEntry {
  at: number;
  status: AspirationStatus;
  reason: string | null;
  channel: string | null;
}

/** A place on a confirmed rembug priority list (RT or RW level). */
export interface RankEntry {
  at: number;
  level: "rt" | "rw" | "pokmas";
  rw: number | null;
  rt: number | null;
  rank: number;
}

/** A cluster edit by the LPMK (src/aggregator/cluster-edit.ts): "digabung ke ASP-…", "gabungan dari …". */
export interface EditEntry {
  at: number;
  kind: "merged-into" | "merged-from" | "split-from" | "split-out";
  ticket: string;
  reason: string;
}

export interface ProposalDetail {
  id: number;
  ticket: string;
  category: Category;
  description: string;
  locationText: string | null;
  rw: number;
  rt: number;
  status: AspirationStatus;
  statusReason: string | null;
  fundingChannel: string | null;
  origin: string;
  confidential: boolean;
  /** The sender's name (shown to LPMK admins only). */
  reporter: string | null;
  supporters: number;
  history: HistoryEntry[];
  ranks: RankEntry[];
  /** Merges and splits by the LPMK that touched it, oldest first. */
  edits: EditEntry[];
  /** The other aspirations of its cluster. */
  linked: Array<{ ticket: string; rt: number; description: string }>;
}

/** Read-only; implementations must not write. */
export interface FollowupReads {
  proposal(ticket: string): ProposalDetail | undefined;
  /** The history and list ranks shown by /status, oldest first. */
  timeline(aspirationId: number): { history: HistoryEntry[]; ranks: RankEntry[]; edits: EditEntry[] };
  /** One ticket per proposal of the RW (a cluster's representative, or an aspiration on its own). */
  ticketsOfRw(rw: number): string[];
  /** Check requests without changing anything. */
  plan(reqs: MoveRequest[], mayForce: boolean): PlanResult[];
  /** The id of the resident's asked and unanswered "is it fixed?" question about a ticket. */
  openAsk(residentId: number, ticket: string): number | undefined;
  /** Per RW: proposals done and residents who confirmed them. */
  recap(): FollowupRecapRow[];
}

declare module "../engine/types.js" {
  interface EngineReads {
    /** Present when the follow-up is installed (see installFollowup). */
    followup?: FollowupReads;
  }
  interface EffectMap {
    /** Move proposals (one, or a confirmed batch); all or none. */
    "usulan.move": { requests: MoveRequest[]; mayForce: boolean };
    /** A resident's answer to "is it fixed?". */
    "followup.answer": { askId: number; answer: "sudah" | "belum" | "sebagian"; comment: string | null; photoPath: string | null };
  }
}
