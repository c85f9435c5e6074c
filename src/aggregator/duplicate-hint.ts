/**
 * The duplicate hint: when a resident's new aspiration joined a cluster other residents raised, tell them
 * ("Usulan serupa sudah disampaikan N warga di RW Bapak/Ibu", locale key dukung-hint) and let them merge it or keep it separate.
 * Not for private categories (see private-categories.ts).
 * Runs inside the ingest transaction, so the hint is written exactly once with the cluster assignment.
 * The hint is a proactive prompt: the resident's session moves to its question only once it has been delivered,
 * and only if the resident did nothing meanwhile (see src/app/prompt-offer.ts); a merge needs an answer to it.
 */
import { queueForResident } from "../app/notify.js";
import { promptOffer } from "../app/prompt-offer.js";
import { promptKey } from "../engine/prompt-key.js";
import type { ChannelName } from "../core/messages.js";
import { MENU_FLOW } from "../engine/engine.js";
import type { SessionState } from "../engine/types.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { DUKUNG_FLOW, DUKUNG_JOIN_STEP, DUKUNG_VERSION, joinOptions, joinStepData, proposalTitle } from "../../flows/dukung.js";
import type { LikelyDuplicate } from "./aggregator.js";
import { isPrivateCategory } from "./private-categories.js";

export interface DuplicateHintOptions {
  store: Store;
  t: Translate;
  now?: () => number;
  /** Called after the ingest commits with the address a hint was queued for (e.g. flush the delivery loop). */
  onQueued?: (to: { channel: ChannelName; address: string }) => void;
}

function isIdle(state: unknown): boolean {
  if (state === undefined) return true;
  return typeof state === "object" && state !== null && (state as { flow?: unknown }).flow === MENU_FLOW;
}

/** Returns the `onLikelyDuplicate` hook for createAggregator; the hook returns a callback to run after the commit. */
export function createDuplicateHint(o: DuplicateHintOptions): (d: LikelyDuplicate) => (() => void) | undefined {
  const now = o.now ?? Date.now;
  const q = {
    own: o.store.db.prepare(`SELECT ticket, confidential FROM aspirations WHERE id = ?`),
    rep: o.store.db.prepare(
      `SELECT a.location_text, c.category, c.rw FROM clusters c JOIN aspirations a ON a.id = c.representative_aspiration_id WHERE c.id = ?`,
    ),
  };
  return (d) => {
    const resident = o.store.residents.get(d.residentId);
    const own = q.own.get(d.aspirationId) as { ticket: string; confidential: number } | undefined;
    const rep = q.rep.get(d.clusterId) as { location_text: string | null; category: string; rw: number } | undefined;
    // Never for a private category (the aspiration stays clustered); otherwise the hint names the category and
    // place only, never another resident's words.
    if (!resident || !own || !rep || isPrivateCategory(rep.category)) return undefined;
    // A rahasia aspiration is for the LPMK only: never a hint (the aggregator does not cluster it either).
    if (own.confidential === 1) return undefined;
    const lang = resident.lang;
    const t = (key: string, args?: Parameters<Translate>[2]) => o.t(lang, key, args);
    const title = proposalTitle(t, { category: rep.category, locationText: rep.location_text, rw: rep.rw });
    const data = joinStepData({ aspirationId: d.aspirationId, ticket: own.ticket, title, others: d.similarCount });
    const text = t("dukung-hint", { count: data.supporters, title: data.title, ticket: data.ticket });
    const at = now();
    const state = o.store.sessions.get(d.residentId);
    let to;
    const later = `${text}\n${t("dukung-hint-later", { ticket: own.ticket })}`;
    if (isIdle(state)) {
      // Once delivered, a button press or "1"/"2" answers the hint; until then the resident is still at the menu.
      const session: SessionState = {
        v: 1,
        flow: DUKUNG_FLOW,
        flowVersion: DUKUNG_VERSION,
        step: DUKUNG_JOIN_STEP,
        data,
        startedAt: at,
        updatedAt: at,
      };
      const options = joinOptions(t).map(({ value, label }) => ({ value, label }));
      const choiceKey = promptKey(`${DUKUNG_FLOW}.${DUKUNG_JOIN_STEP}`, { text, options });
      const offer = promptOffer(o.store, d.residentId, session, { text: later, lang });
      to = queueForResident(o.store, d.residentId, { text, lang, options, choiceKey }, "notification", at, offer);
    } else {
      // The resident is busy in another flow: do not interrupt it; tell them how to answer later.
      to = queueForResident(o.store, d.residentId, { text: later, lang }, "notification", at);
    }
    if (!to || !o.onQueued) return undefined;
    const target = { channel: to.channel, address: to.address };
    return () => o.onQueued?.(target);
  };
}
