/** The /kode lockout: more than 5 wrong codes within an hour locks the person out of /kode for an hour. */

export const LOCKOUT = { maxWrong: 5, windowMs: 3_600_000, lockMs: 3_600_000 } as const;

/**
 * Until when the person is locked out, given the times of their wrong codes (oldest first), or undefined.
 * A lock starts at the wrong code that made more than `maxWrong` within `windowMs`.
 *
 * @example
 * lockedUntil([t, t + 1, t + 2, t + 3, t + 4, t + 5], t + 10) // t + 5 + 3_600_000
 */
export function lockedUntil(failures: readonly number[], now: number, o: { maxWrong: number; windowMs: number; lockMs: number } = LOCKOUT): number | undefined {
  let until: number | undefined;
  for (let i = o.maxWrong; i < failures.length; i++) {
    if (failures[i]! - failures[i - o.maxWrong]! < o.windowMs) until = Math.max(until ?? 0, failures[i]! + o.lockMs);
  }
  return until !== undefined && until > now ? until : undefined;
}

/** How far back the wrong codes matter for the lock at `now`. */
export const lockoutLookback = (o = LOCKOUT): number => o.windowMs + o.lockMs;
