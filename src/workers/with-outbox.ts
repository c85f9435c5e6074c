/**
 * Effect handlers that publish outbox events in the same transaction as the data:
 * "aspiration.create" first runs the wrapped handler (which inserts the aspiration), then writes its
 * outbox row; after the commit it kicks the relay.
 */
import type { EffectHandlers } from "../app/effects.js";
import type { OutboxRepo } from "../store/outbox.js";

export class OutboxEffectError extends Error {
  override name = "OutboxEffectError";
}

export interface WithOutboxDeps {
  outbox: OutboxRepo;
  /** Called after the commit; must not throw (OutboxRelay.kick never rejects). */
  kick: () => void | Promise<void>;
}

/**
 * Wrap `handlers` so that committed aspirations also publish "aspiration.created".
 *
 * @example
 * host.registerEffects(withOutbox(coreEffectHandlers, { outbox, kick: () => relay.kick() }));
 */
export function withOutbox(handlers: EffectHandlers, deps: WithOutboxDeps): EffectHandlers {
  const inner = handlers["aspiration.create"];
  return {
    ...handlers,
    "aspiration.create": {
      apply(effect, ctx) {
        inner?.apply?.(effect, ctx);
        const created = ctx.store.aspirations.byTicket(effect.ticket);
        if (!created) throw new OutboxEffectError(`aspiration ${effect.ticket} was not created by the wrapped handler`);
        deps.outbox.publish("aspiration.created", { aspirationId: created.id, rw: created.rw }, ctx.now);
      },
      async after(effect, ctx) {
        await inner?.after?.(effect, ctx);
        // Not awaited: the resident's ticket reply must not wait for the queue.
        void deps.kick();
      },
    },
  };
}
