/**
 * The broadcaster: fans a stored broadcast out into the outbound outbox (one paced "broadcast" row per recipient,
 * in the recipient's language, an RSVP offer for an undangan), and on every tick fires due reminders and reports
 * finished broadcasts to their sender. The delivery loop does the sending (Telegram pacer, WhatsApp pacing gate).
 * Everything it does is a row in SQLite, so a restart or a lost queue job resumes without repeating a send.
 */
import type { Lang } from "../core/domain.js";
import type { Logger } from "../core/logger.js";
import type { OutboundMessage } from "../core/messages.js";
import { queueForResident } from "../app/notify.js";
import { promptOffer } from "../app/prompt-offer.js";
import { MENU_FLOW } from "../engine/engine.js";
import { promptKey } from "../engine/prompt-key.js";
import type { SessionState } from "../engine/types.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { BroadcastRepo, type BroadcastRow } from "./broadcast-repo.js";
import { broadcastFallback, broadcastMessage, langT, RSVP_FLOW, RSVP_STEP, RSVP_VERSION, whenText } from "./render.js";
import { formatReport } from "./report-text.js";
import { ScheduleRepo } from "./schedule-repo.js";

export interface BroadcasterOptions {
  store: Store;
  t: Translate;
  log: Logger;
  zone: string;
  now?: () => number;
  /** TELEGRAM_SENDS_PER_SECOND: a fan-out spreads its Telegram rows over time at 95% of it (default 25). */
  telegramPerSecond?: number;
  /** After rows were queued for delivery (flush the delivery loop in this process, if any). */
  onQueued?: () => void;
}

/** The RSVP step's data: the invitation as the resident saw it (its prompt must render the same text). */
export interface RsvpSessionData {
  broadcastId: number;
  meetingAt: number;
  text: string;
}

/** The share of the Telegram rate a broadcast uses; the rest stays free for replies (which the pacer serves first). */
const TELEGRAM_SHARE = 0.95;

function isIdle(state: unknown): boolean {
  if (state === undefined) return true;
  return typeof state === "object" && state !== null && (state as { flow?: unknown }).flow === MENU_FLOW;
}

