/**
 * Admin command `siaran`: the LPMK broadcasts, or one broadcast's delivery report (sent / failed / skipped per RW
 * and channel, and the RSVP tally of an undangan), in the default language.
 * `npm run admin -- siaran [id]`
 */
import { BroadcastRepo } from "../../broadcast/broadcast-repo.js";
import { langT } from "../../broadcast/render.js";
import { broadcastTitle, formatReport } from "../../broadcast/report-text.js";
import type { AdminCommand } from "../command.js";

export const SIARAN_USAGE = "usage: npm run admin -- siaran [id]";

export const siaranCommand: AdminCommand = {
  name: "siaran",
  summary: "list the LPMK broadcasts, or show one broadcast's delivery report and RSVP tally",
  async run(ctx) {
    const [arg, ...rest] = ctx.args;
    if (rest.length || (arg !== undefined && !/^\d+$/.test(arg))) {
      ctx.out(SIARAN_USAGE);
      return 2;
    }
    const repo = new BroadcastRepo(ctx.store);
    const t = langT(ctx.t, ctx.config.DEFAULT_LANG);
    if (arg === undefined) {
      const list = repo.list(50);
      if (!list.length) ctx.out(t("siaran-none"));
      for (const b of list) {
        repo.syncStatuses(b.id);
        const r = repo.report(b.id)!;
        ctx.out(`${broadcastTitle(t, b)} — ${t("siaran-list-counts", { sent: r.byStatus.sent, total: r.total })}`);
      }
      return 0;
    }
    const id = Number(arg);
    // The outcome of each send is read back from the outbound rows before reporting.
    repo.syncStatuses(id);
    const report = repo.report(id);
    if (!report) {
      ctx.out(t("siaran-not-found", { id: arg }));
      return 1;
    }
    ctx.out(formatReport(t, report));
    return 0;
  },
};
