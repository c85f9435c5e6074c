import { describe, expect, it } from "vitest";
import { MERGE_LIMIT, mergeReplies } from "../../src/engine/merge-replies.js";

const opts = [{ value: "a", label: "A" }];

describe("mergeReplies", () => {
  it("joins plain replies into the question that follows, keeping its options", () => {
    expect(mergeReplies([{ text: "one", lang: "id" }, { text: "two", lang: "id", options: opts, choiceKey: "f.s" }])).toEqual([
      { text: "one\n\ntwo", lang: "id", options: opts, choiceKey: "f.s" },
    ]);
  });

  it("never moves text after a message with options or a document", () => {
    const doc = { path: "x.csv", filename: "x.csv", mime: "text/csv" };
    const replies = [
      { text: "q", options: opts },
      { text: "after" },
      { text: "file", document: doc },
    ];
    expect(mergeReplies(replies)).toEqual(replies);
  });

  it("keeps replies in different languages apart (a language switch)", () => {
    expect(mergeReplies([{ text: "a", lang: "id" }, { text: "b", lang: "en" }])).toHaveLength(2);
  });

  it("keeps a merged text under the limit", () => {
    const long = "x".repeat(MERGE_LIMIT - 10);
    expect(mergeReplies([{ text: long }, { text: long }])).toHaveLength(2);
  });
});
