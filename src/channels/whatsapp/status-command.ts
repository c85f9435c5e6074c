/** `/status-wa` for LPMK board members: the WhatsApp connection state, answered by an effect handler (it is live state). */
import type { CommandDef } from "../../engine/types.js";
import type { EffectHandlers } from "../../app/effects.js";
import type { Translate } from "../../i18n/fluent.js";
import type { WhatsAppChannel } from "./channel.js";

declare module "../../engine/types.js" {
  interface EffectMap {
    /** Reply with the WhatsApp connection status (live state, so the handler writes the reply). */
    "whatsapp.status": Record<never, never>;
  }
}

export const statusWaCommand: CommandDef = {
  names: ["status-wa", "statuswa"],
  roles: ["lpmk"],
  run: () => ({ effects: [{ type: "whatsapp.status" }], end: { showMenu: false } }),
};

/** Format the status in the admin's language. */
export function formatWhatsAppStatus(t: Translate, lang: "id" | "en", channel: WhatsAppChannel | undefined): string {
  if (!channel) return t(lang, "whatsapp-status-unavailable");
  const s = channel.status();
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
export function whatsAppStatusEffects(o: { t: Translate; channel?: WhatsAppChannel }): EffectHandlers {
  return {
    "whatsapp.status": {
      apply: (_e, ctx) => {
        const lang = ctx.store.residents.get(ctx.residentId)?.lang ?? "id";
        ctx.store.outbound.add(ctx.channel, ctx.address, { text: formatWhatsAppStatus(o.t, lang, o.channel), lang }, "reply", ctx.now);
      },
    },
  };
}
