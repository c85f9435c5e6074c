/** Starts the aspiration pipeline (outbox relay, queue, aggregate worker) for a built app and a process role. */
import { startPipeline, type Pipeline, type ProcessRole } from "../workers/pipeline.js";
import { applyRembugConfirmed } from "../cycle/rembug-confirmed.js";
import type { App } from "./build.js";

export async function startAppPipeline(app: App, role: ProcessRole): Promise<Pipeline> {
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
    ...(role === "worker" ? {} : { onFannedOut: () => app.host.delivery.flushAll() }),
  });
  const relay = pipeline.relay;
  if (relay) app.broadcasts.kick = () => void relay.kick();
  return pipeline;
}
