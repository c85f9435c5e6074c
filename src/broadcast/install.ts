/**
 * Wires broadcasts into a running app: the reads /umumkan, /siaran and the RSVP flow use, the effects that store a
 * broadcast (with its outbox event, in the same transaction) and an RSVP, and the broadcaster the worker and the
 * scheduler tick call. Call once from the composition root.
 */
import type { ConversationHost } from "../app/conversation-host.js";
import type { Logger } from "../core/logger.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { OutboxRepo } from "../store/outbox.js";
import { countRecipients, resolveAudience } from "./audience.js";
import { Broadcaster } from "./broadcaster.js";
import type { ReminderConfig } from "./broadcast-repo.js";
import "./engine-types.js";
import { installBroadcastSchedules } from "./schedule-install.js";

export interface InstallBroadcastsOptions {
  store: Store;
  t: Translate;
  log: Logger;
  reminders: ReminderConfig;
  /** TELEGRAM_SENDS_PER_SECOND (fan-outs spread Telegram sends below it). */
  telegramPerSecond?: number;
  host?: Pick<ConversationHost, "registerEffects" | "registerReads" | "delivery">;
  now?: () => number;
}

export interface Broadcasts {
  broadcaster: Broadcaster;
  /** Set by the pipeline: wake the outbox relay after a broadcast was stored. */
  kick?: () => void;
  /** Set by the pipeline: bring the queue's job schedulers in line with the repeating broadcasts. */
  syncSchedules?: () => void;
  /** A repeating broadcast's iteration at `slot`: its own broadcast, fanned out (for the broadcast worker). */
  occurrence(scheduleId: number, slot: number): unknown;
}

export function installBroadcasts(o: InstallBroadcastsOptions): Broadcasts {
  const host = o.host;
  const broadcaster = new Broadcaster({
    store: o.store,
    t: o.t,
    log: o.log,
    zone: o.reminders.zone,
    ...(o.telegramPerSecond ? { telegramPerSecond: o.telegramPerSecond } : {}),
    ...(o.now ? { now: o.now } : {}),
    ...(host ? { onQueued: () => host.delivery.flushAll() } : {}),
  });
  const now = o.now ?? Date.now;
  const out: Broadcasts = {
    broadcaster,
    occurrence: (scheduleId, slot) => {
      const occ = broadcaster.timing.occurrence(scheduleId, slot, now(), o.reminders);
      return occ ? broadcaster.fanOut(occ.id) : { ok: true, queued: 0 };
    },
  };
  if (!host) return out;
  const repo = broadcaster.repo;
  const outbox = new OutboxRepo(o.store.db);
  host.registerReads({
    broadcasts: {
      count: (a) => countRecipients(resolveAudience(o.store, a)),
      list: (limit, senderId) => repo.list(limit, senderId),
      report: (id) => repo.report(id),
      get: (id) => repo.get(id),
      recipient: (id, residentId) => repo.recipient(id, residentId),
    },
  });
  host.registerEffects({
    "broadcast.create": {
      apply: (e, c) => {
        const { id, recipients } = repo.create({ kind: e.content.kind, senderId: c.residentId, audience: e.audience, content: e.content, now: c.now, reminders: o.reminders });
        outbox.publish("broadcast.created", { broadcastId: id }, c.now);
        c.store.audit.record(`resident:${c.residentId}`, "broadcast.create", `broadcast:${id}`, { audience: e.audience, recipients: recipients.length }, c.now);
      },
      after: () => out.kick?.(),
    },
    "broadcast.rsvp": {
      apply: (e, c) => {
        repo.setRsvp(e.broadcastId, c.residentId, e.answer, c.now);
      },
    },
  });
  installBroadcastSchedules({ store: o.store, t: o.t, log: o.log, reminders: o.reminders, broadcaster, host, kick: () => out.kick?.(), sync: () => out.syncSchedules?.() });
  return out;
}
