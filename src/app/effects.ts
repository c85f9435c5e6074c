/** Effect handlers: how the host carries out what the engine decided. Core handlers plus a registry for later modules. */
import type { Logger } from "../core/logger.js";
import type { ChannelName } from "../core/messages.js";
import type { Store } from "../store/index.js";
import type { Effect, EffectMap } from "../engine/types.js";

export interface EffectCtx {
  store: Store;
  residentId: number;
  channel: ChannelName;
  address: string;
  now: number;
  log: Logger;
}

export interface EffectHandler<K extends keyof EffectMap> {
  /** Runs inside the transaction that saves the session and the replies. Must be synchronous. */
  apply?(effect: { type: K } & EffectMap[K], ctx: EffectCtx): void;
  /** Runs after the commit (e.g. kick a relay, build a file). Failures are logged, not retried. */
  after?(effect: { type: K } & EffectMap[K], ctx: EffectCtx): Promise<void> | void;
}

export type EffectHandlers = { [K in keyof EffectMap]?: EffectHandler<K> };

export const coreEffectHandlers: EffectHandlers = {
  "resident.update": {
    apply: (e, c) => c.store.residents.update(c.residentId, e.patch, c.now),
  },
  "resident.delete": {
    apply: (_e, c) => {
      c.store.residents.deletePersonalData(c.residentId, c.now);
      c.store.audit.record(`resident:${c.residentId}`, "resident.delete", `resident:${c.residentId}`, undefined, c.now);
    },
  },
  "aspiration.create": {
    apply: (e, c) => {
      c.store.aspirations.create(
        { ...e.draft, ticket: e.ticket, residentId: c.residentId, rw: e.rw, rt: e.rt, channel: c.channel },
        c.now,
      );
    },
  },
  audit: {
    apply: (e, c) => {
      c.store.audit.record(`resident:${c.residentId}`, e.action, e.subject ?? null, e.detail, c.now);
      if (e.action === "access.denied") c.log.warn({ residentId: c.residentId, channel: c.channel, subject: e.subject }, "access denied");
    },
  },
};

export function applyEffect(handlers: EffectHandlers, effect: Effect, ctx: EffectCtx): void {
  const h = handlers[effect.type] as EffectHandler<typeof effect.type> | undefined;
  if (!h) throw new Error(`no handler for effect ${effect.type}`);
  h.apply?.(effect as never, ctx);
}

export async function afterEffect(handlers: EffectHandlers, effect: Effect, ctx: EffectCtx): Promise<void> {
  const h = handlers[effect.type] as EffectHandler<typeof effect.type> | undefined;
  try {
    await h?.after?.(effect as never, ctx);
  } catch (err) {
    ctx.log.error({ err, effect: effect.type }, "after-commit effect failed");
  }
}
