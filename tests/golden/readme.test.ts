/** The README's console transcripts are the golden files (npm run docs:transcripts rewrites them). */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { README, readGolden, readmeBlocks, renderReadme } from "../../docs/demo/readme-transcripts.js";

it("shows the golden transcripts of docs/demo in the README, unchanged", () => {
  const readme = readFileSync(README, "utf8");
  expect(readmeBlocks(readme)).toEqual(["warga-1", "warga-2", "lpmk", "ketua-rt", "tindak-lanjut", "tindak-lanjut", "siaran"]);
  expect(readme, "README transcripts differ from docs/demo/*.transcript.txt: run npm run docs:transcripts").toBe(renderReadme(readme, readGolden));
});

it("starts a block at its from= line and keeps the markers", () => {
  const readme = 'a\n<!-- transcript: x from="u> b" -->\n```text\nold\n```\n<!-- /transcript -->\nz\n';
  const out = renderReadme(readme, () => "u> a\nA\n\nu> b\nB\n\n");
  expect(out).toBe('a\n<!-- transcript: x from="u> b" -->\n```text\nu> b\nB\n```\n<!-- /transcript -->\nz\n');
  expect(() => renderReadme(readme, () => "u> c\n")).toThrow(/no line "u> b"/);
});

it("ends a block before its to= line", () => {
  const readme = '<!-- transcript: x from="u> b" to="u> c" -->\n```text\nold\n```\n<!-- /transcript -->\n';
  const out = renderReadme(readme, () => "u> a\nA\n\nu> b\nB\n\nu> c\nC\n");
  expect(out).toBe('<!-- transcript: x from="u> b" to="u> c" -->\n```text\nu> b\nB\n```\n<!-- /transcript -->\n');
  expect(() => renderReadme(readme, () => "u> b\nB\n")).toThrow(/no line "u> c"/);
});
