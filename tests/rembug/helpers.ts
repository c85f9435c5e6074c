/** Shared set-up of the rembug tests: residents with aspirations, a head with a grant, an open cycle. */
import type { Harness } from "../support/flow-harness.js";
import { textOf } from "../support/flow-harness.js";
import type { RoleGrant } from "../../src/core/roles.js";

/** File an aspiration through the conversation and cluster it as the aggregate worker would; returns its ticket. */
export async function file(h: Harness, user: string, description: string, location: string, category = "drainase"): Promise<string> {
  await h.send(user, "/aspirasi");
  await h.press(user, category);
  await h.send(user, description);
  await h.send(user, location);
  await h.send(user, "lewati");
  let reply = textOf(await h.send(user, "kirim"));
  // After Kirim a keamanan report is offered the rahasia lane (issue 11): these residents keep it an ordinary report.
  if (h.app.store.sessions.get(residentId(h, user)) && sessionStep(h, user) === "rahasia") reply = textOf(await h.press(user, "no"));
  // Similar proposals of the RW are offered next (issue 9): in these tests they are the same problem, so the
  // resident joins it (the first one when several are shown), as the automatic rule would have merged it.
  if (sessionStep(h, user) === "similar") reply = textOf(await h.press(user, "same"));
  if (sessionStep(h, user) === "similar-pick") reply = textOf(await h.send(user, "1"));
  const ticket = /ASP-\w{4}/.exec(reply)![0];
  const a = h.app.store.aspirations.byTicket(ticket)!;
  h.app.aggregator.ingest(a.id);
  await h.app.host.idle();
  return ticket;
}

function sessionStep(h: Harness, user: string): string | undefined {
  return (h.app.store.sessions.get(residentId(h, user)) as { step?: string } | undefined)?.step;
}

export function residentId(h: Harness, user: string): number {
  return h.app.store.residents.findByIdentity("fake", user)!.id;
}

/** Register `user` and give them `grant`. */
export async function head(h: Harness, user: string, grant: RoleGrant, name = "Pak Ketua", rw = "3", rt = "2"): Promise<number> {
  await h.register(user, name, rw, rt);
  const id = residentId(h, user);
  h.app.store.roles.grant(id, grant, "test");
  return id;
}

export function openCycle(h: Harness, name = "Musrenbang 2027"): number {
  return Number(h.app.store.db.prepare(`INSERT INTO cycles (name, opened_at, opened_by) VALUES (?, ?, 'test')`).run(name, h.clock.now).lastInsertRowid);
}

export function results(h: Harness): Array<{ id: number; state: string; version: number; level: string; rw: number | null; rt: number | null }> {
  return h.app.store.db.prepare(`SELECT id, state, version, level, rw, rt FROM rembug_results ORDER BY id`).all() as never;
}

export function items(h: Harness, resultId: number): Array<{ rank: number; ticket: string; source: string; funding: string | null; volume: number | null; unit: string | null; cost: number | null; swadaya: string | null }> {
  return h.app.store.db
    .prepare(`SELECT i.rank, a.ticket, i.source, i.funding, i.volume, i.unit, i.cost, i.swadaya FROM rembug_items i JOIN aspirations a ON a.id = i.aspiration_id WHERE result_id = ? ORDER BY rank`)
    .all(resultId) as never;
}

/** Answer every question after the pick with the simplest answers: APBD, no volume/cost, 10 present, no photo. */
export async function finishPlainly(h: Harness, user: string, itemCount: number): Promise<void> {
  for (let i = 0; i < itemCount; i++) {
    await h.send(user, "apbd");
    await h.send(user, "lewati");
    await h.send(user, "lewati");
  }
  await h.send(user, "10");
  for (let i = 0; i < 4; i++) await h.send(user, "lewati");
  await h.send(user, "lewati");
}

/** The head of RT `rt` of RW 03 (registered as `user`) confirms the candidates `picks` (numbers) with APBD funding. */
export async function rtRembug(h: Harness, user: string, rt: number, picks: string, count: number): Promise<void> {
  await head(h, user, { role: "ketua_rt", rw: 3, rt }, `Ketua RT ${rt}`, "3", String(rt));
  await h.send(user, "/rembug");
  await h.send(user, picks);
  if (!picks.includes(" ")) await h.send(user, "selesai");
  await h.press(user, "selesai");
  await finishPlainly(h, user, count);
  await h.send(user, "konfirmasi");
}

export function outboxRows(h: Harness, topic = "rembug.confirmed"): Array<{ job_id: string; payload: string }> {
  return h.app.store.db.prepare(`SELECT job_id, payload FROM outbox WHERE topic = ? ORDER BY id`).all(topic) as never;
}

export function auditRows(h: Harness, action: string): Array<{ actor: string; subject: string | null }> {
  return h.app.store.db.prepare(`SELECT actor, subject FROM audit_log WHERE action = ? ORDER BY id`).all(action) as never;
}
