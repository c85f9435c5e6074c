import { describe, expect, it } from "vitest";
import { notifyProposal, peopleBehindCluster } from "../../src/app/notify-proposal.js";
import { createHarness } from "../support/flow-harness.js";

describe("telling everyone behind a proposal", () => {
  it("notifies each sender and supporter of the cluster once, in their own language, and no one else", async () => {
    const h = await createHarness();
    for (const u of ["a", "b", "c", "d"]) await h.register(u);
    const { store } = h.app;
    const id = (u: string) => store.residents.findByIdentity("fake", u)!.id;
    store.residents.update(id("b"), { lang: "en" }, 1);
    const now = 1_000;
    const asp = (ticket: string, who: string) =>
      Number(
        store.db
          .prepare(`INSERT INTO aspirations (ticket, resident_id, rw, rt, category, tridaya, description, created_at, updated_at) VALUES (?, ?, 3, 2, 'drainase', 'lingkungan', 'x', ?, ?)`)
          .run(ticket, id(who), now, now).lastInsertRowid,
      );
    const a1 = asp("ASP-AAAA", "a");
    const a2 = asp("ASP-BBBB", "b");
    asp("ASP-CCCC", "c");
    const cluster = Number(
      store.db.prepare(`INSERT INTO clusters (rw, category, tridaya, representative_aspiration_id, supporters, members, created_at, updated_at) VALUES (3, 'drainase', 'lingkungan', ?, 3, 2, ?, ?)`).run(a1, now, now).lastInsertRowid,
    );
    store.db.prepare(`INSERT INTO cluster_members (cluster_id, aspiration_id, state, joined_at) VALUES (?, ?, 'own', ?), (?, ?, 'auto', ?)`).run(cluster, a1, now, cluster, a2, now);
    // a is both sender and supporter; d supports through "Dukung usulan".
    store.db
      .prepare(`INSERT INTO cluster_supporters (cluster_id, resident_id, aspiration_id, via, at) VALUES (?, ?, ?, 'aspiration', ?), (?, ?, NULL, 'dukung', ?)`)
      .run(cluster, id("a"), a1, now, cluster, id("d"), now);
    expect(peopleBehindCluster(store, cluster)).toEqual([id("a"), id("b"), id("d")].sort((x, y) => x - y));

    const before = store.db.prepare(`SELECT MAX(id) AS m FROM outbound`).get() as { m: number };
    const queued = notifyProposal(store, { aspirationId: a2 }, (lang) => `notice-${lang}`, now);
    expect(queued.sort()).toEqual([id("a"), id("b"), id("d")].sort());
    const rows = store.db.prepare(`SELECT address, payload FROM outbound WHERE id > ? ORDER BY address`).all(before.m) as Array<{ address: string; payload: string }>;
    expect(rows.map((r) => [r.address, (JSON.parse(r.payload) as { text: string }).text])).toEqual([
      ["a", "notice-id"],
      ["b", "notice-en"],
      ["d", "notice-id"],
    ]);
    await h.close();
  });
});
