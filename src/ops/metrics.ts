/**
 * Prometheus metrics (prom-client) for /metrics: inbound messages per channel, handling latency, deliveries by
 * result (fed by the host's {@link OpsObserver} hooks), and the outbox backlog, pending replies and queue depth
 * (read from SQLite and the queue when scraped).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { OpsObserver } from "../core/ops-observer.js";
import type { Store } from "../store/index.js";
import { OutboxRepo } from "../store/outbox.js";
import { QUEUES } from "../queue/payloads.js";
import type { QueuePort } from "../queue/port.js";

export interface OpsMetrics {
  registry: Registry;
  /** Install on the host with `host.observe(metrics.observer)`. */
  observer: OpsObserver;
  /** The Prometheus text exposition. */
  render(): Promise<string>;
}

export interface OpsMetricsOptions {
  store: Store;
  /** The pipeline's queue, for the depth per queue (omitted: not reported). */
  queue?: QueuePort;
  /** Node process metrics (CPU, memory, event loop lag); default true. */
  processMetrics?: boolean;
}

export function createOpsMetrics(o: OpsMetricsOptions): OpsMetrics {
  const registry = new Registry();
  if (o.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: "rembug_" });
  const inbound = new Counter({ name: "rembug_inbound_messages_total", help: "Inbound messages journaled (duplicates excluded)", labelNames: ["channel"], registers: [registry] });
  const handling = new Histogram({
    name: "rembug_handling_seconds",
    help: "Time from the start of handling an inbound message to its commit",
    labelNames: ["channel"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const deliveries = new Counter({ name: "rembug_deliveries_total", help: "Send attempts by channel and result", labelNames: ["channel", "result"], registers: [registry] });
  const outbox = new OutboxRepo(o.store.db);
  new Gauge({
    name: "rembug_outbox_backlog",
    help: "Outbox events not yet on the queue (unsent) and on it but not yet acknowledged by a worker (unacked)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const s = outbox.stats();
      this.set({ state: "unsent" }, s.unsent);
      this.set({ state: "unacked" }, s.unacked);
    },
  });
  const pendingOutbound = o.store.db.prepare(`SELECT channel, COUNT(*) AS n FROM outbound WHERE status = 'pending' GROUP BY channel`);
  new Gauge({
    name: "rembug_outbound_pending",
    help: "Messages to residents waiting to be delivered, per channel",
    labelNames: ["channel"],
    registers: [registry],
    collect() {
      this.reset();
      for (const r of pendingOutbound.all() as Array<{ channel: string; n: number }>) this.set({ channel: r.channel }, r.n);
    },
  });
  if (o.queue) {
    const queue = o.queue;
    new Gauge({
      name: "rembug_queue_jobs",
      help: "Jobs per queue and state (waiting, active, delayed, failed)",
      labelNames: ["queue", "state"],
      registers: [registry],
      async collect() {
        for (const name of Object.values(QUEUES)) {
          const c = await queue.counts(name);
          for (const state of ["waiting", "active", "delayed", "failed"] as const) this.set({ queue: name, state }, c[state]);
        }
      },
    });
  }
  return {
    registry,
    observer: {
      inbound: (channel) => inbound.inc({ channel }),
      handled: (channel, ms) => handling.observe({ channel }, ms / 1000),
      delivery: (channel, result) => deliveries.inc({ channel, result }),
    },
    render: () => registry.metrics(),
  };
}
