/** Broadcast vocabulary: kinds, audiences, contents and RSVP answers, with their zod schemas (stored as JSON). */
import { z } from "zod";

export const BROADCAST_KINDS = ["undangan", "sosialisasi"] as const;
export type BroadcastKind = (typeof BROADCAST_KINDS)[number];

export const RSVP_ANSWERS = ["hadir", "tidak", "mungkin"] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** Who a broadcast goes to. `agenda`: the residents behind the proposals on an RW's confirmed rembug list. */
export const audienceSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("semua") }),
  z.object({ type: z.literal("rw"), rws: z.array(z.number().int().positive()).min(1) }),
  z.object({ type: z.literal("rt"), rw: z.number().int().positive(), rt: z.number().int().positive() }),
  z.object({ type: z.literal("ketua-rt") }),
  z.object({ type: z.literal("ketua-rw") }),
  z.object({ type: z.literal("lpmk") }),
  z.object({ type: z.literal("kader") }),
  z.object({ type: z.literal("agenda"), rw: z.number().int().positive() }),
]);
export type Audience = z.infer<typeof audienceSchema>;
export type AudienceType = Audience["type"];
export const AUDIENCE_TYPES: readonly AudienceType[] = ["semua", "rw", "rt", "ketua-rt", "ketua-rw", "lpmk", "kader", "agenda"];

export const undanganSchema = z.object({
  title: z.string(),
  at: z.number().int(),
  place: z.string(),
  agenda: z.string(),
});
export type UndanganContent = z.infer<typeof undanganSchema>;

export const sosialisasiSchema = z.object({
  text: z.string(),
  link: z.string().optional(),
  /** A poster or photo stored under DATA_DIR (relative path, as the photo step stores it). */
  photo: z.string().optional(),
  /** A PDF sent as a document (a poster or leaflet): stored under DATA_DIR, sent on under the sender's file name. */
  document: z.object({ path: z.string(), fileName: z.string() }).optional(),
});
export type SosialisasiContent = z.infer<typeof sosialisasiSchema>;

export type BroadcastContent = ({ kind: "undangan" } & UndanganContent) | ({ kind: "sosialisasi" } & SosialisasiContent);

/** How many an audience reaches, before confirming: per channel, opted out (berhenti) and without a working chat. */
export interface AudienceCount {
  total: number;
  telegram: number;
  whatsapp: number;
  other: number;
  berhenti: number;
  unreachable: number;
}
