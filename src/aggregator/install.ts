/**
 * Wires the aggregator into a running app: the aggregator with its duplicate hint, the cluster reads the flows use,
 * and the effect handlers of the dukung and rekap flows. Call once from the composition root.
 */
import type { ConversationHost } from "../app/conversation-host.js";
import type { Logger } from "../core/logger.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { createAggregator, type Aggregator } from "./aggregator.js";
import { clusterEditEffects, clusterEditReads } from "./cluster-edit-engine.js";
import { createDuplicateHint } from "./duplicate-hint.js";
import { aggregatorEffects } from "./effects.js";
import { createClusterReads } from "./reads.js";
import { reindexIfRulesChanged } from "./reindex.js";

export interface InstallAggregatorOptions {
  store: Store;
  t: Translate;
  log: Logger;
  dataDir: string;
  kelurahan: string;
  /** The conversation host, when this process runs the bot (roles all/bot). */
  host?: Pick<ConversationHost, "registerEffects" | "registerReads" | "delivery">;
  /** Send the duplicate hint to residents (default true). */
  hints?: boolean;
  now?: () => number;
}

/**
 * @example
 * const aggregator = installAggregator({ store: app.store, t: app.i18n.t, log, dataDir: config.dataDir,
 *   kelurahan: config.KELURAHAN_NAME, host: app.host });
 * await startPipeline({ ..., ingest: (id) => void aggregator.ingest(id) });
 */
export function installAggregator(o: InstallAggregatorOptions): Aggregator {
  const host = o.host;
  // Stored features made with other rules would not match new texts (npm run admin -- reindex does the same).
  reindexIfRulesChanged(o.store.db, o.log);
  const hint =
    o.hints === false
      ? undefined
      : createDuplicateHint({
          store: o.store,
          t: o.t,
          now: o.now,
          // Without a host in this process (worker role) the bot process's delivery timer sends the hint.
          onQueued: host ? (to) => host.delivery.flush(to.channel, to.address) : undefined,
        });
  const aggregator = createAggregator(o.store.db, { log: o.log, now: o.now, onLikelyDuplicate: hint });
  if (host) {
    host.registerReads({ clusters: createClusterReads(o.store.db, o.now), clusterEdits: clusterEditReads(o.store.db) });
    host.registerEffects(aggregatorEffects({ aggregator, t: o.t, dataDir: o.dataDir, kelurahan: o.kelurahan, now: o.now }));
    host.registerEffects(clusterEditEffects({ t: o.t, flushAll: () => host.delivery.flushAll() }));
  }
  return aggregator;
}
