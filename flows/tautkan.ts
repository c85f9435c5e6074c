/**
 * /tautkan: link one person's Telegram and WhatsApp identities with a one-time code, so they are one resident
 * and notifications reach them where they last spoke. Codes are checked and identities merged by the
 * `identity.link-code` / `identity.link` effect handlers in src/app/identity-link.ts (they need the database),
 * which also send the answer.
 */
import { TICKET_ALPHABET } from "../src/engine/tickets.js";
import type { FlowDef, Transition } from "../src/engine/types.js";

declare module "../src/engine/types.js" {
  interface EffectMap {
    /** Issue a one-time code for the current resident and tell them (the handler replies with the code). */
    "identity.link-code": Record<never, never>;
    /** Attach the sender's identity to the resident who issued `code` (the handler replies with the outcome). */
    "identity.link": { code: string };
  }
}

const LINK_CODE_CHARS = 8;

/**
 * Eight characters of the ticket alphabet (no 0/O, 1/I/L, U), as issued; lower case, spaces and dashes are
 * tolerated ("7k3q m9xa", "7K3Q-M9XA").
 */
export function parseLinkCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/[\s-]/g, "");
  return code.length === LINK_CODE_CHARS && [...code].every((ch) => TICKET_ALPHABET.includes(ch)) ? code : null;
}

const redeem = (code: string): Transition => ({ effects: [{ type: "identity.link", code }], end: { showMenu: false } });
const issue = (): Transition => ({ effects: [{ type: "identity.link-code" }], end: { showMenu: false } });

export const tautkan: FlowDef = {
  id: "tautkan",
  version: 1,
  start: "choose",
  commands: ["tautkan"],
  // A new WhatsApp contact can redeem a code before registering: that is the point of linking.
  requiresRegistration: false,
  onStart(c, arg) {
    if (arg) {
      const code = parseLinkCode(arg);
      if (code) return redeem(code);
      return { say: [{ text: c.t("tautkan-code-format") }], end: { showMenu: c.resident.registered } };
    }
    if (!c.resident.registered) return { say: [{ text: c.t("tautkan-how-to") }], end: { showMenu: false } };
    return undefined;
  },
  steps: {
    choose: {
      kind: "choice",
      prompt: (c) => c.t("tautkan-prompt"),
      options: (c) => [
        { value: "create", label: c.t("tautkan-option-create"), aliases: c.words("tautkan-option-create-aliases") },
        { value: "redeem", label: c.t("tautkan-option-redeem"), aliases: c.words("tautkan-option-redeem-aliases") },
      ],
      onChoose: (value) => (value === "create" ? issue() : { goto: "code" }),
    },
    code: {
      kind: "text",
      min: 1,
      max: 40,
      prompt: (c) => c.t("tautkan-ask-code"),
      onText(text, c) {
        const code = parseLinkCode(text);
        return code ? redeem(code) : { invalid: c.t("tautkan-code-format") };
      },
    },
  },
};
