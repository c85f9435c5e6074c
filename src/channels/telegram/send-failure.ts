/**
 * Maps a failed Bot API call to a SendResult: blocked/gone chats are permanent, rate limits are a wait
 * (retry-after), other 400s reject the message itself, 5xx and network errors are transient.
 */
import { GrammyError, HttpError } from "grammy";
import type { SendResult } from "../../core/ports.js";

/** 400 descriptions that mean the chat cannot be reached any more. */
const GONE_400 = /chat not found|user not found|peer_id_invalid|user is deactivated|bot was blocked|bot was kicked|have no rights to send|chat_write_forbidden|group chat was deactivated/i;

export type SendFailure = Extract<SendResult, { ok: false }>;

export function sendFailure(err: unknown): SendFailure {
  if (err instanceof GrammyError) {
    const reason = `${err.method}: ${err.error_code} ${err.description}`;
    if (err.error_code === 429) {
      const seconds = err.parameters.retry_after ?? 1;
      return { ok: false, permanent: false, rateLimited: true, reason, retryAfterMs: seconds * 1000 };
    }
    if (err.error_code === 403) return { ok: false, permanent: true, reason };
    if (err.error_code === 400) {
      if (GONE_400.test(err.description)) return { ok: false, permanent: true, reason };
      // "message is too long", "can't parse entities", "BUTTON_DATA_INVALID": sending it again gives the same answer.
      return { ok: false, permanent: false, rejected: true, reason };
    }
    // 5xx and unexpected codes: retry later (the delivery loop backs off and gives up after DELIVERY_GIVE_UP_HOURS).
    return { ok: false, permanent: false, reason };
  }
  if (err instanceof HttpError) return { ok: false, permanent: false, reason: `network: ${err.message}` };
  return { ok: false, permanent: false, reason: err instanceof Error ? err.message : String(err) };
}
