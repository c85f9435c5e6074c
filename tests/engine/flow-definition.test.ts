import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWilayah } from "../../src/core/wilayah.js";
import { createEngine } from "../../src/engine/engine.js";
import type { EngineEnv, FlowDef } from "../../src/engine/types.js";
import { FlowDefinitionError } from "../../src/engine/validate-flows.js";
import { flowSet } from "../../flows/index.js";

const env: EngineEnv = {
  t: (_lang, key) => key,
  wilayah: buildWilayah([[1, 1]]),
  kelurahan: "Uji",
  sessionTtlMs: 3_600_000,
  reads: { aspirationsOf: () => [], aspirationByTicket: () => undefined, ticketExists: () => false },
  now: 0,
  random: () => 0.5,
  actor: { channel: "fake", address: "x", roles: new Set() },
};
const resident = { id: 1, name: "A", rw: 1, rt: 1, lang: "id" as const, consent: "given" as const, optedOut: false, registered: true };

function withFlow(flow: FlowDef) {
  return createEngine({ flows: [...flowSet.flows, flow], commands: flowSet.commands });
}

describe("flow definitions", () => {
  it("are checked at boot: a missing start step fails", () => {
    expect(() => withFlow({ id: "rusak", version: 1, start: "nope", steps: {}, commands: ["rusak"] })).toThrow(FlowDefinitionError);
  });

  it("are checked at boot: a command word claimed twice fails", () => {
    const step = { kind: "text" as const, min: 1, max: 5, prompt: () => "p", onText: () => ({ end: {} }) };
    expect(() => withFlow({ id: "dua", version: 1, start: "a", steps: { a: step }, commands: ["aspirasi"] })).toThrow(/claimed twice/);
  });

  it("are checked at boot: a data schema with a required field fails (a flow starts with empty data)", () => {
    const step = { kind: "text" as const, min: 1, max: 5, prompt: () => "p", onText: () => ({ end: {} }) };
    const data = z.object({ title: z.string(), note: z.string().optional() });
    expect(() => withFlow({ id: "wajib", version: 1, start: "a", steps: { a: step }, commands: ["wajib"], data })).toThrow(/required fields/);
    expect(() => withFlow({ id: "wajib", version: 1, start: "a", steps: { a: step }, commands: ["wajib"], data: data.partial() })).not.toThrow();
  });

  it("a jump to a missing step is reported as a definition bug, not a stuck session", () => {
    const engine = withFlow({
      id: "lompat",
      version: 1,
      start: "a",
      commands: ["lompat"],
      steps: { a: { kind: "text", min: 1, max: 50, prompt: () => "p", onText: () => ({ goto: "b" }) } },
    });
    const started = engine.handle({ session: undefined, resident, content: { kind: "text", text: "/lompat" } }, env);
    expect(() => engine.handle({ session: started.session, resident, content: { kind: "text", text: "jawab" } }, env)).toThrow(/missing step "b"/);
  });

  it("is pure: the same session and input give the same result", () => {
    const engine = createEngine(flowSet);
    const input = { session: undefined, resident, content: { kind: "text" as const, text: "/aspirasi" } };
    expect(engine.handle(input, env)).toEqual(engine.handle(input, env));
  });
});
