/** The store: one SQLite database and its repositories. */
import { AspirationRepo } from "./aspirations.js";
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
  /** Run `fn` in one IMMEDIATE transaction. */
  tx<T>(fn: () => T): T;
  close(): void;
}

export function openStore(file: string): Store {
  const db = openDb({ file });
  // One transaction function for every call (better-sqlite3 builds five wrappers per db.transaction()).
  const inTx = db.transaction(<T>(fn: () => T): T => fn());
  return {
    db,
    residents: new ResidentRepo(db),
    sessions: new SessionRepo(db),
    aspirations: new AspirationRepo(db),
    inbound: new InboundJournal(db),
    outbound: new OutboundRepo(db),
    audit: new AuditLog(db),
    tx: <T>(fn: () => T) => inTx.immediate(fn) as T,
    close: () => {
      if (db.open) db.close();
    },
  };
}
