/** `/status-wa` for LPMK board members: the WhatsApp connection state. It is live state, so an effect handler answers. */
import type { CommandDef } from "../src/engine/types.js";

declare module "../src/engine/types.js" {
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
