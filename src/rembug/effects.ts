/** Effect handlers of the rembug flow: keep the draft, raise meeting items, confirm (and send the PDF), reopen. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { EffectHandlers } from "../app/effects.js";
import { residentLang } from "../app/resident-lang.js";
import { padArea } from "../core/area-number.js";
import type { Lang } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import { neutralTitle } from "../aggregator/neutral-title.js";
import { writeBeritaAcara, type BeritaAcara } from "./berita-acara.js";
import type { RembugResultRepo, StoredResult } from "./results.js";
import type { RembugScope } from "./scope.js";
import { formatRupiahTight, formatVolume } from "./volume.js";
import "./engine-types.js";

export interface RembugEffectsOptions {
  repo: RembugResultRepo;
  t: Translate;
  dataDir: string;
  kelurahan: string;
  timeZone?: string;
  /** Where DejaVu fonts live (tests may point elsewhere). */
  fontsDir?: string;
}

export function areaText(t: Translate, lang: Lang, s: RembugScope): string {
  if (s.level === "rt") return t(lang, "rembug-area-rt", { rt: padArea(s.rt), rw: padArea(s.rw) });
  if (s.level === "rw") return t(lang, "rembug-area-rw", { rw: padArea(s.rw) });
  return t(lang, "rembug-area-pokmas", { name: s.name });
}

/** The berita acara texts of a confirmed result, in `lang`. */
export function beritaAcaraOf(
  r: StoredResult,
  o: { scope: RembugScope; cycleName: string; kelurahan: string; head: string; lang: Lang; t: Translate; timeZone?: string },
): BeritaAcara {
  const tr = (k: string, a?: Record<string, string | number>) => o.t(o.lang, k, a);
  const dash = tr("rembug-none");
  const a = r.draft.attendance;
  const n = (v: number | undefined) => (v === undefined ? dash : String(v));
  const date = new Intl.DateTimeFormat(o.lang === "id" ? "id-ID" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: o.timeZone ?? "Asia/Jakarta" }).format(
    new Date(r.confirmedAt ?? Date.now()),
  );
  const area = areaText(o.t, o.lang, o.scope);
  const levelKey = `rembug-pdf-heading-${o.scope.level}`;
  return {
    heading: tr(levelKey),
    subheading: tr("rembug-pdf-subheading", { area, kelurahan: o.kelurahan }),
    facts: [
      tr("rembug-pdf-kelurahan", { kelurahan: o.kelurahan }),
      tr("rembug-pdf-area", { area }),
      tr("rembug-pdf-cycle", { cycle: o.cycleName }),
      tr("rembug-pdf-date", { date }),
      tr("rembug-pdf-version", { version: r.version }),
    ],
    attendance: [
      tr("rembug-pdf-attendance", { total: n(a.total) }),
      tr("rembug-pdf-inclusion", { women: n(a.women), youth: n(a.youth), elderly: n(a.elderly), disabled: n(a.disabled) }),
      tr(a.photo ? "rembug-pdf-photo-yes" : "rembug-pdf-photo-no"),
    ],
    columns: {
      rank: tr("rembug-pdf-col-rank"),
      item: tr("rembug-pdf-col-item"),
      funding: tr("rembug-pdf-col-funding"),
      volume: tr("rembug-pdf-col-volume"),
      cost: tr("rembug-pdf-col-cost"),
      swadaya: tr("rembug-pdf-col-swadaya"),
    },
    rows: r.draft.items.map((it, i) => ({
      rank: i + 1,
      ticket: it.ticket,
      title: neutralTitle(tr(`category-${it.category}`), it.locationText, tr("rembug-rt-label", { rt: padArea(it.rt ?? 0) })),
      origin: tr(`rembug-pdf-source-${it.source}`, { supporters: it.supporters }),
      funding: it.funding ? tr(`rembug-funding-${it.funding}`) : dash,
      volume: it.volume !== undefined && it.unit ? formatVolume({ volume: it.volume, unit: it.unit }) : dash,
      cost: it.cost !== undefined ? formatRupiahTight(it.cost) : dash,
      swadaya: it.swadaya ?? dash,
    })),
    empty: tr("rembug-pdf-empty"),
    signatures: [
      { role: tr(`rembug-pdf-sign-head-${o.scope.level}`), name: o.head },
      { role: tr("rembug-pdf-sign-secretary"), name: "(....................)" },
      { role: tr("rembug-pdf-sign-witness"), name: "(....................)" },
    ],
    footer: tr("rembug-pdf-footer", { id: r.id }),
  };
}

