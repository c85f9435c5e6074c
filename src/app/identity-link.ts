/**
 * Effect handlers for /tautkan: issue one-time codes and attach a second channel identity (Telegram <-> WhatsApp)
 * to the resident who issued the code. They run inside the host's transaction and add their own replies,
 * because the outcome depends on the database (the engine itself is pure).
 */
import { randomInt } from "node:crypto";
import type { ChannelName, OutboundMessage } from "../core/messages.js";
import { TICKET_ALPHABET } from "../engine/tickets.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { moveSupporters } from "../aggregator/resident-merge.js";
import { moveRoles } from "../roles/merge.js";
import type { EffectCtx, EffectHandlers } from "./effects.js";
import { residentLang } from "./resident-lang.js";

/** How long a code stays valid. */
export const LINK_CODE_TTL_MS = 15 * 60_000;
/** Characters in a code, from the ticket alphabet: 30^8 (6.6e11) codes. */
export const LINK_CODE_LENGTH = 8;
/**
 * Codes that do not link, allowed per channel address per hour. Counted by a keyed hash of the address, so
 * deleting one's data or starting again as a new resident gives no fresh tries.
 */
export const LINK_MAX_FAILURES_PER_HOUR = 5;
/**
 * Every failed try, from any address, counts against each code alive at the time; a code that has seen this many
 * is withdrawn (its owner makes a new one). So however many addresses try, each code gets at most this many
 * guesses: a chance of 50 / 30^8 (under 1 in 10^10) of hitting it.
 */
export const LINK_MAX_FAILURES_PER_CODE = 50;

export interface IdentityLinkOptions {
  t: Translate;
  /** Send what is pending for an address (the host's `delivery.flush`): used for the notice to the other app. */
  flush?: (channel: ChannelName, address: string) => void;
  /** Code generator (tests); default: 8 crypto-random characters of the ticket alphabet. */
  newCode?: () => string;
}

export const defaultLinkCode = (): string =>
  Array.from({ length: LINK_CODE_LENGTH }, () => TICKET_ALPHABET[randomInt(0, TICKET_ALPHABET.length)]).join("");

function reply(ctx: EffectCtx, msg: OutboundMessage, to?: { channel: ChannelName; address: string }): void {
  ctx.store.outbound.add(to?.channel ?? ctx.channel, to?.address ?? ctx.address, msg, "reply", ctx.now);
}

