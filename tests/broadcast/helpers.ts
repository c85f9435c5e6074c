/** Shared set-up for broadcast tests: registered residents on the fake channel, roles, and the in-process pipeline. */
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { RoleGrant } from "../../src/core/roles.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import type { Harness } from "../support/flow-harness.js";

export function residentIdOf(h: Harness, user: string): number {
  const r = h.app.store.residents.findByIdentity("fake", user);
  if (!r) throw new Error(`no resident for ${user}`);
  return r.id;
}

export function grant(h: Harness, user: string, g: RoleGrant): void {
  h.app.store.roles.grant(residentIdOf(h, user), g, "test");
}

/** The in-process pipeline (outbox relay + broadcast worker) on the harness's app. */
export function startPipelineFor(h: Harness): Promise<Pipeline> {
  return startAppPipeline(h.app, "all");
}

/** Let the relay publish, the worker fan out and the delivery loop send everything pending. */
export async function settle(h: Harness, p: Pipeline): Promise<void> {
  if (!(await p.settle(10_000))) throw new Error("pipeline did not settle");
  h.app.host.delivery.flushAll();
  await h.app.host.idle();
}

export function auditActions(h: Harness, action: string): Array<{ subject: string | null }> {
  return h.app.store.db.prepare(`SELECT subject FROM audit_log WHERE action = ? ORDER BY id`).all(action) as Array<{ subject: string | null }>;
}
