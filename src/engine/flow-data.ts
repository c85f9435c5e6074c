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
  return schema.parse(c.data);
}