/** Issue a fresh code for the resident (earlier unused codes of theirs stop working). */
export function issueLinkCode(store: Store, residentId: number, channel: ChannelName, address: string, now: number, newCode = defaultLinkCode): string {
  const db = store.db;
  db.prepare(`DELETE FROM identity_link_codes WHERE resident_id = ? AND used_at IS NULL`).run(residentId);
  db.prepare(`DELETE FROM identity_link_codes WHERE expires_at < ?`).run(now - 24 * 3_600_000);
  const taken = db.prepare(`SELECT 1 FROM identity_link_codes WHERE code = ?`);
  let code = newCode();
  for (let i = 0; taken.get(code) !== undefined; i++) {
    if (i > 50) throw new Error("could not find a free link code");
    code = newCode();
  }
  db.prepare(
    `INSERT INTO identity_link_codes (code, resident_id, channel, address, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(code, residentId, channel, address, now, now + LINK_CODE_TTL_MS);
  return code;
}

/**
 * Every code that does not link gets the same answer ("no-link"), whether it is unknown, expired, used, the
 * resident's own, or another resident's sent from the same app: the answer never tells which codes are valid.
 */
export type LinkOutcome =
  | { ok: true; targetResidentId: number; issuedOn: { channel: ChannelName; address: string } }
  | { ok: false; reason: "no-link" | "too-many-attempts" };

/** Count a failed try for the address and against every live code, and withdraw codes that have seen too many. */
function recordFailure(store: Store, addressKey: string, now: number): void {
  const db = store.db;
  db.prepare(`DELETE FROM identity_link_failures WHERE at < ?`).run(now - 3_600_000);
  db.prepare(`INSERT INTO identity_link_failures (address_key, at) VALUES (?, ?)`).run(addressKey, now);
  db.prepare(`UPDATE identity_link_codes SET failures = failures + 1 WHERE used_at IS NULL AND expires_at > ?`).run(now);
  db.prepare(`DELETE FROM identity_link_codes WHERE used_at IS NULL AND failures >= ?`).run(LINK_MAX_FAILURES_PER_CODE);
}

/**
 * Attach every identity of `sourceResidentId` (the sender, e.g. a new WhatsApp contact with its LID and phone JID)
 * to the resident who issued `code`, and move the sender's aspirations and cluster support there too (one person
 * counts once as a supporter). The sender's own resident row is emptied (its personal data is not kept twice).
 * `from` is the sender's channel address: failures are counted per address, not per resident.
 * Call it inside a transaction (the host's effect transaction): all of this commits or none of it.
 */
export function redeemLinkCode(
  store: Store,
  sourceResidentId: number,
  from: { channel: ChannelName; address: string },
  code: string,
  now: number,
): LinkOutcome {
  const db = store.db;
  const { channel } = from;
  const actor = `resident:${sourceResidentId}`;
  const addressKey = store.addressKey(channel, from.address);
  const failures = (
    db.prepare(`SELECT COUNT(*) AS n FROM identity_link_failures WHERE address_key = ? AND at > ?`).get(addressKey, now - 3_600_000) as { n: number }
  ).n;
  if (failures >= LINK_MAX_FAILURES_PER_HOUR) return { ok: false, reason: "too-many-attempts" };
  const row = db
    .prepare(
      `SELECT c.resident_id, c.channel, c.address FROM identity_link_codes c JOIN residents r ON r.id = c.resident_id
       WHERE c.code = ? AND c.used_at IS NULL AND c.expires_at > ? AND r.deleted_at IS NULL`,
    )
    .get(code, now) as { resident_id: number; channel: ChannelName; address: string } | undefined;
  // A valid code from the same app (the resident's own, or someone else's) answers exactly like a wrong one.
  if (!row || row.resident_id === sourceResidentId || row.channel === channel) {
    recordFailure(store, addressKey, now);
    store.audit.record(actor, "identity.link.failed", null, undefined, now);
    return { ok: false, reason: "no-link" };
  }
  const target = row.resident_id;
  db.prepare(`UPDATE identity_link_codes SET used_at = ? WHERE code = ?`).run(now, code);
  db.prepare(`UPDATE identities SET resident_id = ?, last_seen_at = ? WHERE resident_id = ?`).run(target, now, sourceResidentId);
  // The target consented: the address the code came from is kept in plain (the other forms follow on their next message).
  store.residents.rememberAddress(target, channel, from.address, now);
  db.prepare(`UPDATE aspirations SET resident_id = ? WHERE resident_id = ?`).run(target, sourceResidentId);
  moveSupporters(db, sourceResidentId, target, now);
  moveRoles(store, sourceResidentId, target, now);
  db.prepare(`DELETE FROM identity_link_codes WHERE resident_id = ?`).run(sourceResidentId);
  db.prepare(
    `UPDATE residents SET name = NULL, rw = NULL, rt = NULL, registered_at = NULL, deleted_at = ? WHERE id = ?`,
  ).run(now, sourceResidentId);
  store.audit.record(actor, "identity.link", `resident:${target}`, { channel }, now);
  return { ok: true, targetResidentId: target, issuedOn: { channel: row.channel, address: row.address } };
}

const FAILURE_KEYS = {
  "no-link": "tautkan-code-wrong",
  "too-many-attempts": "tautkan-too-many-attempts",
} as const;

/**
 * The handlers to register on the host.
 *
 * @example
 * host.registerEffects(identityLinkEffects({ t: i18n.t, flush: (c, a) => host.delivery.flush(c, a) }));
 */
export function identityLinkEffects(o: IdentityLinkOptions): EffectHandlers {
  const pendingNotices = new WeakMap<EffectCtx, { channel: ChannelName; address: string }>();
  return {
    "identity.link-code": {
      apply: (_e, ctx) => {
        const lang = residentLang(ctx.store, ctx.residentId);
        const code = issueLinkCode(ctx.store, ctx.residentId, ctx.channel, ctx.address, ctx.now, o.newCode);
        ctx.store.audit.record(`resident:${ctx.residentId}`, "identity.link-code", null, { channel: ctx.channel }, ctx.now);
        reply(ctx, { text: o.t(lang, "tautkan-code-issued", { code, minutes: LINK_CODE_TTL_MS / 60_000 }), lang });
      },
    },
    "identity.link": {
      apply: (e, ctx) => {
        const outcome = redeemLinkCode(ctx.store, ctx.residentId, { channel: ctx.channel, address: ctx.address }, e.code, ctx.now);
        if (!outcome.ok) {
          const lang = residentLang(ctx.store, ctx.residentId);
          reply(ctx, { text: o.t(lang, FAILURE_KEYS[outcome.reason]), lang });
          return;
        }
        const lang = residentLang(ctx.store, outcome.targetResidentId);
        const name = ctx.store.residents.get(outcome.targetResidentId)?.name ?? "";
        reply(ctx, { text: o.t(lang, "tautkan-linked", { name }), lang });
        const channelName = o.t(lang, `tautkan-channel-${ctx.channel}`);
        reply(ctx, { text: o.t(lang, "tautkan-linked-notice", { channel: channelName }), lang }, outcome.issuedOn);
        pendingNotices.set(ctx, outcome.issuedOn);
      },
      after: (_e, ctx) => {
        const to = pendingNotices.get(ctx);
        if (to) o.flush?.(to.channel, to.address);
      },
    },
  };
}
