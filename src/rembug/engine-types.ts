/** What the rembug module adds to the flow engine: read-only lookups for the flows and the effects they return. */
import type { Category } from "../core/domain.js";
import type { StoredResult } from "./results.js";
import type { Candidate, RembugDraft, RembugScope } from "./scope.js";

/** Read-only; implementations must not write. */
export interface RembugReads {
  /** Caps of the ordered list per level (REMBUG_MAX_ITEMS, REMBUG_RW_MAX_ITEMS). */
  limits: { rt: number; rw: number; pokmas: number };
  openCycle(): { id: number; name: string } | undefined;
  candidates(scope: RembugScope, cycleId: number): Candidate[];
  current(scope: RembugScope, cycleId: number): StoredResult | undefined;
  /** RTs of the RW with and without a confirmed rembug in the cycle. */
  rwProgress(rw: number, cycleId: number): { confirmed: number[]; pending: number[] };
  pokmas(id: number): { id: number; name: string; rw: number | null } | undefined;
}

declare module "../engine/types.js" {
  interface EngineReads {
    /** Present when the rembug module is installed (see installRembug). */
    rembug?: RembugReads;
  }
  interface EffectMap {
    /** Keep the half-done list as the area's draft (survives restarts and expired sessions). */
    "rembug.save": { scope: RembugScope; cycleId: number; draft: RembugDraft };
    /** An item raised at the meeting becomes an aspiration with its own ticket (origin 'rembug'). */
    "rembug.raise": { ticket: string; category: Category; description: string; locationText: string | null; rw: number; rt: number; cycleId: number };
    /** Lock the result, publish rembug.confirmed, then send the berita acara PDF. */
    "rembug.confirm": { scope: RembugScope; cycleId: number; draft: RembugDraft };
    /** LPMK: supersede the confirmed result and start a new draft version. */
    "rembug.reopen": { scope: RembugScope; cycleId: number };
  }
}
