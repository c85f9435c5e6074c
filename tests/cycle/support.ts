/** Support for the cycle tests: residents and aspirations of one RT through the real store and aggregator. */
import type { Category } from "../../src/core/domain.js";
import type { Harness } from "../support/flow-harness.js";

let seq = 0;

/** Store an aspiration of `user` as the aspiration flow does, then aggregate it. Returns its id and cluster. */
export function aspire(h: Harness, user: string, description: string, o: { category?: Category; rw?: number; rt?: number; confidential?: boolean } = {}) {
  const resident = h.app.store.residents.findByIdentity("fake", user)!;
  const ticket = `ASP-${(++seq).toString(36).toUpperCase().padStart(4, "Q")}`;
  const a = h.app.store.aspirations.create(
    {
      ticket,
      residentId: resident.id,
      rw: o.rw ?? resident.rw!,
      rt: o.rt ?? resident.rt!,
      channel: "fake",
      category: o.category ?? "drainase",
      description,
      locationText: "Gang Mawar",
      lat: null,
      lon: null,
      photoPath: null,
    },
    h.clock.now,
  );
  if (o.confidential) h.app.store.db.prepare(`UPDATE aspirations SET confidential = 1 WHERE id = ?`).run(a.id);
  const r = h.app.aggregator.ingest(a.id);
  // A rahasia aspiration is never clustered (issue 11): the aggregate worker takes that refusal as done.
  if (!r.ok && !(o.confidential && r.error === "rahasia")) throw new Error("ingest failed");
  const row = h.app.store.db.prepare(`SELECT cluster_id FROM cluster_members WHERE aspiration_id = ?`).get(a.id) as { cluster_id: number } | undefined;
  const cluster = row?.cluster_id ?? 0;
  return { id: a.id, ticket, cluster };
}

/** Notification texts queued for `user`, oldest first. */
export function notices(h: Harness, user: string): string[] {
  const rows = h.app.store.db.prepare(`SELECT payload FROM outbound WHERE kind = 'notification' AND channel = 'fake' AND address = ? ORDER BY id`).all(user) as Array<{
    payload: string;
  }>;
  return rows.map((r) => (JSON.parse(r.payload) as { text: string }).text);
}

export function statusOf(h: Harness, id: number): string {
  return (h.app.store.db.prepare(`SELECT status FROM aspirations WHERE id = ?`).get(id) as { status: string }).status;
}
