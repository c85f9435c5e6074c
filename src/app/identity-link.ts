/**
 * Effect handlers for /tautkan: issue one-time codes and attach a second channel identity (Telegram <-> WhatsApp)
 * to the resident who issued the code. They run inside the host's transaction and add their own replies,
 * because the outcome depends on the database (the engine itself is pure).
 */
import { randomInt } from "node:crypto";
import type { ChannelName, OutboundMessage } from "../core/messages.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import { moveSupporters } from "../aggregator/resident-merge.js";
import type { EffectCtx, EffectHandlers } from "./effects.js";
import { residentLang } from "./resident-lang.js";

/** How long a code stays valid. */
export const LINK_CODE_TTL_MS = 15 * 60_000;
/** Wrong codes allowed per resident per hour (6-digit codes must not be guessable by trying). */
export const LINK_MAX_FAILURES_PER_HOUR = 5;

export interface IdentityLinkOptions {
  t: Translate;
  /** Send what is pending for an address (the host's `delivery.flush`): used for the notice to the other app. */
  flush?: (channel: ChannelName, address: string) => void;
  /** Code generator (tests); default: crypto-random 6 digits. */
  newCode?: () => string;
}

const defaultCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, "0");

function reply(ctx: EffectCtx, msg: OutboundMessage, to?: { channel: ChannelName; address: string }): void {
  ctx.store.outbound.add(to?.channel ?? ctx.channel, to?.address ?? ctx.address, msg, "reply", ctx.now);
}

/** Issue a fresh code for the resident (earlier unused codes of theirs stop working). */
export function issueLinkCode(store: Store, residentId: number, channel: ChannelName, address: string, now: number, newCode = defaultCode): string {
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

export type LinkOutcome =
  | { ok: true; targetResidentId: number; issuedOn: { channel: ChannelName; address: string } }
  | { ok: false; reason: "wrong-code" | "same-account" | "same-channel" | "too-many-attempts" };

/**
 * Attach every identity of `sourceResidentId` (the sender, e.g. a new WhatsApp contact with its LID and phone JID)
 * to the resident who issued `code`, and move the sender's aspirations and cluster support there too (one person
 * counts once as a supporter). The sender's own resident row is emptied (its personal data is not kept twice).
 * Call it inside a transaction (the host's effect transaction): all of this commits or none of it.
 */
export function redeemLinkCode(store: Store, sourceResidentId: number, channel: ChannelName, code: string, now: number): LinkOutcome {
  const db = store.db;
  const actor = `resident:${sourceResidentId}`;
  const failures = (
    db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE actor = ? AND action = 'identity.link.failed' AND at > ?`).get(actor, now - 3_600_000) as {
      n: number;
    }
  ).n;
  if (failures >= LINK_MAX_FAILURES_PER_HOUR) return { ok: false, reason: "too-many-attempts" };
  const row = db
    .prepare(
      `SELECT c.resident_id, c.channel, c.address FROM identity_link_codes c JOIN residents r ON r.id = c.resident_id
       WHERE c.code = ? AND c.used_at IS NULL AND c.expires_at > ? AND r.deleted_at IS NULL`,
    )
    .get(code, now) as { resident_id: number; channel: ChannelName; address: string } | undefined;
  if (!row) {
    store.audit.record(actor, "identity.link.failed", null, undefined, now);
    return { ok: false, reason: "wrong-code" };
  }
  if (row.resident_id === sourceResidentId) return { ok: false, reason: "same-account" };
  if (row.channel === channel) return { ok: false, reason: "same-channel" };
  const target = row.resident_id;
  db.prepare(`UPDATE identity_link_codes SET used_at = ? WHERE code = ?`).run(now, code);
  db.prepare(`UPDATE identities SET resident_id = ?, last_seen_at = ? WHERE resident_id = ?`).run(target, now, sourceResidentId);
  db.prepare(`UPDATE aspirations SET resident_id = ? WHERE resident_id = ?`).run(target, sourceResidentId);
  moveSupporters(db, sourceResidentId, target, now);
  db.prepare(`DELETE FROM identity_link_codes WHERE resident_id = ?`).run(sourceResidentId);
  db.prepare(
    `UPDATE residents SET name = NULL, rw = NULL, rt = NULL, registered_at = NULL, deleted_at = ? WHERE id = ?`,
  ).run(now, sourceResidentId);
  store.audit.record(actor, "identity.link", `resident:${target}`, { channel }, now);
  return { ok: true, targetResidentId: target, issuedOn: { channel: row.channel, address: row.address } };
}

const FAILURE_KEYS = {
  "wrong-code": "tautkan-code-wrong",
  "same-account": "tautkan-same-account",
  "same-channel": "tautkan-same-channel",
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
        const outcome = redeemLinkCode(ctx.store, ctx.residentId, ctx.channel, e.code, ctx.now);
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
