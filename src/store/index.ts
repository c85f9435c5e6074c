/** The store: one SQLite database and its repositories. */
import { AspirationRepo } from "./aspirations.js";
import { loadAddressKey, type AddressKey } from "./address-key.js";
import { AuditLog } from "./audit.js";
import { openDb, type Db } from "./db.js";
import { InboundJournal } from "./inbound.js";
import { OutboundRepo } from "./outbound.js";
import { ResidentRepo } from "./residents.js";
import { SessionRepo } from "./sessions.js";

export interface Store {
  db: Db;
  residents: ResidentRepo;
  sessions: SessionRepo;
  aspirations: AspirationRepo;
  inbound: InboundJournal;
  outbound: OutboundRepo;
  audit: AuditLog;
  /** Keyed hash of an address (for people who have not consented, and failure counters). */
  addressKey: AddressKey;
  /** Run `fn` in one IMMEDIATE transaction. */
  tx<T>(fn: () => T): T;
  close(): void;
}

export function openStore(file: string): Store {
  const db = openDb({ file });
  const addressKey = loadAddressKey(file);
  return {
    db,
    addressKey,
    residents: new ResidentRepo(db, addressKey),
    sessions: new SessionRepo(db),
    aspirations: new AspirationRepo(db),
    inbound: new InboundJournal(db),
    outbound: new OutboundRepo(db),
    audit: new AuditLog(db),
    tx: <T>(fn: () => T) => db.transaction(fn).immediate(),
    close: () => {
      if (db.open) db.close();
    },
  };
}
