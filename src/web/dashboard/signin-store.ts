/**
 * One-time sign-in links and browser sessions of the dashboard (migration 026). Tokens are random 32 bytes, handed
 * out once and stored only as their SHA-256 hash; a link works once, within its lifetime.
 */
import { createHash, randomBytes } from "node:crypto";
import type { ChannelName } from "../../core/messages.js";
import type { Db } from "../../store/db.js";

export const SIGNIN_TTL_MS = 10 * 60_000;

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");
const newToken = (): string => randomBytes(32).toString("base64url");

export interface SignInIdentity {
  residentId: number;
  channel: ChannelName;
  address: string;
}

export interface WebSession extends SignInIdentity {
  idHash: string;
  lang: string | null;
  expiresAt: number;
}

export type RedeemResult = { ok: true; identity: SignInIdentity } | { ok: false; reason: "unknown" | "used" | "expired" };

/** Create a sign-in token for the person asking in chat; returns the token itself (only the hash is kept). */
export function createSignInToken(db: Db, who: SignInIdentity, now: number, ttlMs = SIGNIN_TTL_MS): string {
  const token = newToken();
  db.prepare(`INSERT INTO web_signin_tokens (token_hash, resident_id, channel, address, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    hashToken(token),
    who.residentId,
    who.channel,
    who.address,
    now,
    now + ttlMs,
  );
  return token;
}

/** Use a token: it is marked used in the same statement that checks it, so two tabs cannot both redeem it. */
export function redeemSignInToken(db: Db, token: string, now: number): RedeemResult {
  const h = hashToken(token);
  const used = db
    .prepare(`UPDATE web_signin_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING resident_id, channel, address`)
    .get(now, h, now) as { resident_id: number; channel: ChannelName; address: string } | undefined;
  if (used) return { ok: true, identity: { residentId: used.resident_id, channel: used.channel, address: used.address } };
  const row = db.prepare(`SELECT used_at, expires_at FROM web_signin_tokens WHERE token_hash = ?`).get(h) as { used_at: number | null; expires_at: number } | undefined;
  if (!row) return { ok: false, reason: "unknown" };
  return { ok: false, reason: row.used_at !== null ? "used" : "expired" };
}

/** Whether a token could still be redeemed (the sign-in page shows its button only then). */
export function signInTokenState(db: Db, token: string, now: number): "ok" | "unknown" | "used" | "expired" {
  const row = db.prepare(`SELECT used_at, expires_at FROM web_signin_tokens WHERE token_hash = ?`).get(hashToken(token)) as
    | { used_at: number | null; expires_at: number }
    | undefined;
  if (!row) return "unknown";
  if (row.used_at !== null) return "used";
  return row.expires_at > now ? "ok" : "expired";
}

/** Start a session; returns the cookie value. */
export function createWebSession(db: Db, who: SignInIdentity, now: number, ttlMs: number): string {
  const id = newToken();
  db.prepare(`INSERT INTO web_sessions (id_hash, resident_id, channel, address, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    hashToken(id),
    who.residentId,
    who.channel,
    who.address,
    now,
    now + ttlMs,
  );
  return id;
}

/** The live session behind a cookie value, if any. */
export function webSessionOf(db: Db, cookie: string, now: number): WebSession | undefined {
  const row = db
    .prepare(`SELECT id_hash, resident_id, channel, address, lang, expires_at FROM web_sessions WHERE id_hash = ? AND ended_at IS NULL AND expires_at > ?`)
    .get(hashToken(cookie), now) as { id_hash: string; resident_id: number; channel: ChannelName; address: string; lang: string | null; expires_at: number } | undefined;
  return row && { idHash: row.id_hash, residentId: row.resident_id, channel: row.channel, address: row.address, lang: row.lang, expiresAt: row.expires_at };
}

export function setWebSessionLang(db: Db, idHash: string, lang: string): void {
  db.prepare(`UPDATE web_sessions SET lang = ? WHERE id_hash = ?`).run(lang, idHash);
}

export function endWebSession(db: Db, idHash: string, now: number): void {
  db.prepare(`UPDATE web_sessions SET ended_at = ? WHERE id_hash = ? AND ended_at IS NULL`).run(now, idHash);
}

/** `/dasbor keluar`: end every session of the person; returns how many were open. */
export function endAllWebSessions(db: Db, residentId: number, now: number): number {
  return db.prepare(`UPDATE web_sessions SET ended_at = ? WHERE resident_id = ? AND ended_at IS NULL AND expires_at > ?`).run(now, residentId, now).changes;
}