/** `berita-acara-rembug-rt03-02-v1.pdf`. */
export function beritaAcaraFileName(s: RembugScope, version: number): string {
  const area = s.level === "rt" ? `rt${padArea(s.rw)}-${padArea(s.rt)}` : s.level === "rw" ? `rw${padArea(s.rw)}` : `pokmas${s.pokmasId}`;
  return `berita-acara-rembug-${area}-v${version}.pdf`;
}

export function rembugEffects(o: RembugEffectsOptions): EffectHandlers {
  const actor = (id: number) => `resident:${id}`;
  const confirmed = new WeakMap<object, number>();
  return {
    "rembug.save": {
      apply: (e, c) => {
        const r = o.repo.saveDraft(e.scope, e.cycleId, e.draft, actor(c.residentId), c.now);
        if (!r.ok) c.log.warn({ scope: e.scope }, "rembug draft not saved: the result is already confirmed");
      },
    },
    "rembug.raise": {
      apply: (e, c) => o.repo.raise({ ...e, channel: c.channel, actor: actor(c.residentId) }, c.now),
    },
    "rembug.reopen": {
      apply: (e, c) => {
        const r = o.repo.reopen(e.scope, e.cycleId, actor(c.residentId), c.now);
        if (!r.ok) c.log.warn({ scope: e.scope }, "rembug reopen found nothing confirmed");
      },
    },
    "rembug.confirm": {
      apply: (e, c) => {
        const r = o.repo.confirm(e.scope, e.cycleId, e.draft, actor(c.residentId), c.now);
        if (r.ok) confirmed.set(e, r.id);
        else c.log.warn({ scope: e.scope }, "rembug already confirmed; second confirmation ignored");
      },
      after: async (e, c) => {
        const lang = residentLang(c.store, c.residentId);
        const id = confirmed.get(e);
        if (id === undefined) {
          c.store.outbound.add(c.channel, c.address, { text: o.t(lang, "rembug-locked"), lang }, "reply", Date.now());
          return;
        }
        try {
          const r = o.repo.byId(id)!;
          const cycle = c.store.db.prepare(`SELECT name FROM cycles WHERE id = ?`).get(e.cycleId) as { name: string } | undefined;
          const head = c.store.residents.get(c.residentId)?.name ?? "";
          const dir = path.join(o.dataDir, "berita-acara");
          mkdirSync(dir, { recursive: true });
          const filename = beritaAcaraFileName(e.scope, r.version);
          const file = path.join(dir, filename);
          const ba = beritaAcaraOf(r, { scope: e.scope, cycleName: cycle?.name ?? "", kelurahan: o.kelurahan, head, lang, t: o.t, ...(o.timeZone ? { timeZone: o.timeZone } : {}) });
          await writeBeritaAcara(file, ba, o.fontsDir);
          const caption = o.t(lang, "rembug-pdf-caption", { area: areaText(o.t, lang, e.scope) });
          c.store.outbound.add(c.channel, c.address, { text: "", lang, document: { path: file, filename, mime: "application/pdf", caption } }, "reply", Date.now());
        } catch (err) {
          c.log.error({ err }, "berita acara failed");
          c.store.outbound.add(c.channel, c.address, { text: o.t(lang, "rembug-pdf-failed"), lang }, "reply", Date.now());
        }
      },
    },
  };
}
