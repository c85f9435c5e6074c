/**
 * The effects of `/dasbor` (flows/dasbor.ts): make a one-time sign-in link and reply with it, or end every
 * dashboard session of the speaker. Both run inside the message's transaction and are audited.
 */
import type { EffectHandlers } from "../../app/effects.js";
import { residentLang } from "../../app/resident-lang.js";
import type { Translate } from "../../i18n/fluent.js";
import { signInUrl } from "./base-url.js";
import { createSignInToken, endAllWebSessions, SIGNIN_TTL_MS } from "./signin-store.js";

/**
 * @example
 * host.registerEffects(dashboardChatEffects({ t: i18n.t, baseUrl: dashboardBaseUrl(config) }));
 */
export function dashboardChatEffects(o: { t: Translate; baseUrl: string; ttlMs?: number }): EffectHandlers {
  const ttlMs = o.ttlMs ?? SIGNIN_TTL_MS;
  return {
    "dashboard.link": {
      apply: (_e, c) => {
        const lang = residentLang(c.store, c.residentId);
        const token = createSignInToken(c.store.db, { residentId: c.residentId, channel: c.channel, address: c.address }, c.now, ttlMs);
        c.store.audit.record(`resident:${c.residentId}`, "dashboard.link", null, undefined, c.now);
        const text = o.t(lang, "dasbor-chat-link", { url: signInUrl(o.baseUrl, token), minutes: Math.round(ttlMs / 60_000) });
        c.store.outbound.add(c.channel, c.address, { text, lang }, "reply", c.now);
      },
    },
    "dashboard.signout": {
      apply: (_e, c) => {
        const lang = residentLang(c.store, c.residentId);
        const count = endAllWebSessions(c.store.db, c.residentId, c.now);
        c.store.audit.record(`resident:${c.residentId}`, "dashboard.signout-all", null, { count }, c.now);
        c.store.outbound.add(c.channel, c.address, { text: o.t(lang, "dasbor-chat-signed-out", { count }), lang }, "reply", c.now);
      },
    },
  };
}
