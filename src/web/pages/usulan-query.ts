/**
 * The Usulan table's query: filters (RW, RT, category, Tridaya, status, cycle, source), full-text search over the
 * aggregator's FTS5 index through the same normaliser, sorting and paging. One row per usulan (a cluster of
 * duplicates shows once, by its representative, as in the exports and the chat's bulk command); `semua` lists
 * every aspiration. Every query is limited to the user's scope (scopeWhere) and uses indexes (migration 026).
 */
import { ASPIRATION_STATUSES, CATEGORY_IDS, CATEGORIES, TRIDAYA, type AspirationStatus, type Category, type Tridaya, type Wilayah } from "../../core/domain.js";
import { createNormalizer } from "../../aggregator/normalize.js";
import { scopeToken } from "../../aggregator/aggregator.js";
import { TICKET_PATTERN } from "./usulan-labels.js";
import type { Db } from "../../store/db.js";
import { scopeWhere, type DashUser } from "../dashboard/user.js";

export const PAGE_SIZE = 50;
export const SOURCES = ["warga", "rembug", "lanjutan"] as const;
export type Source = (typeof SOURCES)[number];
export const SORTS = ["baru", "tiket", "wilayah", "kategori", "status", "dukungan"] as const;
export type SortKey = (typeof SORTS)[number];
/** At most this many search hits are considered (a search matching more is too broad to page through anyway). */
export const MAX_HITS = 20_000;
/** Search words taken from a query. */
const MAX_TERMS = 6;
const TICKET_RE = TICKET_PATTERN;

export interface UsulanFilter {
  rw?: number;
  rt?: number;
  category?: Category;
  tridaya?: Tridaya;
  status?: AspirationStatus;
  /** A cycle id, or 0 for "no cycle". */
  cycle?: number;
  source?: Source;
  q?: string;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
  /** Every aspiration, not one row per usulan. */
  all: boolean;
}

const oneOf = <T extends string>(v: unknown, list: readonly T[]): T | undefined => (typeof v === "string" && (list as readonly string[]).includes(v) ? (v as T) : undefined);
const int = (v: unknown, min: number, max: number): number | undefined => {
  if (typeof v !== "string" || !/^\d{1,6}$/.test(v.trim())) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
};

/** Read the filter from a query string; values that are not valid are dropped (and listed in `ignored`). */
export function parseFilter(query: Record<string, unknown>): { filter: UsulanFilter; ignored: string[] } {
  const ignored: string[] = [];
  const take = <T>(key: string, v: T | undefined): T | undefined => {
    if (v === undefined && query[key] !== undefined && query[key] !== "") ignored.push(key);
    return v;
  };
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 200) : "";
  const filter: UsulanFilter = {
    sort: oneOf(query.urut, SORTS) ?? "baru",
    dir: query.arah === "naik" ? "asc" : "desc",
    page: int(query.hal, 1, 100_000) ?? 1,
    all: query.semua === "1",
  };
  const rw = take("rw", int(query.rw, 1, 999));
  const rt = take("rt", int(query.rt, 1, 999));
  const category = take("kategori", oneOf(query.kategori, CATEGORY_IDS));
  const tridaya = take("tridaya", oneOf(query.tridaya, TRIDAYA));
  const status = take("status", oneOf(query.status, ASPIRATION_STATUSES));
  const cycle = take("siklus", int(query.siklus, 0, 1_000_000));
  const source = take("sumber", oneOf(query.sumber, SOURCES));
  if (rw !== undefined) filter.rw = rw;
  if (rt !== undefined) filter.rt = rt;
  if (category) filter.category = category;
  if (tridaya) filter.tridaya = tridaya;
  if (status) filter.status = status;
  if (cycle !== undefined) filter.cycle = cycle;
  if (source) filter.source = source;
  if (q) filter.q = q;
  return { filter, ignored };
}

export interface UsulanRow {
  id: number;
  ticket: string;
  rw: number;
  rt: number;
  category: Category;
  tridaya: Tridaya;
  description: string;
  status: AspirationStatus;
  origin: string;
  carriedFrom: number | null;
  confidential: number;
  createdAt: number;
  clusterId: number | null;
  supporters: number;
  members: number;
}

export interface UsulanResult {
  rows: UsulanRow[];
  total: number;
  pages: number;
  /** The search found no searchable word in the query (only stopwords). */
  unsearchable: boolean;
}

const ORDER: Record<SortKey, string> = {
  baru: "a.created_at {d}, a.id {d}",
  tiket: "a.ticket {d}",
  wilayah: "a.rw {d}, a.rt {d}, a.id {d}",
  kategori: "a.category {d}, a.id {d}",
  status: "a.status {d}, a.id {d}",
  dukungan: "supporters {d}, a.id {d}",
};

const normalizer = createNormalizer();

