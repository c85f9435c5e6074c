/** Checks flow definitions at boot: unique ids and commands, start steps that exist, required core flows present. */
import type { StepKindRegistry } from "./steps/step-kind.js";
import type { CommandDef, FlowDef } from "./types.js";

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
