/** Baileys auth state kept in SQLite: creds in `wa_creds`, Signal keys in `wa_keys`, every `keys.set` in one transaction. */
import {
  BufferJSON,
  initAuthCreds,
  makeCacheableSignalKeyStore,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from "@whiskeysockets/baileys";
import type { Logger } from "../../core/logger.js";
import type { Db } from "../../store/db.js";

export interface SqliteAuthState {
  /** Pass to makeWASocket as `auth`. Keys are wrapped in makeCacheableSignalKeyStore. */
  state: AuthenticationState;
  /** Persist the creds (call on every `creds.update`, passing the update). */
  saveCreds(update?: Partial<AuthenticationCreds>): void;
}

function encode(value: unknown): string {
  return JSON.stringify(value, BufferJSON.replacer);
}

function decode<T>(text: string): T {
  return JSON.parse(text, BufferJSON.reviver) as T;
}

/**
 * The raw SQLite Signal key store (no cache). `set` writes every key of one call in one transaction;
 * a `null`/`undefined` value deletes the key. `app-state-sync-key` values come back as
 * `proto.Message.AppStateSyncKeyData` objects, as Baileys expects.
 */
export function sqliteSignalKeyStore(db: Db): SignalKeyStore {
  const getOne = db.prepare(`SELECT value FROM wa_keys WHERE type = ? AND id = ?`);
  const put = db.prepare(
    `INSERT INTO wa_keys (type, id, value) VALUES (?, ?, ?) ON CONFLICT(type, id) DO UPDATE SET value = excluded.value`,
  );
  const del = db.prepare(`DELETE FROM wa_keys WHERE type = ? AND id = ?`);
  const readMany = db.transaction((type: string, ids: string[]) => {
    const out: Record<string, unknown> = {};
    for (const id of ids) {
      const row = getOne.get(type, id) as { value: string } | undefined;
      if (!row) continue;
      let value: unknown = decode(row.value);
      if (type === "app-state-sync-key" && value) {
        value = proto.Message.AppStateSyncKeyData.fromObject(value as Record<string, unknown>);
      }
      out[id] = value;
    }
    return out;
  });
  const writeMany = db.transaction((data: SignalDataSet) => {
    for (const [type, entries] of Object.entries(data)) {
      for (const [id, value] of Object.entries(entries ?? {})) {
        if (value === null || value === undefined) del.run(type, id);
        else put.run(type, id, encode(value));
      }
    }
  });
  return {
    get: <T extends keyof SignalDataTypeMap>(type: T, ids: string[]) =>
      readMany.deferred(type, ids) as { [id: string]: SignalDataTypeMap[T] },
    set: (data: SignalDataSet) => {
      writeMany.immediate(data);
    },
    clear: () => {
      db.prepare(`DELETE FROM wa_keys`).run();
    },
  };
}

/** Load the creds row, or fresh creds when the device was never linked (or was logged out). */
export function loadCreds(db: Db): AuthenticationCreds {
  const row = db.prepare(`SELECT value FROM wa_creds WHERE id = 1`).get() as { value: string } | undefined;
  return row ? decode<AuthenticationCreds>(row.value) : initAuthCreds();
}

/** Whether a linked device's creds are stored. */
export function hasLinkedCreds(db: Db): boolean {
  const row = db.prepare(`SELECT value FROM wa_creds WHERE id = 1`).get() as { value: string } | undefined;
  if (!row) return false;
  const creds = decode<AuthenticationCreds>(row.value);
  return creds.registered === true || creds.me !== undefined;
}

/** Forget the linked device entirely (after a 401 "logged out"): the next connection shows a new QR / pairing code. */
export function clearAuthState(db: Db): void {
  db.transaction(() => {
    db.prepare(`DELETE FROM wa_creds`).run();
    db.prepare(`DELETE FROM wa_keys`).run();
  }).immediate();
}

/**
 * The SQLite key store behind Baileys' cache. Each cache runs an expiry timer that is never stopped,
 * so build it once and pass it to every {@link useSqliteAuthState} call of the same device.
 */
export function cachedSignalKeyStore(db: Db, log?: Logger): SignalKeyStore {
  return makeCacheableSignalKeyStore(sqliteSignalKeyStore(db), log);
}

/**
 * Build the auth state for one connection attempt from SQLite (fresh creds, the given or a new cached key store).
 *
 * @example
 * const auth = useSqliteAuthState(store.db, log);
 * const sock = makeWASocket({ auth: auth.state, logger });
 * sock.ev.process(async (ev) => { if (ev["creds.update"]) auth.saveCreds(ev["creds.update"]); });
 */
export function useSqliteAuthState(db: Db, log?: Logger, keys: SignalKeyStore = cachedSignalKeyStore(db, log)): SqliteAuthState {
  const creds = loadCreds(db);
  const save = db.prepare(
    `INSERT INTO wa_creds (id, value, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    state: { creds, keys },
    saveCreds: (update) => {
      // Baileys assigns the update to creds itself too; doing it here as well makes the order of listeners irrelevant.
      if (update) Object.assign(creds, update);
      save.run(encode(creds), Date.now());
    },
  };
}
