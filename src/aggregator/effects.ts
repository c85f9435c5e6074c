/** Effect handlers for the aggregator's flows: support a cluster, answer the duplicate hint, send an export file. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { EffectHandlers } from "../app/effects.js";
import { residentLang } from "../app/resident-lang.js";
import type { Translate } from "../i18n/fluent.js";
import type { Aggregator } from "./aggregator.js";
import { writeLongList } from "./export-files.js";
import { EXPORT_MIME } from "./export-format.js";
import { pruneExports } from "./export-retention.js";
import { buildLongList } from "./long-list.js";
import { padArea } from "../core/area-number.js";
import "./engine-types.js";

export interface AggregatorEffectsOptions {
  aggregator: Aggregator;
  t: Translate;
  dataDir: string;
  kelurahan: string;
  now?: () => number;
}

/** File name of an export, e.g. `daftar-panjang-usulan-rw03-20261125-0930.xlsx`. */
export function exportFileName(rw: number | undefined, format: string, at: number): string {
  const d = new Date(at);
  const stamp = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}-${String(
    d.getUTCHours(),
  ).padStart(2, "0")}${String(d.getUTCMinutes()).padStart(2, "0")}`;
  return `daftar-panjang-usulan-${rw === undefined ? "semua-rw" : `rw${padArea(rw)}`}-${stamp}.${format}`;
}

export function aggregatorEffects(o: AggregatorEffectsOptions): EffectHandlers {
  return {
    "cluster.support": {
      apply: (e, c) => {
        const r = o.aggregator.support(e.clusterId, c.residentId);
        if (!r.ok) c.log.warn({ clusterId: e.clusterId, error: r.error }, "support refused");
      },
    },
    "cluster.merge": {
      apply: (e, c) => {
        const r = e.join ? o.aggregator.confirmMerge(e.aspirationId, c.residentId) : o.aggregator.separate(e.aspirationId, c.residentId);
        if (!r.ok) c.log.warn({ aspirationId: e.aspirationId, error: r.error }, "duplicate answer not applied");
        c.store.audit.record(`resident:${c.residentId}`, e.join ? "cluster.merge" : "cluster.separate", `aspiration:${e.aspirationId}`, undefined, c.now);
      },
    },
    "recap.export": {
      apply: (e, c) => {
        c.store.audit.record(`${c.channel}:${c.address}`, "recap.export", e.rw === undefined ? "rw:all" : `rw:${e.rw}`, { format: e.format }, c.now);
      },
      after: async (e, c) => {
        const lang = residentLang(c.store, c.residentId);
        try {
          const dir = path.join(o.dataDir, "exports");
          mkdirSync(dir, { recursive: true });
          const removed = pruneExports(dir, Date.now());
          if (removed) c.log.info({ removed }, "old export files deleted");
          const filename = exportFileName(e.rw, e.format, (o.now ?? Date.now)());
          const file = path.join(dir, filename);
          const lists = buildLongList(c.store.db, { rw: e.rw, rws: e.rws });
          await writeLongList(file, e.format, lists, { t: o.t, kelurahan: o.kelurahan, now: (o.now ?? Date.now)() });
          const rw = e.rw === undefined ? o.t(lang, "rekap-file-all-rw") : o.t(lang, "rekap-file-one-rw", { rw: padArea(e.rw) });
          const caption = o.t(lang, "rekap-file-caption", { rw });
          c.store.outbound.add(c.channel, c.address, { text: "", lang, document: { path: file, filename, mime: EXPORT_MIME[e.format], caption } }, "reply", Date.now());
        } catch (err) {
          c.log.error({ err, format: e.format }, "recap export failed");
          c.store.outbound.add(c.channel, c.address, { text: o.t(lang, "rekap-file-failed"), lang }, "reply", Date.now());
        }
      },
    },
  };
}
