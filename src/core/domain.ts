/** Domain vocabulary: categories, Tridaya classes, aspiration statuses, funding sources. */

export const TRIDAYA = ["lingkungan", "sosial", "ekonomi"] as const;
export type Tridaya = (typeof TRIDAYA)[number];

/** Aspiration categories; each maps to one Tridaya class. Labels live in locales as `category-<id>`. */
export const CATEGORIES = {
  jalan: "lingkungan",
  drainase: "lingkungan",
  sanitasi: "lingkungan",
  "air-bersih": "lingkungan",
  persampahan: "lingkungan",
  pendidikan: "sosial",
  kesehatan: "sosial",
  "sosial-budaya": "sosial",
  ekonomi: "ekonomi",
  keamanan: "sosial",
  lainnya: "sosial",
} as const satisfies Record<string, Tridaya>;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

export function tridayaOf(category: Category): Tridaya {
  return CATEGORIES[category];
}

/** The life cycle of an aspiration. Labels live in locales as `status-<id>`. */
export const ASPIRATION_STATUSES = [
  "diterima",
  "dibahas-rembug-rt",
  "masuk-prioritas",
  "belum-diprioritaskan",
  "diusulkan-musrenbang",
  "disetujui",
  "ditolak",
  "dikerjakan",
  "selesai",
] as const;
export type AspirationStatus = (typeof ASPIRATION_STATUSES)[number];

export const FUNDING_SOURCES = ["swadaya", "apbd", "csr", "pusat", "lainnya"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

/** The language BAHASA (or the menu's Bahasa option) switches to. */
export const otherLang = (lang: Lang): Lang => (lang === "id" ? "en" : "id");

export type ConsentState = "pending" | "given" | "refused";

export interface Resident {
  id: number;
  name: string | null;
  rw: number | null;
  rt: number | null;
  lang: Lang;
  consent: ConsentState;
  optedOut: boolean;
  /** True once consent, name, RW and RT are all present. */
  registered: boolean;
}

/** A change to a resident's own fields (the engine returns it as an effect; the store applies it). */
export interface ResidentPatch {
  name?: string | null;
  rw?: number | null;
  rt?: number | null;
  lang?: Lang;
  consent?: ConsentState;
  optedOut?: boolean;
  registered?: boolean;
}

export interface AspirationDraft {
  category: Category;
  description: string;
  locationText: string | null;
  lat: number | null;
  lon: number | null;
  photoPath: string | null;
}

export interface AspirationView extends AspirationDraft {
  id: number;
  ticket: string;
  residentId: number | null;
  rw: number;
  rt: number;
  tridaya: Tridaya;
  status: AspirationStatus;
  statusReason: string | null;
  createdAt: number;
}

/** The kelurahan's RW/RT structure. */
export interface Wilayah {
  rws: number[];
  rtsOf(rw: number): number[];
  has(rw: number, rt?: number): boolean;
}
