/** groupByCluster: one line per cluster in first-seen order, later rows of a cluster folded into its line. */
import { describe, expect, it } from "vitest";
import { groupByCluster } from "../../src/rembug/candidates.js";
import type { Candidate } from "../../src/rembug/scope.js";

const line = (key: string, ticket: string): Candidate => ({
  key,
  ticket,
  category: "drainase",
  locationText: null,
  rt: 2,
  supporters: 1,
  clusterId: null,
  source: "aspirasi",
});

describe("groupByCluster", () => {
  it("keeps the first row of each key, in order, and hands every repeat to onRepeat", () => {
    const rows = [
      { row: { carried: false }, candidate: line("c:1", "ASP-AAAA") },
      { row: { carried: false }, candidate: line("a:7", "ASP-BBBB") },
      { row: { carried: true }, candidate: line("c:1", "ASP-CCCC") },
    ];
    const repeats: string[] = [];
    const out = groupByCluster(rows, (seen, r) => {
      repeats.push(seen.ticket);
      if (r.carried) seen.source = "carry-over";
    });
    expect(out.map((c) => [c.key, c.ticket, c.source])).toEqual([
      ["c:1", "ASP-AAAA", "carry-over"],
      ["a:7", "ASP-BBBB", "aspirasi"],
    ]);
    expect(repeats).toEqual(["ASP-AAAA"]);
  });
});
