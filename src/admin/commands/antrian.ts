/**
 * Admin command `antrian`: queue counts per queue, the outbox backlog (not yet queued, and queued but not yet
 * acknowledged by a worker, with their age) and the failed jobs, for the LPMK operator.
 */
import type { Lang } from "../../core/domain.js";
import type { Logger } from "../../core/logger.js";
import type { Translate } from "../../i18n/fluent.js";
import { createQueue, type QueueSettings } from "../../queue/create-queue.js";
import { QUEUES } from "../../queue/payloads.js";
import type { QueuePort } from "../../queue/port.js";
import type { Store } from "../../store/index.js";
import { OutboxRepo } from "../../store/outbox.js";

export interface AntrianReportInput {
  queue: QueuePort;
  outbox: OutboxRepo;
  t: Translate;
  lang: Lang;
  /** Failed jobs to list per queue (default 20). */
  failedLimit?: number;
  /** Unacknowledged outbox rows to list (default 20). */
  unackedLimit?: number;
  /** Clock for the ages (default Date.now()). */
  now?: number;
}

/** The report as lines of text. With the in-process driver only the outbox is visible from another process. */
export async function antrianReport(o: AntrianReportInput): Promise<string[]> {
  const t = (key: string, args?: Parameters<Translate>[2]) => o.t(o.lang, key, args);
  const lines = [t("antrian-title", { driver: o.queue.driver })];
  if (o.queue.driver === "in-process") lines.push(t("antrian-in-process"));
  else {
    for (const name of Object.values(QUEUES)) {
      const c = await o.queue.counts(name);
      lines.push(t("antrian-queue-counts", { queue: name, ...c }));
    }
  }
  const s = o.outbox.stats();
  lines.push(t("antrian-outbox", { unsent: s.unsent }));
  if (s.oldestUnsentAt !== null) lines.push(t("antrian-outbox-oldest", { since: new Date(s.oldestUnsentAt) }));
  if (s.lastError) lines.push(t("antrian-outbox-error", { error: s.lastError }));
  lines.push(t("antrian-unacked", { count: s.unacked }));
  const now = o.now ?? Date.now();
  for (const r of o.outbox.unacked(o.unackedLimit ?? 20)) {
    lines.push(
      t("antrian-unacked-item", {
        id: r.jobId,
        minutes: Math.floor(Math.max(0, now - r.createdAt) / 60_000),
        queuedMinutes: Math.floor(Math.max(0, now - r.sentAt) / 60_000),
        redeliveries: r.redeliveries,
      }),
    );
  }
  if (s.failed) lines.push(t("antrian-outbox-refused", { count: s.failed }));
  if (o.queue.driver !== "in-process") {
    const failed = (await Promise.all(Object.values(QUEUES).map((q) => o.queue.failed(q, o.failedLimit ?? 20)))).flat();
    lines.push(failed.length ? t("antrian-failed-title") : t("antrian-failed-none"));
    for (const f of failed) {
      lines.push(
        t("antrian-failed-item", { queue: f.queue, id: f.id, name: f.name, attempts: f.attemptsMade, reason: f.reason, at: new Date(f.failedAt ?? 0) }),
      );
    }
  }
  return lines;
}

export interface AntrianCommandContext {
  config: QueueSettings & { DEFAULT_LANG: Lang };
  store: Store;
  t: Translate;
  log: Logger;
  /** Command-line arguments after `antrian`, e.g. ["--failed", "50"]. */
  args: string[];
  out: (line: string) => void;
}

/** `npm run admin -- antrian [--failed N]`: returns the process exit code. */
export const antrianCommand = {
  name: "antrian",
  summary: "queue counts, outbox backlog and failed jobs",
  async run(ctx: AntrianCommandContext): Promise<number> {
    const i = ctx.args.indexOf("--failed");
    const failedLimit = i >= 0 ? Number(ctx.args[i + 1]) || 20 : 20;
    const queue = await createQueue(ctx.config, ctx.log);
    try {
      const lines = await antrianReport({ queue, outbox: new OutboxRepo(ctx.store.db), t: ctx.t, lang: ctx.config.DEFAULT_LANG, failedLimit });
      for (const l of lines) ctx.out(l);
      return 0;
    } finally {
      await queue.close();
    }
  },
};
