/** Test helpers for the aggregator suites: a throwaway store in a tmp dir, residents and aspirations to ingest. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Category } from "../../src/core/domain.js";
import { openStore, type Store } from "../../src/store/index.js";

export interface TestStore {
  store: Store;
  dir: string;
  cleanup(): void;
}

export function tmpStore(tag: string): TestStore {
  const dir = mkdtempSync(path.join(tmpdir(), `rembug-${tag}-`));
  const store = openStore(path.join(dir, "test.db"));
  return {
    store,
    dir,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let seq = 0;

/** A registered resident with a Telegram identity. */
export function addResident(store: Store, rw: number, rt: number, address = `u${++seq}`): number {
  const r = store.residents.resolve("telegram", address, { lang: "id", now: 1_000 });
  store.residents.update(r.id, { name: `Warga ${address}`, rw, rt, consent: "given", registered: true }, 1_000);
  return r.id;
}

export interface AspirationSpec {
  residentId: number;
  rw: number;
  rt: number;
  category: Category;
  text: string;
  location?: string | null;
  status?: string;
}

/** Create an aspiration row the way the aspiration flow does; returns its id. */
export function addAspiration(store: Store, s: AspirationSpec, now = 2_000): number {
  const a = store.aspirations.create(
    {
      ticket: `ASP-T${++seq}`,
      residentId: s.residentId,
      rw: s.rw,
      rt: s.rt,
      channel: "telegram",
      category: s.category,
      description: s.text,
      locationText: s.location ?? null,
      lat: null,
      lon: null,
      photoPath: null,
    },
    now,
  );
  return a.id;
}
