/**
 * Keyed hashes of channel addresses (HMAC-SHA256 with a secret kept next to the database, `address.key`, mode 0600),
 * so the bot can remember a refusal, or count failed /tautkan tries, without storing the chat id or phone number.
 * The secret never leaves DATA_DIR: without it the hash of a phone number cannot be recomputed by trying numbers.
 */
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Stored form of a hashed address: never a valid chat id or JID, so it cannot collide with a real one. */
export const HASHED_PREFIX = "h:";

/** How many addresses' hashes are remembered (the map is emptied when full). */
const RECENT_KEYS = 10_000;

export type AddressKey = (channel: string, address: string) => string;

/** Load the secret of `dbFile` (created on first use); ":memory:" databases get a throwaway secret. */
export function loadAddressKey(dbFile: string): AddressKey {
  let secret: Buffer;
  if (dbFile === ":memory:") secret = randomBytes(32);
  else {
    const file = path.join(path.dirname(path.resolve(dbFile)), "address.key");
    if (!existsSync(file)) {
      try {
        writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
      } catch (err) {
        // Another process created it first: use theirs.
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
    }
    secret = Buffer.from(readFileSync(file, "utf8").trim(), "hex");
    if (secret.length < 16) throw new Error(`${file} does not hold a usable secret`);
  }
  // Every message from a known address asks for its hash (to find the resident, and to check that no row in the other
  // form is left): remembered for the most recent addresses. Memory only; the secret is needed to recompute them anyway.
  const recent = new Map<string, string>();
  return (channel, address) => {
    const input = `${channel}\u0000${address}`;
    let hashed = recent.get(input);
    if (hashed === undefined) {
      hashed = HASHED_PREFIX + createHmac("sha256", secret).update(input).digest("base64url");
      if (recent.size >= RECENT_KEYS) recent.clear();
      recent.set(input, hashed);
    }
    return hashed;
  };
}
