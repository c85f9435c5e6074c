/** Wires the planning cycle into a running app: the reads /siklus uses and its effect handlers. */
import type { ConversationHost } from "../app/conversation-host.js";
import type { Wilayah } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import { ACCOMMODATED_STATUSES } from "../store/cycles.js";
import type { Store } from "../store/index.js";
import { cycleEffects } from "./effects.js";
import type { CycleReads } from "./engine-types.js";

export function createCycleReads(store: Store, wilayah: Wilayah): CycleReads {
  const carry = store.db.prepare(
    `SELECT COUNT(*) AS n FROM aspirations WHERE cycle_id = ? AND status NOT IN (${ACCOMMODATED_STATUSES.map((s) => `'${s}'`).join(", ")})`,
  );
  return {
    current: () => store.cycles.current(),
    progress: (id) => store.cycles.progress(id, wilayah),
    carryCount: (id) => (carry.get(id) as { n: number }).n,
  };
}

export function installCycles(o: { store: Store; t: Translate; wilayah: Wilayah; host: Pick<ConversationHost, "registerEffects" | "registerReads" | "delivery"> }): void {
  o.host.registerReads({ cycles: createCycleReads(o.store, o.wilayah) });
  o.host.registerEffects(cycleEffects({ t: o.t, flush: () => void o.host.delivery.flushAll() }));
}
