/**
 * aspirations.proposal (migration 026): one row per usulan — an aspiration outside any cluster or its cluster's
 * representative — kept by triggers through joining, moving between clusters, a new representative and leaving.
 */
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { removeDir, tempDataDir } from "../support/telegram-test-app.js";

describe("aspirations.proposal", () => {
  let store: Store;
  let dir: string;
  afterEach(() => {
    store?.close();
    removeDir(dir);
  });

  it("follows cluster membership and representatives", () => {
    dir = tempDataDir("rembug-proposal-");
    store = openStore(path.join(dir, "rembug.db"));
    const db = store.db;
    const asp = (ticket: string) =>
      Number(db.prepare(`INSERT INTO aspirations (ticket, rw, rt, category, tridaya, description, created_at, updated_at) VALUES (?, 1, 1, 'jalan', 'lingkungan', 'x', 1, 1)`).run(ticket).lastInsertRowid);
    const cluster = (rep: number) => Number(db.prepare(`INSERT INTO clusters (rw, category, tridaya, representative_aspiration_id, created_at, updated_at) VALUES (1, 'jalan', 'lingkungan', ?, 1, 1)`).run(rep).lastInsertRowid);
    const join = (c: number, a: number) => db.prepare(`INSERT INTO cluster_members (cluster_id, aspiration_id, joined_at) VALUES (?, ?, 1)`).run(c, a);
    const flags = () => db.prepare(`SELECT ticket, proposal FROM aspirations ORDER BY id`).all().map((r) => (r as { ticket: string; proposal: number }).proposal);
    const [a, b, c] = [asp("ASP-A"), asp("ASP-B"), asp("ASP-C")];
    expect(flags()).toEqual([1, 1, 1]);
    const k1 = cluster(a);
    join(k1, a);
    join(k1, b);
    expect(flags()).toEqual([1, 0, 1]);
    // b becomes the representative.
    db.prepare(`UPDATE clusters SET representative_aspiration_id = ? WHERE id = ?`).run(b, k1);
    expect(flags()).toEqual([0, 1, 1]);
    // b is merged into c's cluster, where c represents.
    const k2 = cluster(c);
    join(k2, c);
    db.prepare(`UPDATE cluster_members SET cluster_id = ? WHERE aspiration_id = ?`).run(k2, b);
    expect(flags()).toEqual([0, 0, 1]);
    // a is split out: on its own again.
    db.prepare(`DELETE FROM cluster_members WHERE aspiration_id = ?`).run(a);
    expect(flags()).toEqual([1, 0, 1]);
  });
});
