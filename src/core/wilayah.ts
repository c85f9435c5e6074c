/** Loads and checks the kelurahan's RW/RT list from a CSV with header `rw,rt`. */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Wilayah } from "./domain.js";

export class WilayahError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "WilayahError";
  }
}

export function buildWilayah(pairs: Array<[number, number]>): Wilayah {
  const map = new Map<number, number[]>();
  for (const [rw, rt] of pairs) {
    const list = map.get(rw) ?? [];
    if (!list.includes(rt)) list.push(rt);
    map.set(rw, list);
  }
  for (const list of map.values()) list.sort((a, b) => a - b);
  const rws = [...map.keys()].sort((a, b) => a - b);
  return {
    rws,
    rtsOf: (rw) => map.get(rw) ?? [],
    has: (rw, rt) => (rt === undefined ? map.has(rw) : (map.get(rw)?.includes(rt) ?? false)),
  };
}

/** Parse CSV text. A malformed file throws a WilayahError naming the line. */
export function parseWilayahCsv(text: string, source = "wilayah"): Wilayah {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ""), { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new WilayahError(`${source}: CSV syntax error${line ? ` on line ${line}` : ""}: ${(err as Error).message}`, line);
  }
  const header = rows[0];
  if (!header || header.length < 2 || header[0]?.toLowerCase() !== "rw" || header[1]?.toLowerCase() !== "rt") {
    throw new WilayahError(`${source}: line 1 must be the header "rw,rt"`, 1);
  }
  const pairs: Array<[number, number]> = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.length !== 2) throw new WilayahError(`${source}: line ${line} must have exactly 2 columns (rw,rt)`, line);
    const [rw, rt] = row.map((v) => (/^\d{1,3}$/.test(v) ? Number(v) : NaN)) as [number, number];
    if (!(rw > 0) || !(rt > 0)) {
      throw new WilayahError(`${source}: line ${line} has an invalid number "${row.join(",")}" (RW and RT must be 1-999)`, line);
    }
    const key = `${rw}/${rt}`;
    if (seen.has(key)) throw new WilayahError(`${source}: line ${line} repeats RW ${rw} RT ${rt}`, line);
    seen.add(key);
    pairs.push([rw, rt]);
  });
  if (pairs.length === 0) throw new WilayahError(`${source}: no RT rows after the header`, 1);
  return buildWilayah(pairs);
}

export function loadWilayahFile(file: string): Wilayah {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new WilayahError(`cannot read WILAYAH_FILE ${file}: ${(err as Error).message}`);
  }
  return parseWilayahCsv(text, file);
}
