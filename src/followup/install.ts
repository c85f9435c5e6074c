/**
 * Wires the follow-up into a running app: the proposal reads the /usulan and /status flows use, the effect handlers
 * of /usulan and the "is it fixed?" answer, and the scheduler that asks the due questions. Call once from the
 * composition root.
 */
import type { ConversationHost } from "../app/conversation-host.js";
import type { Logger } from "../core/logger.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { startAskScheduler } from "./ask-scheduler.js";
import { followupEffects } from "./effects.js";
import { createFollowupReads } from "./reads.js";

export interface InstallFollowupOptions {
  store: Store;
  t: Translate;
  log: Logger;
  host: Pick<ConversationHost, "registerEffects" | "registerReads" | "delivery">;
  delayDays: number;
  configAdmins: string[];
  defaultLang: "id" | "en";
  now?: () => number;
  /** How often due questions are polled (default one minute). */
  pollMs?: number;
}

export interface Followup {
  /** Ask every question due now; returns how many were queued (the timer calls it too). */
  tick(): number;
  stop(): void;
}

export function installFollowup(o: InstallFollowupOptions): Followup {
  o.host.registerReads({ followup: createFollowupReads(o.store) });
  o.host.registerEffects(
    followupEffects({ t: o.t, delayDays: o.delayDays, configAdmins: o.configAdmins, defaultLang: o.defaultLang, flushAll: () => o.host.delivery.flushAll() }),
  );
  return startAskScheduler({
    store: o.store,
    t: o.t,
    now: o.now ?? Date.now,
    everyMs: o.pollMs,
    onQueued: (to) => o.host.delivery.flush(to.channel, to.address),
    onError: (err) => o.log.error({ err }, "follow-up scheduler failed"),
  });
}
