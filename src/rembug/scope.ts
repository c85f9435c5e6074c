/** What a rembug is about: one RT of an RW, one RW, or one Pokmas group; and the draft the flow fills in. */
import { z } from "zod";
import type { Category } from "../core/domain.js";

export type RembugLevel = "rt" | "rw" | "pokmas";

export const rembugScopeSchema = z.union([
  z.object({ level: z.literal("rt"), rw: z.number().int(), rt: z.number().int() }),
  z.object({ level: z.literal("rw"), rw: z.number().int() }),
  z.object({ level: z.literal("pokmas"), pokmasId: z.number().int(), rw: z.number().int().nullable(), name: z.string() }),
]);
export type RembugScope = z.infer<typeof rembugScopeSchema>;

export const FUNDING_SOURCES = ["swadaya", "apbd", "csr", "pusat", "lainnya"] as const;
export type Funding = (typeof FUNDING_SOURCES)[number];
export const ITEM_SOURCES = ["aspirasi", "rembug", "carry-over", "rt-list"] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

/** One item on the list being drawn up, as the session and the stored draft hold it. */
export const draftItemSchema = z.object({
  /** The candidate it was picked from ("c:12" cluster, "a:40" aspiration, "r:ASP-7K3Q" raised at the meeting). */
  key: z.string(),
  ticket: z.string(),
  category: z.string(),
  locationText: z.string().nullable(),
  rt: z.number().int().nullable(),
  supporters: z.number().int(),
  clusterId: z.number().int().nullable(),
  source: z.enum(ITEM_SOURCES),
  /** RW list: the RT list items it was made from. */
  rtItemIds: z.array(z.number().int()).optional(),
  funding: z.enum(FUNDING_SOURCES).optional(),
  volume: z.number().optional(),
  unit: z.string().optional(),
  cost: z.number().int().optional(),
  swadaya: z.string().optional(),
});
export type DraftItem = z.infer<typeof draftItemSchema>;

export const attendanceSchema = z.object({
  total: z.number().int().optional(),
  women: z.number().int().optional(),
  youth: z.number().int().optional(),
  elderly: z.number().int().optional(),
  disabled: z.number().int().optional(),
  photo: z.string().nullable().optional(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export interface RembugDraft {
  items: DraftItem[];
  attendance: Attendance;
}

/** A line the head may pick: a cluster or single aspiration of the area, or (RW) RT list items of one proposal. */
export interface Candidate {
  key: string;
  ticket: string;
  category: Category;
  locationText: string | null;
  rt: number | null;
  supporters: number;
  clusterId: number | null;
  source: "aspirasi" | "carry-over" | "rt-list";
  /** RW list: the RT items behind it, with the RT and its rank there. */
  rtItems?: Array<{ id: number; rt: number; rank: number }>;
  /** RW list: the tickets of the lines the head combined into this one (`gabung`). */
  merged?: string[];
}

/** The columns of rembug_results that name the area. */
export function scopeColumns(s: RembugScope): { level: RembugLevel; rw: number | null; rt: number | null; pokmasId: number | null } {
  if (s.level === "rt") return { level: "rt", rw: s.rw, rt: s.rt, pokmasId: null };
  if (s.level === "rw") return { level: "rw", rw: s.rw, rt: null, pokmasId: null };
  return { level: "pokmas", rw: null, rt: null, pokmasId: s.pokmasId };
}
