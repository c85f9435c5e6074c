/** Flows are inspected at boot: a jump to a missing step, an alias a global word shadows, an unknown locale key. */
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app/build.js";
import { loadConfig } from "../../src/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { buildWilayah } from "../../src/core/wilayah.js";
import type { ChoiceStep, FlowDef, TextStep } from "../../src/engine/types.js";
import { inspectFlows } from "../../src/engine/validate-flows.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../src/i18n/fluent.js";
import { flowSet } from "../../flows/index.js";
import { tempDataDir } from "../support/telegram-test-app.js";

const i18n = loadI18n(DEFAULT_LOCALES_DIR);
const ctx = { t: i18n.t, has: i18n.has, langs: i18n.langs, wilayah: buildWilayah([[1, 1]]) };
const inspect = (...extra: FlowDef[]) => inspectFlows({ ...flowSet, flows: [...flowSet.flows, ...extra] }, ctx);

/** A one-step text flow "uji". */
const textFlow = (prompt: TextStep["prompt"], onText: TextStep["onText"]): FlowDef => ({
  id: "uji",
  version: 1,
  start: "a",
  steps: { a: { kind: "text", min: 1, max: 9, prompt, onText } },
});

/** A one-step choice flow "uji" with these options. */
const choiceFlow = (options: ChoiceStep["options"]): FlowDef => ({
  id: "uji",
  version: 1,
  start: "a",
  steps: { a: { kind: "choice", prompt: (c) => c.t("menu-aspirasi"), options, onChoose: () => ({ end: {} }) } },
});

const broken: Array<{ description: string; flow: FlowDef; expected: RegExp }> = [
  {
    description: "a goto to a step the flow does not have",
    flow: textFlow((c) => c.t("menu-aspirasi"), () => ({ goto: "tidak-ada" })),
    expected: /flow "uji": goto "tidak-ada" does not exist/,
  },
  {
    description: "a startFlow to a flow that does not exist",
    flow: textFlow((c) => c.t("menu-aspirasi"), () => ({ startFlow: "hilang" })),
    expected: /startFlow "hilang" does not exist/,
  },
  {
    description: "an alias a global word always takes first (the old 'menu' alias of Dukung usulan's Kembali)",
    flow: choiceFlow((c) => [{ value: "kembali", label: c.t("dukung-back"), aliases: ["kembali", "menu"] }]),
    expected: /alias "menu" of option "kembali" is the global word for menu and can never match/,
  },
  {
    description: "one alias for two options of a step",
    flow: choiceFlow(() => [
      { value: "x", label: "X", aliases: ["ya"] },
      { value: "y", label: "Y", aliases: ["ya"] },
    ]),
    expected: /alias "ya" belongs to options "x" and "y"/,
  },
  {
    description: "a locale key that exists in no .ftl file",
    flow: textFlow((c) => c.t("uji-tidak-ada"), () => ({ end: {} })),
    expected: /locale key "uji-tidak-ada" is missing in id/,
  },
  {
    description: "an alias message that exists in no .ftl file",
    flow: choiceFlow((c) => [{ value: "x", label: "X", aliases: c.words("uji-x-aliases") }]),
    expected: /locale key "uji-x-aliases" is missing in en/,
  },
];

describe("flow inspection at boot", () => {
  it("finds nothing wrong with the shipped flows", () => {
    expect(inspectFlows(flowSet, ctx)).toEqual([]);
  });

  for (const b of broken) {
    it(`reports ${b.description}`, () => {
      expect(inspect(b.flow).join("\n")).toMatch(b.expected);
    });
  }

  it("stops the start-up", () => {
    const config = loadConfig({ DATA_DIR: tempDataDir("rembug-inspect-") });
    expect(() => buildApp({ config, log: silentLogger(), flows: { ...flowSet, flows: [...flowSet.flows, broken[0]!.flow] } })).toThrow(
      /flow inspection failed[\s\S]*goto "tidak-ada"/,
    );
  });
});
