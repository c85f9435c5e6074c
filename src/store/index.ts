/** The store: one SQLite database and its repositories. */
import { AspirationRepo } from "./aspirations.js";
import { loadAddressKey, type AddressKey } from "./address-key.js";
import { AuditLog } from "./audit.js";
import { CycleRepo } from "./cycles.js";
import { retryBusy, type BusyRetryOptions } from "./busy.js";
import { openDb, type Db } from "./db.js";
import { InboundJournal } from "./inbound.js";
import { InviteRepo } from "./invites.js";
import { OutboundRepo } from "./outbound.js";
import { ResidentRepo } from "./residents.js";
import { RoleRepo } from "./roles.js";
import { SessionRepo } from "./sessions.js";

export interface Store {
  db: Db;
  residents: ResidentRepo;
  roles: RoleRepo;
  /** One-time role invites (codes stored hashed) and the wrong-code counts of /kode. */
  invites: InviteRepo;
  sessions: SessionRepo;
  aspirations: AspirationRepo;
  inbound: InboundJournal;
  outbound: OutboundRepo;
  audit: AuditLog;
  cycles: CycleRepo;
  /** Keyed hash of an address (for people who have not consented, and failure counters). */
  addressKey: AddressKey;
  /** Run `fn` in one IMMEDIATE transaction. */
  tx<T>(fn: () => T): T;
  /**
   * Run `fn` in one IMMEDIATE transaction; while another connection holds the write lock, wait with short
   * SQLite busy waits and async pauses (the event loop keeps serving other chats) instead of one long freeze.
   * Rejects with the SQLITE_BUSY error when the lock is still held after `maxWaitMs`.
   */
  busyTx<T>(fn: () => T, o?: BusyRetryOptions): Promise<T>;
  close(): void;
}

/** SQLite's own (blocking) busy wait inside `busyTx`; the rest of the wait is async. */
const SHORT_BUSY_MS = 50;

/**
 * Runs `fn` with SQLite's busy_timeout set to `SHORT_BUSY_MS`, then back to the connection's own value (connection-wide,
 * but `fn` is synchronous, so nothing else runs meanwhile). The connection's value is read once, not before every call:
 * this runs for every inbound message handled and every reply sent. (A prepared `PRAGMA busy_timeout = n` cannot be
 * reused: SQLite applies it when the statement is prepared, not when it runs.)
 */
function busyTimeoutSwitch(db: Db): <T>(fn: () => T) => T {
  const normal = db.pragma("busy_timeout", { simple: true }) as number;
  let depth = 0;
  return (fn) => {
    // A nested call (busyTx inside busyTx) leaves the outer call's setting alone.
    if (depth++ === 0) db.pragma(`busy_timeout = ${SHORT_BUSY_MS}`);
    try {
      return fn();
    } finally {
      if (--depth === 0) db.pragma(`busy_timeout = ${normal}`);
    }
  };
}

export function openStore(file: string): Store {
  const db = openDb({ file });
  const addressKey = loadAddressKey(file);
  // One transaction function for every call (better-sqlite3 builds five wrappers per db.transaction()).
  const inTx = db.transaction(<T>(fn: () => T): T => fn());
  const withShortBusyTimeout = busyTimeoutSwitch(db);
  return {
    db,
    addressKey,
    residents: new ResidentRepo(db, addressKey),
    roles: new RoleRepo(db),
    invites: new InviteRepo(db),
    sessions: new SessionRepo(db),
    aspirations: new AspirationRepo(db),
    inbound: new InboundJournal(db),
    outbound: new OutboundRepo(db),
    audit: new AuditLog(db),
    cycles: new CycleRepo(db),
    tx: <T>(fn: () => T) => inTx.immediate(fn) as T,
    busyTx: <T>(fn: () => T, o?: BusyRetryOptions) => retryBusy(() => withShortBusyTimeout(() => inTx.immediate(fn) as T), o),
    close: () => {
      if (db.open) db.close();
    },
  };
}
