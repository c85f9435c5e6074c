/** What broadcasts add to the flow engine: read-only lookups for /umumkan, /siaran and RSVPs, and their effects. */
import type { BroadcastRow, RecipientStatus } from "./broadcast-repo.js";
import type { AttendanceFormat } from "./attendance.js";
import type { InclusionTag } from "./inclusion.js";
import type { DeliveryReport } from "./report.js";
import type { Audience, AudienceCount, BroadcastContent, RsvpAnswer } from "./types.js";

/** Read-only; implementations must not write. */
export interface BroadcastReads {
  count(audience: Audience): AudienceCount;
  list(limit: number, senderId?: number): BroadcastRow[];
  report(id: number): DeliveryReport | undefined;
  get(id: number): BroadcastRow | undefined;
  recipient(id: number, residentId: number): { status: RecipientStatus; rsvp: RsvpAnswer | null } | undefined;
}

declare module "../engine/types.js" {
  interface EngineReads {
    /** Present when broadcasts are installed (see installBroadcasts). */
    broadcasts?: BroadcastReads;
  }
  interface EffectMap {
    /** Store a confirmed broadcast with its recipients and hand it to the broadcast worker. */
    "broadcast.create": { audience: Audience; content: BroadcastContent };
    /** The resident answers an undangan. */
    "broadcast.rsvp": { broadcastId: number; answer: RsvpAnswer };
    /** Make the daftar hadir of an undangan and send it to the asker as a document (the flow checked who may). */
    "broadcast.attendance": { broadcastId: number; format: AttendanceFormat };
    /** The optional inclusion answer of "Ubah data diri" (null: withdraw it). */
    "resident.inclusion": { tags: InclusionTag[] | null };
  }
}
