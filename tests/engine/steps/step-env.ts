/** A tiny engine around one step of a given kind, with the real locales, for step-kind table tests. */
import { buildWilayah } from "../../../src/core/wilayah.js";
import type { Resident } from "../../../src/core/domain.js";
import { createEngine, type Engine } from "../../../src/engine/engine.js";
import type { EngineEnv, SessionState, StepDef } from "../../../src/engine/types.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../../src/i18n/fluent.js";
import { flowSet } from "../../../flows/index.js";

const i18n = loadI18n(DEFAULT_LOCALES_DIR);

export const resident: Resident = { id: 1, name: "Siti", rw: 1, rt: 1, lang: "id", consent: "given", optedOut: false, registered: true };

/** An engine environment at `now`, with the shipped locales unless `t` is given. */
export function envAt(now: number, timeZone?: string, t: EngineEnv["t"] = i18n.t): EngineEnv {
  return {
    t,
    wilayah: buildWilayah([[1, 1]]),
    kelurahan: "Uji",
    sessionTtlMs: 3_600_000,
    reads: { aspirationsOf: () => [], aspirationByTicket: () => undefined, ticketExists: () => false },
    now,
    random: () => 0.5,
    actor: { channel: "fake", address: "x", roles: new Set() },
    ...(timeZone ? { timeZone } : {}),
  };
}

export interface StepRun {
  engine: Engine;
  /** Start the flow, then send each text; returns the replies to the last one as text, and the session. */
  run(texts: string[], env: EngineEnv): { text: string; session: SessionState };
}

/** A flow "uji" whose step "ask" is `step`; its handler ends the flow with `say`. */
export function oneStep(step: StepDef): StepRun {
  const engine = createEngine({ ...flowSet, flows: [...flowSet.flows, { id: "uji", version: 1, start: "ask", commands: ["uji"], steps: { ask: step } }] });
  return {
    engine,
    run(texts, env) {
      let r = engine.handle({ session: undefined, resident, content: { kind: "text", text: "/uji" } }, env);
      for (const text of texts) r = engine.handle({ session: r.session, resident, content: { kind: "text", text } }, env);
      return { text: r.replies.map((m) => m.text).join("\n"), session: r.session };
    },
  };
}
