/**
 * Admin command `reindex`: after a change to the duplicate-detection rules, recompute the aggregator's stored
 * normalised features and search index for every aspiration, without moving any aspiration between clusters.
 * `npm run admin -- reindex`
 */
import { parseArgs } from "node:util";
import { reindexAggregator } from "../../aggregator/reindex.js";
import type { AdminCommand } from "../command.js";

export const REINDEX_USAGE = "usage: npm run admin -- reindex";

export const reindexCommand: AdminCommand = {
  name: "reindex",
  summary: "recompute the aggregator's normalised text and search index after a rule change (clusters unchanged)",
  async run(ctx) {
    try {
      parseArgs({ args: ctx.args, options: {} });
    } catch (err) {
      ctx.out(`${(err as Error).message}\n${REINDEX_USAGE}`);
      return 2;
    }
    const r = reindexAggregator(ctx.store.db);
    ctx.log.info(r, "aggregator reindexed");
    ctx.out(ctx.t(ctx.config.DEFAULT_LANG, "reindex-done", { docs: r.docs, changed: r.changed }));
    return 0;
  },
};
