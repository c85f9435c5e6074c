/**
 * Admin command `reingest`: aggregate every aspiration that has not reached the aggregator yet (e.g. its queue job
 * failed for good). Ingest is idempotent, so running it twice, or while workers run, counts nothing twice.
 * `npm run admin -- reingest`
 */
import { parseArgs } from "node:util";
import { createAggregator } from "../../aggregator/aggregator.js";
import type { AdminCommand } from "../command.js";

export const REINGEST_USAGE = "usage: npm run admin -- reingest";

export const reingestCommand: AdminCommand = {
  name: "reingest",
  summary: "aggregate aspirations that never reached the aggregator (after failed queue jobs); safe to repeat",
  async run(ctx) {
    try {
      parseArgs({ args: ctx.args, options: {} });
    } catch (err) {
      ctx.out(`${(err as Error).message}\n${REINGEST_USAGE}`);
      return 2;
    }
    const ids = (
      ctx.store.db
        .prepare(
          `SELECT a.id FROM aspirations a LEFT JOIN cluster_members m ON m.aspiration_id = a.id
           WHERE m.aspiration_id IS NULL ORDER BY a.id`,
        )
        .all() as Array<{ id: number }>
    ).map((r) => r.id);
    // No duplicate hints here: these residents filed long ago; a late question would confuse them.
    const aggregator = createAggregator(ctx.store.db, { log: ctx.log });
    let done = 0;
    for (const id of ids) if (aggregator.ingest(id).ok) done++;
    ctx.log.info({ missing: ids.length, ingested: done }, "re-ingested aspirations");
    ctx.out(ctx.t(ctx.config.DEFAULT_LANG, "reingest-done", { missing: ids.length, ingested: done }));
    return 0;
  },
};
