/**
 * The Daftar Panjang Usulan per RW: one row per cluster (similar aspirations merged), ordered by the confirmed RW list,
 * then by RT rank, then the rest by supporters. The rembug fills priority no., funding, volume, unit, cost and
 * self-help (see rembug-ranks.ts); until then they stay empty.
 */
import type { Category, Tridaya } from "../core/domain.js";
import type { Db } from "../store/db.js";
import { rankOrder, rembugRanks, type Funding, type ItemOrigin, type RankedItem } from "./rembug-ranks.js";

export interface LongListRow {
  /** The RW list rank (set by the rembug RW); empty until then. See also rtRank. */
  no: string;
  /** Rank on the RW's confirmed list and on its RT's, when listed. */
  rwRank?: number;
  rtRank?: { rt: number; rank: number };
  /** Planned funding source (a code; labels in the locale files). */
  funding: Funding | null;
  /** Perkiraan biaya in whole Rupiah. */
  cost: number | null;
  /** Where it came from: residents' aspirations, raised at a rembug, or carried over from last cycle. */
  asal: ItemOrigin;
  usulan: string;
  /** The place the representative aspiration names, as typed ("" when none). */
  lokasi: string;
  /** Its location pin, when one was sent. */
  lat: number | null;
  lon: number | null;
  /** RTs of the residents who raised it, ascending. */
  rts: number[];
  rw: number;
  category: Category;
  tridaya: Tridaya;
  pendukung: number;
  sumberDana: string;
  volume: string;
  satuan: string;
  biaya: string;
  swadaya: string;
  /** Tickets of the merged aspirations, the representative first. */
  tiket: string;
}

/** "150", "2,5": a volume as the forms write it. */
export function formatVolume(v: number): string {
  return String(v).replace(".", ",");
}

function planColumns(item: RankedItem | undefined): Pick<LongListRow, "no" | "rwRank" | "rtRank" | "funding" | "cost" | "sumberDana" | "volume" | "satuan" | "biaya" | "swadaya"> {
  return {
    no: item?.rwRank !== undefined ? String(item.rwRank) : "",
    ...(item?.rwRank !== undefined ? { rwRank: item.rwRank } : {}),
    ...(item?.rtRank ? { rtRank: item.rtRank } : {}),
    funding: item?.funding ?? null,
    cost: item?.cost ?? null,
    sumberDana: item?.funding ?? "",
    volume: item?.volume != null ? formatVolume(item.volume) : "",
    satuan: item?.unit ?? "",
    biaya: item?.cost != null ? String(item.cost) : "",
    swadaya: item?.swadaya ?? "",
  };
}

function originOf(item: RankedItem | undefined, a: { origin: string; carried_from: number | null }): ItemOrigin {
  if (item?.source === "carry-over" || a.carried_from !== null) return "carry-over";
  if (item?.source === "rembug" || a.origin === "rembug") return "rembug";
  return "warga";
}

export interface LongList {
  rw: number;
  rows: LongListRow[];
}

export interface LongListOptions {
  /** Only this RW (listed even when it has no usulan). */
  rw?: number;
  /** Every RW of the wilayah: each gets a list, even an empty one. RWs with usulan are listed regardless. */
  rws?: readonly number[];
}

