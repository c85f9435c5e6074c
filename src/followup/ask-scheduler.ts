/**
 * "Is it fixed?": the questions due after a proposal became `selesai` are sent once each, as proactive prompts
 * (the session moves to the question only once delivered and only if the resident did nothing meanwhile).
 * Due rows are polled from SQLite, so a restart loses nothing; a row is marked asked in the same transaction as its
 * outbound message, so nobody is asked twice, and nobody who did not answer is asked again.
 */
import type { ChannelName } from "../core/messages.js";
import { queueForResident } from "../app/notify.js";
import { promptOffer } from "../app/prompt-offer.js";
import { MENU_FLOW } from "../engine/engine.js";
import { promptKey } from "../engine/prompt-key.js";
import type { SessionState } from "../engine/types.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { BERES_FLOW, BERES_STEP, BERES_VERSION, beresOptions } from "../../flows/usulan.js";

function isIdle(state: unknown): boolean {
  if (state === undefined) return true;
  return typeof state === "object" && state !== null && (state as { flow?: unknown }).flow === MENU_FLOW;
}

/** Send every question due at `now`. Returns the addresses queued (to flush the delivery loop). */
export function askDue(store: Store, t: Translate, now: number): Array<{ channel: ChannelName; address: string }> {
  const due = store.db
    .prepare(
      `SELECT f.id, f.resident_id, a.ticket, a.status FROM followup_asks f JOIN aspirations a ON a.id = f.aspiration_id
        WHERE f.asked_at IS NULL AND f.due_at <= ? ORDER BY f.due_at, f.id LIMIT 200`,
    )
    .all(now) as Array<{ id: number; resident_id: number | null; ticket: string; status: string }>;
  const mark = store.db.prepare(`UPDATE followup_asks SET asked_at = ? WHERE id = ?`);
  const queued: Array<{ channel: ChannelName; address: string }> = [];
  store.db.transaction(() => {
    for (const row of due) {
      mark.run(now, row.id);
      const resident = row.resident_id === null ? undefined : store.residents.get(row.resident_id);
      // Reopened meanwhile (someone said "belum"), or the person is gone: the question is dropped, not delayed.
      if (row.status !== "selesai" || !resident || resident.consent !== "given") continue;
      const lang = resident.lang;
      const tt = (key: string, args?: Parameters<Translate>[2]) => t(lang, key, args);
      const text = tt("beres-question", { ticket: row.ticket });
      const later = `${text}\n${tt("beres-later", { ticket: row.ticket })}`;
      const state = store.sessions.get(resident.id);
      let to;
      if (isIdle(state)) {
        const session: SessionState = {
          v: 1,
          flow: BERES_FLOW,
          flowVersion: BERES_VERSION,
          step: BERES_STEP,
          data: { askId: row.id, ticket: row.ticket },
          startedAt: now,
          updatedAt: now,
        };
        const options = beresOptions(tt).map(({ value, label }) => ({ value, label }));
        const choiceKey = promptKey(`${BERES_FLOW}.${BERES_STEP}`, { text, options });
        const offer = promptOffer(store, resident.id, session, { text: later, lang });
        to = queueForResident(store, resident.id, { text, lang, options, choiceKey }, "notification", now, offer);
      } else {
        to = queueForResident(store, resident.id, { text: later, lang }, "notification", now);
      }
      if (to) queued.push({ channel: to.channel, address: to.address });
    }
  })();
  return queued;
}

/** Poll for due questions every `everyMs` (and once at start). `stop()` ends it. */
export function startAskScheduler(o: {
  store: Store;
  t: Translate;
  now: () => number;
  everyMs?: number;
  onQueued?: (to: { channel: ChannelName; address: string }) => void;
  onError?: (err: unknown) => void;
}): { tick(): number; stop(): void } {
  const tick = () => {
    // A closed database (the app stopped) ends the polling quietly.
    if (!o.store.db.open) return 0;
    try {
      const queued = askDue(o.store, o.t, o.now());
      for (const q of queued) o.onQueued?.(q);
      return queued.length;
    } catch (err) {
      o.onError?.(err);
      return 0;
    }
  };
  tick();
  const timer = setInterval(tick, o.everyMs ?? 60_000);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
