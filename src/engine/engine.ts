/** Placeholder replaced by the real engine in the next commit. */
import type { EngineEnv, EngineInput, EngineResult } from "./types.js";
export interface Engine {
  handle(input: EngineInput, env: EngineEnv): EngineResult;
}
