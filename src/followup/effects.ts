/** Effect handlers of the follow-up flows: move proposals (/usulan) and take a resident's "is it fixed?" answer. */
import type { EffectHandlers } from "../app/effects.js";
import type { ChannelName } from "../core/messages.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { queueForResident } from "../app/notify.js";
import { applyMoves, moveProposals, planMove } from "./move.js";
import "./engine-types.js";

export interface FollowupEffectsOptions {
  t: Translate;
  delayDays: number;
  /** The LPMK_ADMINS entries (`telegram:123`), told when a resident reopens a proposal. */
  configAdmins: string[];
  defaultLang: "id" | "en";
  flushAll: () => void;
}

/**
 * Tell the LPMK (admins and pengurus LPMK, stored or configured) through the outbox. `text` gets whether the
 * recipient is an LPMK admin: only admins may learn who is behind a rahasia aspiration.
 */
export function tellLpmk(
  store: Store,
  o: Pick<FollowupEffectsOptions, "configAdmins" | "defaultLang">,
  text: (lang: "id" | "en", admin: boolean) => string,
  now: number,
): number {
  const told = new Set<string>();
  let n = 0;
  for (const role of ["admin", "pengurus_lpmk"] as const) {
    for (const g of store.roles.holdersOf(role, {})) {
      if (told.has(`r:${g.residentId}`)) continue;
      told.add(`r:${g.residentId}`);
      const lang = store.residents.get(g.residentId)?.lang ?? o.defaultLang;
      const to = queueForResident(store, g.residentId, { text: text(lang, role === "admin"), lang }, "notification", now);
      if (to) {
        told.add(`${to.channel}:${to.address}`.toLowerCase());
        n++;
      }
    }
  }
  for (const entry of o.configAdmins) {
    const i = entry.indexOf(":");
    const channel = entry.slice(0, i).toLowerCase() as ChannelName;
    const address = entry.slice(i + 1);
    if (told.has(`${channel}:${address}`.toLowerCase())) continue;
    told.add(`${channel}:${address}`.toLowerCase());
    const lang = store.residents.findByIdentity(channel, address)?.lang ?? o.defaultLang;
    store.outbound.add(channel, address, { text: text(lang, true), lang }, "notification", now);
    n++;
  }
  return n;
}

export function followupEffects(o: FollowupEffectsOptions): EffectHandlers {
  return {
    "usulan.move": {
      apply: (e, c) => {
        const r = moveProposals({ store: c.store, t: o.t, actor: `resident:${c.residentId}`, mayForce: e.mayForce, now: c.now, delayDays: o.delayDays }, e.requests);
        if (!r.ok) c.log.warn({ errors: r.errors }, "usulan move refused at apply");
      },
      after: () => o.flushAll(),
    },
    "followup.answer": {
      apply: (e, c) => {
        const ask = c.store.db
          .prepare(
            `SELECT f.id, f.aspiration_id, f.answered_at, a.ticket, a.status, a.rw, a.confidential FROM followup_asks f JOIN aspirations a ON a.id = f.aspiration_id
              WHERE f.id = ? AND f.resident_id = ?`,
          )
          .get(e.askId, c.residentId) as
          | { id: number; aspiration_id: number; answered_at: number | null; ticket: string; status: string; rw: number; confidential: number }
          | undefined;
        if (!ask || ask.answered_at !== null) return;
        c.store.db
          .prepare(`UPDATE followup_asks SET answered_at = ?, answer = ?, comment = ?, photo_path = ? WHERE id = ?`)
          .run(c.now, e.answer, e.comment, e.photoPath, ask.id);
        c.store.audit.record(`resident:${c.residentId}`, "followup.answer", `ticket:${ask.ticket}`, { answer: e.answer }, c.now);
        if (e.answer === "sudah" || ask.status !== "selesai") return;
        // "Belum" / "Sebagian" from anyone reopens it; the history names who said so.
        const plan = planMove(c.store, { ticket: ask.ticket, to: "dikerjakan", reason: null }, false);
        if (!plan.ok) return;
        applyMoves({ store: c.store, t: o.t, actor: `resident:${c.residentId}`, mayForce: false, now: c.now, delayDays: o.delayDays }, [plan.move]);
        c.store.audit.record(`resident:${c.residentId}`, "followup.reopen", `ticket:${ask.ticket}`, { answer: e.answer }, c.now);
        const name = c.store.residents.get(c.residentId)?.name ?? "-";
        tellLpmk(
          c.store,
          o,
          (lang, admin) =>
            o.t(lang, "beres-lpmk-report", {
              ticket: ask.ticket,
              // A rahasia reporter's identity is for LPMK admins only.
              name: ask.confidential === 1 && !admin ? o.t(lang, "beres-lpmk-someone") : name,
              answer: o.t(lang, `beres-${e.answer}`),
              comment: e.comment ?? "-",
              photo: o.t(lang, e.photoPath ? "aspirasi-summary-photo-yes" : "aspirasi-summary-photo-no"),
            }),
          c.now,
        );
      },
      after: () => o.flushAll(),
    },
  };
}