/** Every RW with usulan (plus the ones asked for in `rw` / `rws`), each with its rows, in RW order. */
export function buildLongList(db: Db, o: LongListOptions = {}): LongList[] {
  const filter = o.rw === undefined ? "" : "WHERE c.rw = @rw";
  const params = o.rw === undefined ? {} : { rw: o.rw };
  const clusters = db
    .prepare(
      `SELECT c.id, c.rw, c.category, c.tridaya, c.supporters, c.representative_aspiration_id AS rep,
              a.description, a.location_text, a.lat, a.lon, a.origin, a.carried_from
         FROM clusters c JOIN aspirations a ON a.id = c.representative_aspiration_id
         ${filter} ORDER BY c.rw, c.supporters DESC, c.id`,
    )
    .all(params) as Array<{
    id: number;
    rw: number;
    category: string;
    tridaya: string;
    supporters: number;
    rep: number;
    description: string;
    location_text: string | null;
    lat: number | null;
    lon: number | null;
    origin: string;
    carried_from: number | null;
  }>;
  const ranks = rembugRanks(db, o.rw);
  const members = db
    .prepare(
      `SELECT m.cluster_id, a.id, a.ticket, a.rt FROM cluster_members m
         JOIN clusters c ON c.id = m.cluster_id JOIN aspirations a ON a.id = m.aspiration_id
         ${filter} ORDER BY m.cluster_id, a.id`,
    )
    .all(params) as Array<{ cluster_id: number; id: number; ticket: string; rt: number }>;
  const byCluster = new Map<number, Array<{ id: number; ticket: string; rt: number }>>();
  for (const m of members) {
    let list = byCluster.get(m.cluster_id);
    if (!list) byCluster.set(m.cluster_id, (list = []));
    list.push(m);
  }
  const lists = new Map<number, LongList>();
  if (o.rw !== undefined) lists.set(o.rw, { rw: o.rw, rows: [] });
  else for (const rw of o.rws ?? []) lists.set(rw, { rw, rows: [] });
  for (const c of clusters) {
    const ms = byCluster.get(c.id) ?? [];
    const rep = ms.find((m) => m.id === c.rep);
    const tickets = [rep?.ticket, ...ms.filter((m) => m.id !== c.rep).map((m) => m.ticket)].filter((x): x is string => !!x);
    const rts = [...new Set(ms.map((m) => m.rt))].sort((a, b) => a - b);
    let list = lists.get(c.rw);
    if (!list) lists.set(c.rw, (list = { rw: c.rw, rows: [] }));
    const item = ranks.clusters.get(c.id);
    list.rows.push({
      usulan: c.description,
      lokasi: c.location_text ?? "",
      lat: c.lat,
      lon: c.lon,
      rts,
      rw: c.rw,
      category: c.category as Category,
      tridaya: c.tridaya as Tridaya,
      pendukung: c.supporters,
      ...planColumns(item),
      asal: originOf(item, c),
      tiket: tickets.join(", "),
    });
  }
  // Items raised at a rembug whose aspiration is in no cluster (not aggregated): a row of their own.
  if (ranks.loose.size) {
    const one = db.prepare(`SELECT id, ticket, rw, rt, category, tridaya, description, location_text, lat, lon, origin, carried_from FROM aspirations WHERE id = ?`);
    for (const [aspirationId, item] of ranks.loose) {
      const a = one.get(aspirationId) as
        | { ticket: string; rw: number; rt: number; category: string; tridaya: string; description: string; location_text: string | null; lat: number | null; lon: number | null; origin: string; carried_from: number | null }
        | undefined;
      if (!a || (o.rw !== undefined && a.rw !== o.rw)) continue;
      let list = lists.get(a.rw);
      if (!list) lists.set(a.rw, (list = { rw: a.rw, rows: [] }));
      list.rows.push({
        usulan: a.description,
        lokasi: a.location_text ?? "",
        lat: a.lat,
        lon: a.lon,
        rts: [a.rt],
        rw: a.rw,
        category: a.category as Category,
        tridaya: a.tridaya as Tridaya,
        pendukung: 0,
        ...planColumns(item),
        asal: originOf(item, a),
        tiket: a.ticket,
      });
    }
  }
  // Listed items first (RW rank, then RT rank); the rest keep the supporters order (the sort is stable).
  for (const list of lists.values()) {
    const keyed = list.rows.map((row, i) => ({ row, i }));
    keyed.sort((x, y) => rankOrder(rankedOf(x.row), rankedOf(y.row)) || x.i - y.i);
    list.rows = keyed.map((k) => k.row);
  }
  return [...lists.values()].sort((a, b) => a.rw - b.rw);
}

const rankedOf = (r: LongListRow): RankedItem | undefined =>
  r.rwRank === undefined && !r.rtRank ? undefined : ({ rwRank: r.rwRank, rtRank: r.rtRank } as RankedItem);
