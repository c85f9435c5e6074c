/**
 * Typed session data: a flow declares the shape of its data as a zod schema (FlowDef.data) and its steps read it
 * through `readData`, never through casts of `Record<string, unknown>`. The engine checks restored sessions and
 * every change against the schema.
 */
import type { z } from "zod";
import type { StepCtx } from "./types.js";

/** Every field optional: a flow's data fills up step by step. */
export type FlowData = z.ZodType<Record<string, unknown>>;

/**
 * The session data of `c`, parsed by the flow's schema.
 *
 * @example
 * const d = readData(aspirasiData, c); // d.description: string | undefined
 */
export function readData<S extends FlowData>(schema: S, c: Pick<StepCtx, "data">): z.infer<S> {
  // Data the engine has checked against this schema is read as it is (the schemas have no defaults or transforms,
  // so a parse would return the same fields); anything else is parsed.
  return isChecked(c.data, schema) ? (c.data as z.infer<S>) : schema.parse(c.data);
}

/** Session data objects the engine checked, with the schema they passed. */
const checked = new WeakMap<object, FlowData>();

/** Whether the engine checked `data` against `schema`. */
export function isChecked(data: Record<string, unknown>, schema: FlowData): boolean {
  return checked.get(data) === schema;
}

/** Note that `data` passed `schema` (the engine does, after restoring or changing a session), so readData needs no parse. */
export function markChecked(data: Record<string, unknown>, schema: FlowData): void {
  checked.set(data, schema);
}
