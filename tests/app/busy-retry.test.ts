import { describe, expect, it } from "vitest";
import path from "node:path";
import { isBusy, retryBusy } from "../../src/store/busy.js";
import { openStore } from "../../src/store/index.js";
import { removeDir, tempDataDir } from "../support/telegram-test-app.js";

const busy = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });

describe("retryBusy", () => {
  it("runs the transaction again after growing pauses while the database is busy", async () => {
    const pauses: number[] = [];
    let calls = 0;
    const result = await retryBusy(
      () => {
        if (++calls < 5) throw busy();
        return "done";
      },
      { sleep: async (ms) => void pauses.push(ms), initialPauseMs: 25, maxPauseMs: 100 },
    );
    expect(result).toBe("done");
    expect(pauses).toEqual([25, 50, 100, 100]);
  });

  it("throws any other error at once", async () => {
    let calls = 0;
    await expect(
      retryBusy(() => {
        calls++;
        throw new Error("bug in a flow");
      }, { sleep: async () => undefined }),
    ).rejects.toThrow("bug in a flow");
    expect(calls).toBe(1);
  });

  it("gives up after maxWaitMs, or at once when told to stop", async () => {
    let calls = 0;
    const always = () => {
      calls++;
      throw busy();
    };
    await expect(retryBusy(always, { sleep: async () => undefined, maxWaitMs: 100, initialPauseMs: 40, maxPauseMs: 40 })).rejects.toSatisfy(isBusy);
    expect(calls).toBe(4);
    calls = 0;
    await expect(retryBusy(always, { sleep: async () => undefined, shouldStop: () => true })).rejects.toSatisfy(isBusy);
    expect(calls).toBe(1);
  });
});

describe("store.busyTx", () => {
  it("waits in SQLite only briefly inside the transaction and gives the connection its own busy_timeout back", async () => {
    const dir = tempDataDir("rembug-busytx-");
    const store = openStore(path.join(dir, "rembug.db"));
    try {
      const timeout = () => store.db.pragma("busy_timeout", { simple: true });
      expect(timeout()).toBe(5000);
      const seen = await store.busyTx(() => [timeout(), store.db.inTransaction]);
      expect(seen).toEqual([50, true]);
      expect(timeout()).toBe(5000);
      // Nested: the inner call leaves the outer one's short wait in place.
      const nested = await store.busyTx(() => {
        void store.busyTx(() => undefined);
        return timeout();
      });
      expect(nested).toBe(50);
      expect(timeout()).toBe(5000);
      await expect(store.busyTx(() => { throw new Error("bug"); })).rejects.toThrow("bug");
      expect(timeout()).toBe(5000);
    } finally {
      store.close();
      removeDir(dir);
    }
  });
});