export class Broadcaster {
  readonly repo: BroadcastRepo;
  /** Send times, schedules, pause and cancel (src/broadcast/schedule-repo.ts). */
  readonly timing: ScheduleRepo;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly o: BroadcasterOptions) {
    this.repo = new BroadcastRepo(o.store);
    this.timing = new ScheduleRepo(o.store);
    this.now = o.now ?? Date.now;
  }

  private senderName(b: BroadcastRow): string {
    const s = b.senderId === null ? undefined : this.o.store.residents.get(b.senderId);
    return s?.name ?? "LPMK";
  }

  /**
   * Write an outbound row for every queued recipient that has none yet (synchronous: it runs inside the worker's
   * acknowledging transaction). Running it twice queues nothing twice. Returns how many rows it queued.
   */
  fanOut(broadcastId: number): { ok: true; queued: number } | { ok: false; error: string } {
    const { store } = this.o;
    const b = this.repo.get(broadcastId);
    if (!b) return { ok: false, error: `broadcast ${broadcastId} not found` };
    const at = this.now();
    // Paused or cancelled: nothing is handed to delivery (resume fans out again). Not due yet: the job came early.
    const timing = this.timing.timing(broadcastId);
    if (timing && timing.state !== "active") return { ok: true, queued: 0 };
    if (timing?.sendAt != null && timing.sendAt > at) throw new Error(`broadcast ${broadcastId} is not due before ${new Date(timing.sendAt).toISOString()}`);
    const from = this.senderName(b);
    // The message is the same for everyone of one language: render it once per language.
    const rendered = new Map<Lang, { msg: OutboundMessage; fallback: OutboundMessage }>();
    const render = (lang: Lang) => {
      let r = rendered.get(lang);
      if (!r) {
        const t = langT(this.o.t, lang);
        const view = { id: broadcastId, zone: this.o.zone, lang, from };
        const msg = broadcastMessage(t, b.content, view);
        r = { msg: msg.options ? { ...msg, choiceKey: promptKey(`${RSVP_FLOW}.${RSVP_STEP}`, msg) } : msg, fallback: broadcastFallback(t, b.content, view) };
        rendered.set(lang, r);
      }
      return r;
    };
    const perSecond = Math.max(1, this.o.telegramPerSecond ?? 25) * TELEGRAM_SHARE;
    let telegramSeq = 0;
    let queued = 0;
    for (const { residentId } of this.repo.unsentRecipients(broadcastId)) {
      const r = store.residents.get(residentId);
      if (!r || r.consent !== "given") {
        this.repo.markUnreachable(broadcastId, residentId);
        continue;
      }
      if (r.optedOut) {
        this.repo.markSkipped(broadcastId, residentId);
        continue;
      }
      const to = this.repo.reachableAt(residentId);
      if (!to) {
        this.repo.markUnreachable(broadcastId, residentId);
        continue;
      }
      const { msg: invitation, fallback } = render(r.lang);
      let msg = invitation;
      let offer;
      if (b.content.kind === "undangan") {
        if (b.content.at > at && isIdle(store.sessions.get(residentId))) {
          const data: RsvpSessionData = { broadcastId, meetingAt: b.content.at, text: invitation.text };
          const session: SessionState = { v: 1, flow: RSVP_FLOW, flowVersion: RSVP_VERSION, step: RSVP_STEP, data: { ...data }, startedAt: at, updatedAt: at };
          offer = promptOffer(store, residentId, session, fallback);
        } else {
          // Busy in another conversation: do not take it over; the invitation says how to answer later.
          msg = fallback;
        }
      }
      const outboundId = store.outbound.add(to.channel, to.address, msg, "broadcast", at, offer);
      // Telegram sends are spread evenly over time at 95% of TELEGRAM_SENDS_PER_SECOND (row k is due k gaps after
      // the fan-out), so the pacer never holds thousands of waiting sends, and a reply to a resident (which the
      // pacer serves first) finds a free slot. Due a whole second at a time, 0.9 of the rate arrived at once each
      // second and queued in the pacer. WhatsApp has its own pacing gate.
      if (to.channel === "telegram") {
        const delay = Math.floor((telegramSeq++ * 1000) / perSecond);
        if (delay > 0) this.repo.delayOutbound(outboundId, at + delay);
      }
      this.repo.attachOutbound(broadcastId, residentId, outboundId, to.channel);
      queued++;
    }
    this.repo.markFannedOut(broadcastId, at);
    this.o.log.info({ broadcastId, queued }, "broadcast fanned out");
    return { ok: true, queued };
  }

  /**
   * Fire due reminders (checking the meeting's time as it is now, so a reminder never fires after the meeting
   * started) and report finished broadcasts to their senders. Safe to run from several processes.
   */
  tick(): { reminders: number; finished: number } {
    const { store } = this.o;
    const now = this.now();
    let reminders = 0;
    let finished = 0;
    for (const due of this.repo.dueReminders(now)) {
      const sent = store.tx(() => {
        // Checked as the meeting is now: a reminder made for an earlier time, or of a cancelled meeting, never fires.
        const current = this.timing.reminderIsCurrent(due.broadcastId, due.label);
        if (!this.repo.markReminderFired(due.broadcastId, due.label, now) || !current) return 0;
        const b = this.repo.get(due.broadcastId);
        if (!b || b.meetingAt === null || b.meetingAt <= now || b.content.kind !== "undangan") return 0;
        let n = 0;
        for (const id of this.repo.reminderRecipients(b.id)) {
          const r = store.residents.get(id);
          if (!r || r.optedOut || r.consent !== "given") continue;
          const t = langT(this.o.t, r.lang);
          const text = t(due.label === "h-1" ? "umumkan-reminder-h1" : "umumkan-reminder-soon", {
            id: String(b.id),
            title: b.content.title,
            when: whenText(t, b.meetingAt, this.o.zone, r.lang),
            place: b.content.place,
          });
          if (queueForResident(store, id, { text, lang: r.lang }, "broadcast", now)) n++;
        }
        return n;
      });
      if (sent > 0) reminders++;
      this.o.log.info({ broadcastId: due.broadcastId, label: due.label, recipients: sent }, "reminder fired");
    }
    for (const id of this.repo.unfinished()) {
      const done = store.tx(() => {
        this.repo.syncStatuses(id);
        if (this.repo.queuedCount(id) > 0 || !this.repo.markFinished(id, now)) return false;
        const report = this.repo.report(id);
        const b = report?.broadcast;
        if (report && b?.senderId != null) {
          const sender = store.residents.get(b.senderId);
          if (sender && sender.consent === "given") {
            const text = formatReport(langT(this.o.t, sender.lang), report, { short: true });
            queueForResident(store, b.senderId, { text, lang: sender.lang }, "notification", now);
          }
        }
        return true;
      });
      if (done) finished++;
    }
    if (reminders + finished > 0) this.o.onQueued?.();
    return { reminders, finished };
  }

  /** Tick every `intervalMs` (reminders and reports come from rows with due times, so a restart loses none). */
  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      try {
        this.tick();
      } catch (err) {
        this.o.log.error({ err }, "broadcast tick failed");
      }
    }, intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