/** The aspiration ids a text search finds in the user's RWs (and the filter's RW/category), or null: nothing searchable. */
export function searchIds(db: Db, wilayah: Wilayah, user: DashUser, f: Pick<UsulanFilter, "q" | "rw" | "category" | "tridaya">): number[] | null {
  const q = f.q ?? "";
  const terms = normalizer
    .indexText(normalizer.normalize(q, f.category), "")
    .split(" ")
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  if (!terms.length) return null;
  const rws = f.rw !== undefined ? [f.rw] : user.allRws ? wilayah.rws : user.rws;
  const categories = f.category ? [f.category] : f.tridaya ? CATEGORY_IDS.filter((c) => CATEGORIES[c] === f.tridaya) : CATEGORY_IDS;
  const scopes = rws.flatMap((rw) => categories.map((c) => scopeToken(rw, c)));
  if (!scopes.length) return [];
  // Index tokens are prefixed by their scope (RW and category): every word must match in one of the scopes.
  const match = terms.map((t) => `(${scopes.map((s) => `"${s}${t}"`).join(" OR ")})`).join(" AND ");
  return db.prepare(`SELECT rowid FROM aggregator_fts WHERE aggregator_fts MATCH ? LIMIT ${MAX_HITS}`).pluck().all(`body : (${match})`) as number[];
}

/** The WHERE clause and parameters of a filter (without paging). */
function whereOf(db: Db, wilayah: Wilayah, user: DashUser, f: UsulanFilter): { sql: string; params: unknown[]; unsearchable: boolean } {
  const s = scopeWhere(user, "a");
  const parts = [s.sql];
  const params: unknown[] = [...s.params];
  let unsearchable = false;
  // aspirations.proposal (migration 026): outside any cluster, or the cluster's representative.
  if (!f.all) parts.push("a.proposal = 1");
  if (f.rw !== undefined) (parts.push("a.rw = ?"), params.push(f.rw));
  if (f.rt !== undefined) (parts.push("a.rt = ?"), params.push(f.rt));
  if (f.category) (parts.push("a.category = ?"), params.push(f.category));
  if (f.tridaya) (parts.push("a.tridaya = ?"), params.push(f.tridaya));
  if (f.status) (parts.push("a.status = ?"), params.push(f.status));
  if (f.cycle !== undefined) parts.push(f.cycle === 0 ? "a.cycle_id IS NULL" : (params.push(f.cycle), "a.cycle_id = ?"));
  if (f.source === "lanjutan") parts.push("a.carried_from IS NOT NULL");
  else if (f.source) (parts.push("a.origin = ? AND a.carried_from IS NULL"), params.push(f.source));
  if (f.q) {
    if (TICKET_RE.test(f.q)) {
      parts.push("(a.ticket = ? OR m.cluster_id = (SELECT cluster_id FROM cluster_members WHERE aspiration_id = (SELECT id FROM aspirations WHERE ticket = ?)))");
      params.push(f.q.toUpperCase(), f.q.toUpperCase());
    } else {
      const ids = searchIds(db, wilayah, user, f);
      if (ids === null) unsearchable = true;
      else {
        // A hit on any member of a cluster finds the cluster's usulan.
        const json = JSON.stringify(ids);
        if (f.all) (parts.push("a.id IN (SELECT value FROM json_each(?))"), params.push(json));
        else {
          parts.push("(a.id IN (SELECT value FROM json_each(?)) OR m.cluster_id IN (SELECT cluster_id FROM cluster_members WHERE aspiration_id IN (SELECT value FROM json_each(?))))");
          params.push(json, json);
        }
      }
    }
  }
  return { sql: parts.join(" AND "), params, unsearchable };
}

const JOINS = `LEFT JOIN cluster_members m ON m.aspiration_id = a.id LEFT JOIN clusters c ON c.id = m.cluster_id`;

export function queryUsulan(db: Db, wilayah: Wilayah, user: DashUser, f: UsulanFilter, pageSize = PAGE_SIZE): UsulanResult {
  const { sql, params, unsearchable } = whereOf(db, wilayah, user, f);
  // The cluster tables are joined for counting and paging only when the filter or the order needs them (a search,
  // sorting by supporters); the page's 50 rows are joined afterwards ("deferred join"), so a deep page does not
  // join every row it skips.
  const from = /\bm\.|\bc\./.test(sql) || f.sort === "dukungan" ? `aspirations a ${JOINS}` : "aspirations a";
  const total = db.prepare(`SELECT COUNT(*) FROM ${from} WHERE ${sql}`).pluck().get(...params) as number;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(f.page, pages);
  const order = ORDER[f.sort].replaceAll("{d}", f.dir === "asc" ? "ASC" : "DESC");
  const supporters = f.sort === "dukungan" ? ", COALESCE(c.supporters, 1) AS supporters" : "";
  const rows = db
    .prepare(
      `SELECT a.id, a.ticket, a.rw, a.rt, a.category, a.tridaya, a.description, a.status, a.origin, a.carried_from AS carriedFrom,
              a.confidential, a.created_at AS createdAt, m.cluster_id AS clusterId, COALESCE(c.supporters, 1) AS supporters, COALESCE(c.members, 1) AS members
         FROM (SELECT a.id${supporters} FROM ${from} WHERE ${sql} ORDER BY ${order} LIMIT CAST(? AS INTEGER) OFFSET CAST(? AS INTEGER)) p
         JOIN aspirations a ON a.id = p.id ${JOINS}
        ORDER BY ${order}`,
    )
    .all(...params, pageSize, (page - 1) * pageSize) as UsulanRow[];
  return { rows, total, pages, unsearchable };
}
