/**
 * The Daftar Panjang Usulan per RW: one row per cluster (similar aspirations merged), ordered by supporters.
 * Columns the RT rembug fills later (priority no., funding, volume, unit, cost, self-help) stay empty.
 */
import type { Category, Tridaya } from "../core/domain.js";
import type { Db } from "../store/db.js";

export interface LongListRow {
  /** Set by the rembug; empty until then. */
  no: string;
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
              a.description, a.location_text, a.lat, a.lon
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
  }>;
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
    list.rows.push({
      no: "",
      usulan: c.description,
      lokasi: c.location_text ?? "",
      lat: c.lat,
      lon: c.lon,
      rts,
      rw: c.rw,
      category: c.category as Category,
      tridaya: c.tridaya as Tridaya,
      pendukung: c.supporters,
      sumberDana: "",
      volume: "",
      satuan: "",
      biaya: "",
      swadaya: "",
      tiket: tickets.join(", "),
    });
  }
  return [...lists.values()].sort((a, b) => a.rw - b.rw);
}
