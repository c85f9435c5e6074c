/**
 * Wires broadcast timing and control into a running app: the reads /umumkan and /siaran use, and the effects that
 * store a broadcast sent at a set time or repeating, cancel, pause, resume and reschedule it (each in the
 * transaction of the conversation turn, audited), with the change and cancellation notices to the residents reached.
 */
import type { ConversationHost } from "../app/conversation-host.js";
import { queueForResident } from "../app/notify.js";
import type { Logger } from "../core/logger.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { OutboxRepo } from "../store/outbox.js";
import type { ReminderConfig } from "./broadcast-repo.js";
import type { Broadcaster } from "./broadcaster.js";
import { langT, whenText } from "./render.js";
import "./schedule-types.js";

export interface ScheduleInstallOptions {
  store: Store;
  t: Translate;
  log: Logger;
  reminders: ReminderConfig;
  broadcaster: Broadcaster;
  host: Pick<ConversationHost, "registerEffects" | "registerReads" | "delivery">;
  /** Wake the outbox relay (a broadcast was stored). */
  kick: () => void;
  /** Bring the queue's job schedulers in line with SQLite (a schedule was created or stopped). */
  sync: () => void;
}

export function installBroadcastSchedules(o: ScheduleInstallOptions): void {
  const { broadcaster, store } = o;
  const repo = broadcaster.timing;
  const outbox = new OutboxRepo(store.db);
  const flush = () => o.host.delivery.flushAll();

  /** One notice to each resident the broadcast reached, in their language. */
  const notify = (broadcastId: number, residents: number[], key: string, now: number): number => {
    const b = broadcaster.repo.get(broadcastId);
    if (!b || b.content.kind !== "undangan") return 0;
    let n = 0;
    for (const id of residents) {
      const r = store.residents.get(id);
      if (!r || r.optedOut || r.consent !== "given") continue;
      const t = langT(o.t, r.lang);
      const text = t(key, { id: String(b.id), title: b.content.title, when: whenText(t, b.content.at, o.reminders.zone, r.lang), place: b.content.place });
      if (queueForResident(store, id, { text, lang: r.lang }, "broadcast", now)) n++;
    }
    return n;
  };

  o.host.registerReads({
    broadcastSchedules: {
      timing: (id) => repo.timing(id),
      schedules: (senderId) => repo.activeSchedules(senderId),
      schedule: (id) => repo.schedule(id),
    },
  });

  o.host.registerEffects({
    "broadcast.create-at": {
      apply: (e, c) => {
        const { id, recipients } = broadcaster.repo.create({ kind: e.content.kind, senderId: c.residentId, audience: e.audience, content: e.content, now: c.now, reminders: o.reminders });
        repo.setSendAt(id, e.sendAt);
        outbox.publish("broadcast.created", { broadcastId: id, sendAt: e.sendAt }, c.now);
        c.store.audit.record(`resident:${c.residentId}`, "broadcast.create", `broadcast:${id}`, { audience: e.audience, recipients: recipients.length, sendAt: e.sendAt }, c.now);
      },
      after: () => o.kick(),
    },
    "broadcast.repeat": {
      apply: (e, c) => {
        const id = repo.createSchedule({ kind: e.content.kind, senderId: c.residentId, audience: e.audience, content: e.content, rule: e.rule, tz: o.reminders.zone, now: c.now });
        c.store.audit.record(`resident:${c.residentId}`, "broadcast.schedule", `schedule:${id}`, { audience: e.audience, rule: e.rule }, c.now);
      },
      after: () => o.sync(),
    },
    "broadcast.stop-schedule": {
      apply: (e, c) => {
        if (repo.stopSchedule(e.scheduleId, c.now)) c.store.audit.record(`resident:${c.residentId}`, "broadcast.schedule.stop", `schedule:${e.scheduleId}`, {}, c.now);
      },
      after: () => o.sync(),
    },
    "broadcast.control": {
      apply: (e, c) => {
        const id = e.broadcastId;
        let detail: Record<string, unknown> = {};
        if (e.action === "cancel") {
          // Those who already have the invitation hear that the meeting is off; the rest get nothing more.
          const reached = repo.reached(id);
          if (!repo.cancel(id, c.now)) return;
          detail = { notices: notify(id, reached, "umumkan-notice-cancelled", c.now) };
        } else if (e.action === "pause") {
          const r = repo.pause(id);
          if (!r) return;
          detail = { held: r.held };
        } else {
          if (!repo.resume(id)) return;
          const timing = repo.timing(id);
          // Due (or already under way): the recipients without a delivery get one now.
          if (timing && (timing.fannedOutAt !== null || timing.sendAt === null || timing.sendAt <= c.now)) {
            const r = broadcaster.fanOut(id);
            detail = { queued: r.ok ? r.queued : 0 };
          }
        }
        c.store.audit.record(`resident:${c.residentId}`, `broadcast.${e.action}`, `broadcast:${id}`, detail, c.now);
      },
      after: flush,
    },
    "broadcast.reschedule": {
      apply: (e, c) => {
        const before = broadcaster.repo.get(e.broadcastId);
        const reached = repo.reschedule(e.broadcastId, e.at, c.now, o.reminders);
        const notices = notify(e.broadcastId, reached, "umumkan-notice-changed", c.now);
        // Invitations not delivered yet were taken back: they go again with the new time.
        if (repo.timing(e.broadcastId)?.fannedOutAt != null) broadcaster.fanOut(e.broadcastId);
        c.store.audit.record(`resident:${c.residentId}`, "broadcast.reschedule", `broadcast:${e.broadcastId}`, { from: before?.meetingAt ?? null, to: e.at, notices }, c.now);
      },
      after: flush,
    },
  });
}
