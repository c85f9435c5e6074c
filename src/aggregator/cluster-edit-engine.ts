/** What LPMK cluster editing adds to the flow engine: read-only plans for /gabung and /pisah, and their effects. */
import type { EffectHandlers } from "../app/effects.js";
import type { RoleGrant } from "../core/roles.js";
import type { Translate } from "../i18n/fluent.js";
import type { Db } from "../store/db.js";
import { mergeClusters, planMerge, planSplit, splitAspiration, type MergePlan, type SplitPlan, type ClusterEditError } from "./cluster-edit.js";

/** Read-only; implementations must not write. */
export interface ClusterEditReads {
  planMerge(from: string, into: string, grants: readonly RoleGrant[]): { ok: true; plan: MergePlan } | { ok: false; error: ClusterEditError };
  planSplit(ticket: string, grants: readonly RoleGrant[]): { ok: true; plan: SplitPlan } | { ok: false; error: ClusterEditError };
}

declare module "../engine/types.js" {
  interface EngineReads {
    /** Present when the aggregator is installed with a host (see installAggregator). */
    clusterEdits?: ClusterEditReads;
  }
  interface EffectMap {
    /** An LPMK member merges `from`'s cluster into `into`'s (checked again when applied). */
    "cluster.lpmk-merge": { from: string; into: string; reason: string; grants: RoleGrant[] };
    /** An LPMK member splits `ticket` out of its cluster. */
    "cluster.lpmk-split": { ticket: string; reason: string; grants: RoleGrant[] };
  }
}

export function clusterEditReads(db: Db): ClusterEditReads {
  return {
    planMerge: (from, into, grants) => planMerge(db, from, into, grants),
    planSplit: (ticket, grants) => planSplit(db, ticket, grants),
  };
}

export function clusterEditEffects(o: { t: Translate; flushAll?: () => void }): EffectHandlers {
  const after = () => o.flushAll?.();
  return {
    "cluster.lpmk-merge": {
      apply: (e, c) => {
        const r = mergeClusters({ store: c.store, t: o.t, actor: `resident:${c.residentId}`, grants: e.grants, now: c.now }, e);
        if (!r.ok) c.log.warn({ error: r.error }, "cluster merge refused at apply");
      },
      after,
    },
    "cluster.lpmk-split": {
      apply: (e, c) => {
        const r = splitAspiration({ store: c.store, t: o.t, actor: `resident:${c.residentId}`, grants: e.grants, now: c.now }, e);
        if (!r.ok) c.log.warn({ error: r.error }, "cluster split refused at apply");
      },
      after,
    },
  };
}
