/** Maps a failed Bot API call to a SendResult: blocked/gone chats are permanent, rate limits carry retry-after, the rest is transient. */
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
      return { ok: false, permanent: false, reason, retryAfterMs: seconds * 1000 };
    }
    if (err.error_code === 403) return { ok: false, permanent: true, reason };
    if (err.error_code === 400 && GONE_400.test(err.description)) return { ok: false, permanent: true, reason };
    // 5xx and unexpected 4xx: retry later (the delivery loop gives up after its attempt limit).
    return { ok: false, permanent: false, reason };
  }
  if (err instanceof HttpError) return { ok: false, permanent: false, reason: `network: ${err.message}` };
  return { ok: false, permanent: false, reason: err instanceof Error ? err.message : String(err) };
}
