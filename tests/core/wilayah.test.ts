import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadWilayahFile, parseWilayahCsv, WilayahError } from "../../src/core/wilayah.js";

describe("wilayah CSV", () => {
  it("ships an example with 5 RWs of 3 to 6 RTs each", () => {
    const w = loadWilayahFile(path.resolve("wilayah.example.csv"));
    expect(w.rws).toEqual([1, 2, 3, 4, 5]);
    for (const rw of w.rws) {
      expect(w.rtsOf(rw).length).toBeGreaterThanOrEqual(3);
      expect(w.rtsOf(rw).length).toBeLessThanOrEqual(6);
    }
    expect(w.has(3, 6)).toBe(true);
    expect(w.has(4, 6)).toBe(false);
  });

  it("accepts a BOM and leading zeros", () => {
    const w = parseWilayahCsv("\uFEFFrw,rt\n01,003\n1,4\n");
    expect(w.rtsOf(1)).toEqual([3, 4]);
  });

  it.each([
    ["rw;rt\n1;1\n", 1, /header/],
    ["rw,rt\n1,1\n2,x\n", 3, /line 3/],
    ["rw,rt\n1,1\n1\n", 3, /line 3/],
    ["rw,rt\n1,1\n1,1\n", 3, /repeats RW 1 RT 1/],
    ["rw,rt\n", 1, /no RT rows/],
    ["rw,rt\n0,2\n", 2, /line 2/],
  ])("rejects %j naming line %i", (csv, line, message) => {
    try {
      parseWilayahCsv(csv, "w.csv");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(WilayahError);
      expect((err as WilayahError).line).toBe(line);
      expect((err as Error).message).toMatch(message);
    }
  });
});
