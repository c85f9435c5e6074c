import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";

const fresh = () => openStore(path.join(mkdtempSync(path.join(os.tmpdir(), "rembug-roles-")), "rembug.db"));

describe("role grants in SQLite", () => {
  it("keeps a person's active grants and refuses a second head of the same RT", () => {
    const store = fresh();
    const a = store.residents.resolve("fake", "a", { lang: "id", now: 1 });
    const b = store.residents.resolve("fake", "b", { lang: "id", now: 1 });
    const g = store.roles.grant(a.id, { role: "ketua_rt", rw: 3, rt: 2 }, "resident:admin", 10);
    store.roles.grant(a.id, { role: "kader", rw: 3 }, "resident:admin", 11);
    expect(store.roles.grantsOf(a.id).map((r) => [r.role, r.rw, r.rt])).toEqual([["ketua_rt", 3, 2], ["kader", 3, null]]);
    expect(() => store.roles.grant(b.id, { role: "ketua_rt", rw: 3, rt: 2 }, "x", 12)).toThrow(/UNIQUE/);
    expect(store.roles.revoke(g, "resident:admin", 13)).toBe(true);
    expect(store.roles.revoke(g, "resident:admin", 14)).toBe(false);
    store.roles.grant(b.id, { role: "ketua_rt", rw: 3, rt: 2 }, "x", 15);
    expect(store.roles.holdersOf("ketua_rt", { rw: 3, rt: 2 }).map((r) => r.residentId)).toEqual([b.id]);
    expect(store.roles.grantsOf(a.id).map((r) => r.role)).toEqual(["kader"]);
    store.close();
  });

  it("refuses an RT head grant without its RT", () => {
    const store = fresh();
    const a = store.residents.resolve("fake", "a", { lang: "id", now: 1 });
    expect(() => store.roles.grant(a.id, { role: "ketua_rt", rw: 3 }, "x")).toThrow(/CHECK/);
    store.close();
  });
});
