/** What the planning cycle adds to the flow engine: read-only cycle lookups and the effects of /siklus. */
import type { Cycle, RwProgress } from "../store/cycles.js";

/** Read-only; implementations must not write. */
export interface CycleReads {
  current(): Cycle | undefined;
  /** Confirmed rembug RT results per RW of the wilayah. */
  progress(cycleId: number): RwProgress[];
  /** Aspirations of the cycle that would carry over if it closed now. */
  carryCount(cycleId: number): number;
}

declare module "../engine/types.js" {
  interface EngineReads {
    /** Present when the cycle module is installed (see installCycles). */
    cycles?: CycleReads;
  }
  interface EffectMap {
    /** Open a planning cycle; the handler answers the requester with what it did. */
    "cycle.open": { name: string };
    /** Close the open cycle; the handler answers the requester with what carried over. */
    "cycle.close": { reason?: never };
  }
}
