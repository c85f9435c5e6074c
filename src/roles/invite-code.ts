/**
 * Invite codes like RT-4K7Q-9M2X: a role prefix and eight characters of the ticket alphabet (no 0/O, 1/I/L, U),
 * easy to read aloud. Only the SHA-256 of the canonical form is stored.
 */
import { createHash, randomInt } from "node:crypto";
import type { RoleName } from "../core/roles.js";
import { TICKET_ALPHABET } from "../engine/tickets.js";

/** The prefix of each role's codes: it tells the reader at a glance what the code is for. */
export const INVITE_PREFIX: Record<RoleName, string> = {
  ketua_rt: "RT",
  ketua_rw: "RW",
  pengurus_lpmk: "LPMK",
  ketua_pokmas: "PKM",
  kader: "KDR",
  admin: "ADM",
};

const PREFIXES = new Set(Object.values(INVITE_PREFIX));
const BODY = new RegExp(`^[${TICKET_ALPHABET}]{8}$`);

/**
 * A new code from the operating system's random source (not the engine's injectable one: ticket numbers show
 * that one's output to everybody).
 *
 * @example
 * newInviteCode("ketua_rt") // "RT-4K7Q-9M2X"
 */
export function newInviteCode(role: RoleName): string {
  let body = "";
  for (let i = 0; i < 8; i++) body += TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)];
  return `${INVITE_PREFIX[role]}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** Read a code as typed ("rt 4k7q 9m2x", "RT-4K7Q-9M2X", "rt4k7q9m2x"): its canonical form, or null. */
export function parseInviteCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s._-]+/g, "");
  if (s.length < 10 || s.length > 12) return null;
  const prefix = s.slice(0, -8);
  const body = s.slice(-8);
  if (!PREFIXES.has(prefix) || !BODY.test(body)) return null;
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** What is stored for a code: never the code itself. */
export function hashInviteCode(canonical: string): string {
  return createHash("sha256").update(`rembug-invite\u0000${canonical}`).digest("hex");
}
