/** Effect handlers of /siklus: open and close a cycle, answering the requester in the same transaction. */
import type { EffectCtx, EffectHandlers } from "../app/effects.js";
import { residentLang } from "../app/resident-lang.js";
import type { Translate } from "../i18n/fluent.js";
import { noticeRtHeads } from "./open-notice.js";
import "./engine-types.js";

export interface CycleEffectsOptions {
  t: Translate;
  /** Push queued messages out now (the requester's answer and the notices); must not throw. */
  flush?: () => void;
}

const actorOf = (c: EffectCtx): string => (c.residentId > 0 ? `resident:${c.residentId}` : `${c.channel}:${c.address}`);

function answer(c: EffectCtx, t: Translate, key: string, args: Record<string, string | number>): void {
  const lang = residentLang(c.store, c.residentId);
  c.store.outbound.add(c.channel, c.address, { text: t(lang, key, args), lang }, "reply", c.now);
}

export function cycleEffects(o: CycleEffectsOptions): EffectHandlers {
  return {
    "cycle.open": {
      apply: (e, c) => {
        const r = c.store.cycles.open(e.name, actorOf(c), c.now);
        if (!r.ok) return answer(c, o.t, "siklus-already-open", { name: r.open.name });
        const heads = noticeRtHeads(c.store, o.t, r.cycle.name, c.now);
        c.store.audit.record(actorOf(c), "cycle.open", `cycle:${r.cycle.id}`, { name: r.cycle.name, adopted: r.adopted, carried: r.carried, heads: heads.length }, c.now);
        answer(c, o.t, "siklus-opened", { name: r.cycle.name, adopted: r.adopted, carried: r.carried, heads: heads.length });
      },
      after: () => o.flush?.(),
    },
    "cycle.close": {
      apply: (_e, c) => {
        const r = c.store.cycles.close(actorOf(c), c.now);
        if (!r.ok) return answer(c, o.t, "siklus-close-none", {});
        c.store.audit.record(actorOf(c), "cycle.close", `cycle:${r.cycle.id}`, { carried: r.carried }, c.now);
        answer(c, o.t, "siklus-closed", { name: r.cycle.name, carried: r.carried });
      },
      after: () => o.flush?.(),
    },
  };
}
