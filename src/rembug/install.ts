/** Wires the rembug module into a running app: the reads the /rembug flow uses and its effect handlers. */
import type { ConversationHost } from "../app/conversation-host.js";
import type { Wilayah } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { rtCandidates, rwCandidates, rwProgress } from "./candidates.js";
import type { RembugReads } from "./engine-types.js";
import { rembugEffects } from "./effects.js";
import { RembugResultRepo } from "./results.js";

export interface InstallRembugOptions {
  store: Store;
  t: Translate;
  wilayah: Wilayah;
  dataDir: string;
  kelurahan: string;
  timeZone?: string;
  /** REMBUG_MAX_ITEMS (RT and Pokmas lists) and REMBUG_RW_MAX_ITEMS. */
  maxItems: number;
  rwMaxItems: number;
  host: Pick<ConversationHost, "registerEffects" | "registerReads">;
}

export function createRembugReads(store: Store, repo: RembugResultRepo, wilayah: Wilayah, limits: RembugReads["limits"]): RembugReads {
  return {
    limits,
    openCycle: () => repo.openCycle(),
    candidates: (s, cycleId) => (s.level === "rt" ? rtCandidates(store.db, s.rw, s.rt, cycleId) : s.level === "rw" ? rwCandidates(store.db, s.rw, cycleId) : []),
    current: (s, cycleId) => repo.current(s, cycleId),
    rwProgress: (rw, cycleId) => rwProgress(store.db, rw, wilayah.rtsOf(rw), cycleId),
    pokmas: (id) => store.roles.pokmasById(id),
  };
}

/** @example installRembug({ store, t, wilayah, dataDir, kelurahan, maxItems: 5, rwMaxItems: 10, host }); */
export function installRembug(o: InstallRembugOptions): RembugResultRepo {
  const repo = new RembugResultRepo(o.store.db);
  o.host.registerReads({ rembug: createRembugReads(o.store, repo, o.wilayah, { rt: o.maxItems, rw: o.rwMaxItems, pokmas: o.maxItems }) });
  o.host.registerEffects(
    rembugEffects({ repo, t: o.t, dataDir: o.dataDir, kelurahan: o.kelurahan, ...(o.timeZone ? { timeZone: o.timeZone } : {}) }),
  );
  return repo;
}
