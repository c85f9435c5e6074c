/** Starts the aspiration pipeline (outbox relay, queue, aggregate worker) for a built app and a process role. */
import { syncSchedules } from "../broadcast/schedule-sync.js";
import type { QueuePort } from "../queue/port.js";
import { startPipeline, type Pipeline, type ProcessRole } from "../workers/pipeline.js";
import { applyRembugConfirmed } from "../cycle/rembug-confirmed.js";
import type { App } from "./build.js";

/** `queue`: a ready-made queue (tests pass an in-process one on a manual clock). */
export async function startAppPipeline(app: App, role: ProcessRole, o: { queue?: QueuePort } = {}): Promise<Pipeline> {
  const pipeline = await startPipeline({
    role,
    config: app.config,
    store: app.store,
    log: app.log,
    host: role === "worker" ? undefined : app.host,
    // Not `void`: a "not-found" result fails the job visibly instead of being dropped.
    ingest: (id) => app.aggregator.ingest(id),
    rembugConfirmed: (id) => applyRembugConfirmed(app.store, app.i18n.t, id, app.now()),
    fanOut: (id) => app.broadcasts.broadcaster.fanOut(id),
    occurrence: (scheduleId, slot) => app.broadcasts.occurrence(scheduleId, slot),
    ...(o.queue ? { queue: o.queue } : {}),
    ...(role === "worker" ? {} : { onFannedOut: () => app.host.delivery.flushAll() }),
  });
  const relay = pipeline.relay;
  if (relay) app.broadcasts.kick = () => void relay.kick();
  // Repeating broadcasts: the queue's job schedulers follow SQLite (restored at start-up, changed after each edit).
  const sync = () => syncSchedules(pipeline.queue, app.broadcasts.broadcaster.timing, app.log);
  app.broadcasts.syncSchedules = () => void sync().catch((err: unknown) => app.log.error({ err }, "broadcast schedules could not be synced with the queue"));
  await sync().catch((err: unknown) => app.log.error({ err }, "broadcast schedules could not be synced with the queue"));
  return pipeline;
}
