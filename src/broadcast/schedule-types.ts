/** What broadcast timing and control add to the flow engine: reads for /umumkan and /siaran, and their effects. */
import type { BroadcastTiming, ScheduleRow } from "./schedule-repo.js";
import type { RepeatRule } from "./schedule-rule.js";
import type { Audience, BroadcastContent } from "./types.js";

/** Read-only; implementations must not write. */
export interface ScheduleReads {
  timing(id: number): BroadcastTiming | undefined;
  /** Repeating broadcasts not stopped (only the sender's own when `senderId` is given). */
  schedules(senderId?: number): ScheduleRow[];
  schedule(id: number): ScheduleRow | undefined;
}

export type BroadcastControl = "cancel" | "pause" | "resume";

declare module "../engine/types.js" {
  interface EngineReads {
    /** Present when broadcasts are installed (see installBroadcastSchedules). */
    broadcastSchedules?: ScheduleReads;
  }
  interface EffectMap {
    /** A broadcast stored now whose fan-out waits until `sendAt`. */
    "broadcast.create-at": { audience: Audience; content: BroadcastContent; sendAt: number };
    /** A repeating broadcast: each iteration of `rule` (in TZ_KELURAHAN) becomes its own broadcast. */
    "broadcast.repeat": { audience: Audience; content: BroadcastContent; rule: RepeatRule };
    /** Cancel (before it starts, or call a meeting off), pause or resume a broadcast. */
    "broadcast.control": { broadcastId: number; action: BroadcastControl };
    /** Stop a repeating broadcast: no further iterations. */
    "broadcast.stop-schedule": { scheduleId: number };
    /** Move a meeting to `at`. */
    "broadcast.reschedule": { broadcastId: number; at: number };
  }
}
