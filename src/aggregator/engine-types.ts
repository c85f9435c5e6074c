/** What the aggregator adds to the flow engine: read-only cluster lookups and the effects its flows return. */
import type { Category } from "../core/domain.js";
import type { Recap } from "./recap.js";
import type { ClusterSummary } from "./recap.js";
import type { ExportFormat } from "./export-format.js";

/** An aspiration of the resident that the aggregator put into someone else's cluster, awaiting their answer. */
export interface MergeCandidate {
  aspirationId: number;
  ticket: string;
  clusterId: number;
  /** The category and place of the cluster's representative (what a neutral title is built from; never its text). */
  category: Category;
  locationText: string | null;
  rw: number;
  supporters: number;
}

/** A proposal a draft may repeat, as the summary step shows it: neutral title parts and supporters only. */
export interface SimilarProposal {
  clusterId: number;
  category: Category;
  /** The representative's place by the privacy rule of neutral-title.ts; null = none left (show the RT). */
  place: string | null;
  rt: number;
  supporters: number;
}

/** The draft at the summary step, as the candidate search reads it. */
export interface SimilarQuery {
  rw: number;
  rt: number;
  category: Category;
  description: string;
  location: string | null;
  confidential?: boolean;
  residentId?: number;
}

/** Read-only; implementations must not write. */
export interface ClusterReads {
  /** Clusters of the RW the resident does not support yet, most supporters first. */
  supportable(residentId: number, rw: number, limit: number): ClusterSummary[];
  /** The resident's own aspiration (by ticket) that sits in another resident's cluster and can be merged. */
  mergeCandidate(residentId: number, ticket: string): MergeCandidate | undefined;
  recap(rw?: number): Recap;
  /**
   * Up to three proposals of the draft's RW and category that score above the candidate threshold, best first;
   * none for keamanan/ketertiban or a rahasia draft, none the resident already supports.
   */
  similarProposals(draft: SimilarQuery): SimilarProposal[];
}

declare module "../engine/types.js" {
  interface EngineReads {
    /** Present when the aggregator is installed (see installAggregator). */
    clusters?: ClusterReads;
  }
  interface EffectMap {
    /** The resident supports a cluster of their RW ("Dukung usulan"). */
    "cluster.support": { clusterId: number };
    /** The resident answers the duplicate hint: `join` merges their aspiration, otherwise it becomes its own cluster. */
    "cluster.merge": { aspirationId: number; join: boolean };
    /** Build the Daftar Panjang Usulan file after the commit and send it to the requester as a document. */
    "recap.export": { rw?: number; /** Every RW of the wilayah, when no single RW was asked for. */ rws?: number[]; format: ExportFormat };
  }
}
