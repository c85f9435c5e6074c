/**
 * Answers `/status-wa` (flows/status-wa.ts): formats the WhatsApp channel's live status in the admin's language.
 * The status itself comes from the channel (`WhatsAppChannel.status()`); this module only words it.
 */
import type { Lang } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import type { WhatsAppChannel } from "../channels/whatsapp/channel.js";
import type { EffectHandlers } from "./effects.js";
import { residentLang } from "./resident-lang.js";

/** What the answer needs from the channel: its live status. */
export type WhatsAppStatusSource = Pick<WhatsAppChannel, "status">;

/** Format the status in the admin's language. */
export function formatWhatsAppStatus(t: Translate, lang: Lang, source: WhatsAppStatusSource | undefined): string {
  if (!source) return t(lang, "whatsapp-status-unavailable");
  const s = source.status();
  const lines = [
    t(lang, "whatsapp-status", {
      state: t(lang, `whatsapp-state-${s.state}`),
      since: new Date(s.since),
      paced: s.pacedLastHour,
      cap: s.hourlyCap,
    }),
  ];
  if (s.me) lines.push(t(lang, "whatsapp-status-me", { me: s.me }));
  if (s.state !== "open" && s.lastCode !== undefined) lines.push(t(lang, "whatsapp-status-retry", { code: s.lastCode, attempt: s.attempt }));
  return lines.join("\n");
}

/**
 * Register on the host (also when WhatsApp is disabled, so the command says so).
 *
 * @example
 * host.registerEffects(whatsAppStatusEffects({ t: i18n.t, channel: waChannel }));
 */
export function whatsAppStatusEffects(o: { t: Translate; channel?: WhatsAppStatusSource }): EffectHandlers {
  return {
    "whatsapp.status": {
      apply: (_e, ctx) => {
        const lang = residentLang(ctx.store, ctx.residentId);
        ctx.store.outbound.add(ctx.channel, ctx.address, { text: formatWhatsAppStatus(o.t, lang, o.channel), lang }, "reply", ctx.now);
      },
    },
  };
}
