/**
 * Checks flow definitions at boot: unique ids and commands, start steps that exist, known step kinds, required
 * core flows present (validateFlows, without locales); then jumps, locale keys and aliases (inspectFlows).
 */
import type { Lang, Wilayah } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import { globalKeyword, keywordTable } from "./keywords.js";
import type { StepKindRegistry } from "./steps/step-kind.js";
import type { ChoiceOption, CommandDef, EngineEnv, FlowDef, StepCtx } from "./types.js";
import { localeWords } from "./words.js";

export class FlowDefinitionError extends Error {
  override name = "FlowDefinitionError";
}

const REQUIRED = ["menu", "registrasi", "hapus-data"];
const ID = /^[a-z][a-z0-9-]*$/;

export function validateFlows(flows: FlowDef[], commands: CommandDef[], kinds: StepKindRegistry): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  const words = new Set<string>();
  for (const f of flows) {
    if (!ID.test(f.id)) problems.push(`flow id "${f.id}" must be kebab-case`);
    if (ids.has(f.id)) problems.push(`flow "${f.id}" is defined twice`);
    ids.add(f.id);
    if (!Number.isInteger(f.version) || f.version < 1) problems.push(`flow "${f.id}" needs a positive integer version`);
    if (!f.steps[f.start]) problems.push(`flow "${f.id}" starts at missing step "${f.start}"`);
    // The engine starts a flow with empty data and checks each change by its new fields only.
    if (f.data && !f.data.safeParse({}).success) problems.push(`flow "${f.id}" has required fields in its data schema: every field must be optional`);
    for (const [id, step] of Object.entries(f.steps)) {
      if (!ID.test(id)) problems.push(`step "${f.id}.${id}" must be kebab-case`);
      const kind = kinds.get(step.kind);
      if (!kind) problems.push(`step "${f.id}.${id}" has unknown kind "${step.kind}"`);
      else problems.push(...(kind.validate?.(step, `${f.id}.${id}`) ?? []));
    }
    for (const w of f.commands ?? []) {
      if (words.has(w)) problems.push(`command "${w}" is claimed twice`);
      words.add(w);
    }
  }
  for (const c of commands) {
    for (const w of c.names) {
      if (words.has(w)) problems.push(`command "${w}" is claimed twice`);
      words.add(w);
    }
  }
  for (const r of REQUIRED) if (!ids.has(r)) problems.push(`required flow "${r}" is missing`);
  if (problems.length) throw new FlowDefinitionError(`invalid flow definitions:\n  ${problems.join("\n  ")}`);
}

/** What the boot inspection needs beyond the definitions: the locales and the kelurahan's areas. */
export interface InspectionContext {
  t: Translate;
  has(lang: Lang, key: string): boolean;
  langs: readonly Lang[];
  wilayah: Wilayah;
}

const LITERAL_JUMP = /\b(goto|returnTo|startFlow):\s*"([^"]+)"/g;
const LITERAL_KEY = /\b(?:t|words)\(\s*"([^"]+)"/g;

/** The source of every function a flow definition holds (its hooks and its steps' parsers and prompts). */
function sourcesOf(f: FlowDef): string[] {
  const fns: unknown[] = [f.onStart, ...Object.values(f.steps).flatMap((s) => Object.values(s))];
  return fns.filter((x): x is (...a: unknown[]) => unknown => typeof x === "function").map((fn) => fn.toString());
}

/** A context for evaluating option lists at boot: no resident data, translations recorded. */
function probeCtx(flow: FlowDef, ctx: InspectionContext, used: Set<string>): StepCtx {
  const t: Translate = (lang, key, args) => {
    used.add(key);
    return ctx.t(lang, key, args);
  };
  const env: EngineEnv = {
    t,
    wilayah: ctx.wilayah,
    kelurahan: "",
    sessionTtlMs: 0,
    reads: { aspirationsOf: () => [], aspirationByTicket: () => undefined, ticketExists: () => false },
    now: 0,
    random: () => 0.5,
    actor: { channel: "fake", address: "", roles: new Set(flow.roles ?? []) },
  };
  const rw = ctx.wilayah.rws[0] ?? null;
  return {
    resident: { id: 0, name: null, rw, rt: rw === null ? null : (ctx.wilayah.rtsOf(rw)[0] ?? null), lang: "id", consent: "given", optedOut: false, registered: true },
    lang: "id",
    data: { rw },
    env,
    t: (key, args) => t("id", key, args),
    words: (key) => {
      used.add(key);
      return localeWords(ctx.t, key);
    },
  };
}

/**
 * Inspect flows at boot, in the manner of goflow's `flows/inspect`: a literal `goto`/`returnTo` to a step the flow
 * lacks or a `startFlow` to a missing flow, a locale key (literal `t("…")`/`words("…")`, or used while building an
 * option list) missing from a locale, an option alias that a global word always takes first, and an alias two
 * options of one step share. Jumps and keys computed at run time are checked when they happen.
 */
export function inspectFlows(def: { flows: FlowDef[]; commands?: CommandDef[] }, ctx: InspectionContext): string[] {
  const problems: string[] = [];
  const flowIds = new Set(def.flows.map((f) => f.id));
  const keywords = keywordTable(ctx.t);
  const keys = new Set<string>();
  for (const f of def.flows) {
    for (const src of sourcesOf(f)) {
      for (const [, kind, target] of src.matchAll(LITERAL_JUMP)) {
        if (kind === "startFlow" ? !flowIds.has(target!) : !f.steps[target!]) {
          problems.push(`flow "${f.id}": ${kind} "${target}" does not exist`);
        }
      }
      for (const [, key] of src.matchAll(LITERAL_KEY)) keys.add(key!);
    }
    for (const [id, step] of Object.entries(f.steps)) {
      const options = (step as { options?: (c: StepCtx) => ChoiceOption[] }).options;
      if (typeof options !== "function") continue;
      let list: ChoiceOption[];
      try {
        list = options(probeCtx(f, ctx, keys));
      } catch {
        continue; // options that need resident data are checked when they run
      }
      const owner = new Map<string, string>();
      for (const o of list) {
        for (const alias of o.aliases ?? []) {
          const kw = globalKeyword(alias, keywords);
          if (kw) problems.push(`flow "${f.id}" step "${id}": alias "${alias}" of option "${o.value}" is the global word for ${kw} and can never match`);
          const prev = owner.get(alias);
          if (prev !== undefined && prev !== o.value) problems.push(`flow "${f.id}" step "${id}": alias "${alias}" belongs to options "${prev}" and "${o.value}"`);
          owner.set(alias, o.value);
        }
      }
    }
  }
  for (const c of def.commands ?? []) for (const [, key] of c.run.toString().matchAll(LITERAL_KEY)) keys.add(key!);
  for (const key of keys) {
    for (const lang of ctx.langs) if (!ctx.has(lang, key)) problems.push(`locale key "${key}" is missing in ${lang}`);
  }
  return problems;
}
