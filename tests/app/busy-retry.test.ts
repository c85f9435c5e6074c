import { describe, expect, it } from "vitest";
import { isBusy, retryBusy } from "../../src/store/busy.js";

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
