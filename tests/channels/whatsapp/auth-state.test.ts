import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initAuthCreds, makeCacheableSignalKeyStore, proto } from "@whiskeysockets/baileys";
import { openStore, type Store } from "../../../src/store/index.js";
import {
  clearAuthState,
  hasLinkedCreds,
  loadCreds,
  sqliteSignalKeyStore,
  useSqliteAuthState,
} from "../../../src/channels/whatsapp/auth-state.js";
import { silentLogger } from "../../../src/core/logger.js";

describe("WhatsApp auth state in SQLite", () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "rembug-wa-auth-"));
    store = openStore(path.join(dir, "rembug.db"));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives fresh creds when nothing is stored, and the same creds back after saving", () => {
    expect(hasLinkedCreds(store.db)).toBe(false);
    const auth = useSqliteAuthState(store.db);
    auth.saveCreds({ me: { id: "6281234567890:3@s.whatsapp.net", name: "LPMK" }, registered: true });
    const again = loadCreds(store.db);
    expect(again).toEqual(auth.state.creds);
    expect(Buffer.isBuffer(again.noiseKey.private)).toBe(true);
    expect(Buffer.from(again.noiseKey.private)).toEqual(Buffer.from(auth.state.creds.noiseKey.private));
    expect(hasLinkedCreds(store.db)).toBe(true);
  });

  it("round-trips every kind of Signal key, and rebuilds app-state-sync-key as the proto object", async () => {
    const keys = sqliteSignalKeyStore(store.db);
    const creds = initAuthCreds();
    const syncKey = proto.Message.AppStateSyncKeyData.fromObject({
      keyData: Buffer.from("sync-key-data-32-bytes-long-xxxx"),
      fingerprint: { rawId: 7, currentIndex: 2, deviceIndexes: [0, 1] },
      timestamp: 1_764_000_000,
    });
    await keys.set({
      "pre-key": { "1": creds.signedPreKey.keyPair, "2": creds.noiseKey },
      session: { "62812@s.whatsapp.net.0": Buffer.from([1, 2, 3, 250]) },
      "sender-key-memory": { "grp@g.us": { "62812@s.whatsapp.net": true } },
      "app-state-sync-key": { AAAAAQ: syncKey },
      "lid-mapping": { "62812": "1234567@lid" },
    });

    const pre = await keys.get("pre-key", ["1", "2", "3"]);
    expect(Buffer.from(pre["1"]!.public)).toEqual(Buffer.from(creds.signedPreKey.keyPair.public));
    expect(Buffer.from(pre["2"]!.private)).toEqual(Buffer.from(creds.noiseKey.private));
    expect(pre["3"]).toBeUndefined();
    const session = await keys.get("session", ["62812@s.whatsapp.net.0"]);
    expect(Buffer.from(session["62812@s.whatsapp.net.0"]!)).toEqual(Buffer.from([1, 2, 3, 250]));
    expect(await keys.get("sender-key-memory", ["grp@g.us"])).toEqual({ "grp@g.us": { "62812@s.whatsapp.net": true } });
    expect(await keys.get("lid-mapping", ["62812"])).toEqual({ "62812": "1234567@lid" });

    const sync = (await keys.get("app-state-sync-key", ["AAAAAQ"]))["AAAAAQ"]!;
    expect(sync).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(Buffer.from(sync.keyData!)).toEqual(Buffer.from("sync-key-data-32-bytes-long-xxxx"));
    expect(sync.fingerprint?.rawId).toBe(7);
  });

  it("deletes a key when it is set to null", async () => {
    const keys = sqliteSignalKeyStore(store.db);
    await keys.set({ session: { a: Buffer.from([1]), b: Buffer.from([2]) } });
    await keys.set({ session: { a: null } });
    expect(Object.keys(await keys.get("session", ["a", "b"]))).toEqual(["b"]);
  });

  it("writes one keys.set call in one transaction: a failure half-way leaves nothing behind", async () => {
    const keys = sqliteSignalKeyStore(store.db);
    const unserialisable = { bad: 10n } as unknown as Uint8Array; // BigInt cannot be JSON-encoded
    expect(() => keys.set({ session: { first: Buffer.from([1]), second: unserialisable } })).toThrow();
    expect(await keys.get("session", ["first", "second"])).toEqual({});
  });

  it("works behind makeCacheableSignalKeyStore, and a new socket's store sees what the last one wrote", async () => {
    const first = makeCacheableSignalKeyStore(sqliteSignalKeyStore(store.db), silentLogger() as never);
    await first.set({ "pre-key": { "9": initAuthCreds().noiseKey } });
    const second = useSqliteAuthState(store.db).state.keys;
    expect(Object.keys(await second.get("pre-key", ["9"]))).toEqual(["9"]);
  });

  it("forgets creds and keys when cleared after a logout", async () => {
    const auth = useSqliteAuthState(store.db);
    auth.saveCreds({ registered: true });
    await sqliteSignalKeyStore(store.db).set({ session: { x: Buffer.from([1]) } });
    clearAuthState(store.db);
    expect(hasLinkedCreds(store.db)).toBe(false);
    expect(loadCreds(store.db).registered).toBe(false);
    expect(await sqliteSignalKeyStore(store.db).get("session", ["x"])).toEqual({});
  });
});
