/**
 * Process roles for the aspiration pipeline. `all` runs the relay and the workers in one process;
 * `bot` runs only the producer side (effects that write the outbox, and the relay); `worker` runs only
 * the queue workers. Separate roles need a shared queue, i.e. REDIS_URL (BullMQ).
 */
import { coreEffectHandlers, type EffectHandlers } from "../app/effects.js";
import type { Logger } from "../core/logger.js";
import { createQueue } from "../queue/create-queue.js";
import { QUEUES } from "../queue/payloads.js";
import type { Consumer, QueuePort } from "../queue/port.js";
import type { Store } from "../store/index.js";
import { OutboxRepo } from "../store/outbox.js";
import { startAggregateWorker, type IngestFn } from "./aggregate-worker.js";
import { startBroadcastWorker, type FanOutFn, type OccurrenceFn } from "./broadcast-worker.js";
import { OutboxRelay } from "./outbox-relay.js";
import { startRembugWorker, type RembugConfirmedFn } from "./rembug-worker.js";
import { withOutbox } from "./with-outbox.js";

export type ProcessRole = "all" | "bot" | "worker";

export class PipelineRoleError extends Error {
  override name = "PipelineRoleError";
}

export interface PipelineConfig {
  REDIS_URL?: string;
  QUEUE_PREFIX: string;
  WORKER_CONCURRENCY: number;
  /** Re-publish outbox rows not acknowledged this many seconds after they were sent (default 300). */
  OUTBOX_REDELIVER_AFTER_S?: number;
}

export interface PipelineOptions {
  role: ProcessRole;
  config: PipelineConfig;
  store: Store;
  log: Logger;
  /** The aggregator's idempotent ingest; required for roles `all` and `worker`. */
  ingest?: IngestFn;
  /** Applies a confirmed rembug result (src/cycle/rembug-confirmed.ts); its worker runs where the aggregate one does. */
  rembugConfirmed?: RembugConfirmedFn;
  /** The broadcaster's fan-out (roles `all` and `worker`); without it no broadcast worker runs in this process. */
  fanOut?: FanOutFn;
  /** A repeating broadcast's iteration (src/broadcast/schedule-repo.ts); runs where the broadcast worker does. */
  occurrence?: OccurrenceFn;
  /** After a fan-out committed (e.g. flush this process's delivery loop). */
  onFannedOut?: () => void;
  /**
   * The conversation host (roles `all` and `bot`): its "aspiration.create" effect is wrapped so the
   * outbox row commits with the aspiration. `baseEffects` are the handlers to wrap (default: the host's
   * core handlers; pass the aggregator's wrapped handlers if it wraps the same effect).
   */
  host?: { registerEffects(handlers: EffectHandlers): void };
  baseEffects?: EffectHandlers;
  /** A ready-made queue (tests, benchmarks); otherwise chosen from config. */
  queue?: QueuePort;
  relayIntervalMs?: number;
}

export interface Pipeline {
  role: ProcessRole;
  queue: QueuePort;
  outbox: OutboxRepo;
  relay?: OutboxRelay;
  /** The effect handlers registered on the host (also useful without a host). */
  effects?: EffectHandlers;
  /**
   * Wait until every committed event has been relayed and consumed (queues idle; with a worker in this process, every
   * outbox row acknowledged or refused), or the timeout.
   * Returns false on timeout. Used by the console simulator to exit only when all work is done.
   */
  settle(timeoutMs?: number): Promise<boolean>;
  /** Stop the relay, let workers finish the jobs in hand, close the queue. */
  stop(): Promise<void>;
}

/**
 * Start the pipeline for this process's role.
 *
 * @example
 * const pipeline = await startPipeline({ role, config, store, log, host, ingest: (id) => aggregator.ingest(id) });
 * // on shutdown, after the channels and the host have stopped:
 * await pipeline.stop();
 */
export async function startPipeline(o: PipelineOptions): Promise<Pipeline> {
  const { role, store, log } = o;
  if (!o.queue && !o.config.REDIS_URL && role !== "all") {
    throw new PipelineRoleError(
      `--role ${role} needs REDIS_URL: without Redis the queue lives inside one process, so the bot and the workers ` +
        `cannot run separately. Start with --role all (the default), or set REDIS_URL to run them as separate processes.`,
    );
  }
  const runsBot = role === "all" || role === "bot";
  const runsWorker = role === "all" || role === "worker";
  if (runsWorker && !o.ingest) throw new PipelineRoleError(`role ${role} runs the aggregate worker and needs an ingest function`);

  const queue = o.queue ?? (await createQueue(o.config, log));
  const outbox = new OutboxRepo(store.db);
  let relay: OutboxRelay | undefined;
  let effects: EffectHandlers | undefined;
  let consumer: Consumer | undefined;
  let rembugConsumer: Consumer | undefined;
  let broadcastConsumer: Consumer | undefined;

  try {
    if (runsBot) {
      relay = new OutboxRelay({
        outbox,
        queue,
        log,
        intervalMs: o.relayIntervalMs,
        redeliverAfterMs: o.config.OUTBOX_REDELIVER_AFTER_S === undefined ? undefined : o.config.OUTBOX_REDELIVER_AFTER_S * 1000,
      });
    }
    if (runsWorker) {
      consumer = await startAggregateWorker({ queue, ingest: o.ingest!, db: store.db, outbox, log, concurrency: o.config.WORKER_CONCURRENCY });
      if (o.rembugConfirmed) rembugConsumer = await startRembugWorker({ queue, apply: o.rembugConfirmed, db: store.db, outbox, log });
      if (o.fanOut) broadcastConsumer = await startBroadcastWorker({ queue, fanOut: o.fanOut, occurrence: o.occurrence, db: store.db, outbox, log, onFannedOut: o.onFannedOut });
    }
    if (runsBot && relay) {
      const r = relay;
      effects = withOutbox(o.baseEffects ?? coreEffectHandlers, { outbox, kick: () => r.kick() });
      // Only the wrapped effect: re-registering the other core handlers would replace the host's own (its
      // "resident.delete" knows DATA_DIR and removes draft photos; the core default does not).
      o.host?.registerEffects({ "aspiration.create": effects["aspiration.create"] });
    }
    relay?.start();
  } catch (err) {
    await consumer?.close().catch(() => undefined);
    await rembugConsumer?.close().catch(() => undefined);
    await broadcastConsumer?.close().catch(() => undefined);
    await queue.close().catch(() => undefined);
    throw err;
  }
  log.info({ role, driver: queue.driver, relay: Boolean(relay), worker: Boolean(consumer) }, "pipeline started");

  let stopping: Promise<void> | undefined;
  return {
    role,
    queue,
    outbox,
    relay,
    effects,
    async settle(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await relay?.kick();
        const s = outbox.stats();
        let busy = s.unsent + (consumer ? s.unacked : 0);
        for (const q of Object.values(QUEUES)) {
          const c = await queue.counts(q);
          busy += c.waiting + c.active + c.delayed;
        }
        if (busy === 0) return true;
        if (Date.now() > deadline) return false;
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    stop: () =>
      (stopping ??= (async () => {
        await relay?.stop();
        await consumer?.close();
        await rembugConsumer?.close();
        await broadcastConsumer?.close();
        await queue.close();
        log.info({ role }, "pipeline stopped");
      })()),
  };
}
