/**
 * The contract of a step kind, in the manner of goflow's `RegisterType`: each kind lives in its own file with
 * its parser, the options it renders and the checks made on its definitions at boot. The engine looks the kind
 * of a step up in a registry; it never switches on a closed list of kinds.
 */
import type { InboundContent } from "../../core/messages.js";
import type { ChoiceOption, StepCtx, StepDef, Transition } from "../types.js";

/** What a step is asked to answer: typed text, a pin or a photo (button presses and unsupported content are routed apart). */
export type StepInput = Exclude<InboundContent, { kind: "choice" } | { kind: "unsupported" } | { kind: "document" }>;
/** A document sent at a step whose kind takes documents (see `acceptsDocument`). */
export type DocumentInput = Extract<InboundContent, { kind: "document" }>;

export interface StepKind<S extends StepDef = StepDef> {
  /** The `kind` field of the steps this handles. */
  readonly kind: S["kind"];
  /** Options rendered with the prompt: buttons on Telegram, a numbered list elsewhere. */
  options?(step: S, c: StepCtx): ChoiceOption[];
  /** Parse one input. A refusal is `{ invalid: c.t(...) }`: the engine says it and asks again. */
  answer(step: S, input: StepInput, c: StepCtx): Transition;
  /** A pressed button whose value is one of `options` (already checked to belong to this prompt). */
  press?(step: S, value: string, c: StepCtx): Transition;
  /** Whether a photo sent at this step is taken (so the host downloads it); default: no. */
  acceptsPhoto?(step: S): boolean;
  /**
   * Whether a document sent at this step is taken (so the host downloads it); default: no, and the sender is told
   * politely that documents are not taken here.
   */
  acceptsDocument?(step: S): boolean;
  /** Parse a document at a step where `acceptsDocument` holds. */
  document?(step: S, input: DocumentInput, c: StepCtx): Transition;
  /** Problems with a definition, reported at boot (`where` is "flow.step"). */
  validate?(step: S, where: string): string[];
}

/** Widen a kind for the registry (the registry hands each kind only steps of its own `kind`). */
export function defineStepKind<S extends StepDef>(kind: StepKind<S>): StepKind {
  return kind as unknown as StepKind;
}

/** The kinds an engine knows, by name. A kind registered twice is a definition bug. */
export class StepKindRegistry {
  private readonly byName = new Map<string, StepKind>();

  constructor(kinds: readonly StepKind[]) {
    for (const k of kinds) this.register(k);
  }

  register(kind: StepKind): void {
    if (this.byName.has(kind.kind)) throw new Error(`step kind "${kind.kind}" is registered twice`);
    this.byName.set(kind.kind, kind);
  }

  get(name: string): StepKind | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}
