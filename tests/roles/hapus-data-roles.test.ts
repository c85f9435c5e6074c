/**
 * `hapus data` by a role holder: their grants end, and no role, invite, group or wrong-code row links back to
 * them (the same scan as tests/privacy/hapus-data-scan.test.ts, over every table).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

const idOf = (user: string) => h.app.store.residents.findByIdentity("fake", user)!.id;

/** Every (table.column=value) that points at resident `id`. */
function linksTo(id: number): string[] {
  const db = h.app.store.db;
  const found: string[] = [];
  for (const { name } of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>) {
      for (const [col, v] of Object.entries(row)) {
        const hit = (/(resident_id|held_by|used_by)$/.test(col) && v === id) || (typeof v === "string" && new RegExp(`resident:${id}\\b`).test(v));
        if (hit) found.push(`${name}.${col}=${String(v).slice(0, 60)}`);
      }
    }
  }
  return found;
}

describe("hapus data by a role holder", () => {
  it("ends their grants and leaves no role, invite or lockout row naming them", async () => {
    const code = /RT-\w{4}-\w{4}/.exec(textOf(await h.send("admin", "/undang ketua_rt 3 2")))![0];
    await h.register("pak-rt", "Hartono", "3", "2");
    await h.register("bu-rw", "Sri", "3", "1");
    const me = idOf("pak-rt");
    h.app.store.roles.grant(idOf("bu-rw"), { role: "ketua_rw", rw: 3 }, "test");
    await h.send("pak-rt", "/kode RT-2222-2222");
    await h.send("pak-rt", `/kode ${code}`);
    await h.send("pak-rt", "1");
    // As an LPMK member too: an invite, a group and a revocation made by them.
    h.app.store.roles.grant(me, { role: "pengurus_lpmk" }, "test");
    await h.send("pak-rt", "/undang ketua_rw 4");
    await h.send("pak-rt", '/pokmas tambah "PKK Melati" 3');
    await h.send("pak-rt", "/peran 3");
    await h.press("pak-rt", String(h.app.store.roles.grantsOf(idOf("bu-rw"))[0]!.id));
    await h.send("pak-rt", "ya");
    expect(h.app.store.roles.grantsOf(me).map((g) => g.role)).toEqual(["ketua_rt", "pengurus_lpmk"]);
    expect(linksTo(me).length).toBeGreaterThan(5);

    await h.send("pak-rt", "hapus data");
    expect(textOf(await h.send("pak-rt", "1"))).toMatch(/sudah dihapus/);

    expect(linksTo(me)).toEqual([]);
    const ended = h.app.store.audit.recent(10, "role.revoked")[0]!;
    expect(ended.actor).toMatch(/^anon:/);
    expect(JSON.parse(ended.detail!)).toEqual({ reason: "deleted", grants: 2 });
    expect(h.app.store.roles.grantsOf(me)).toEqual([]);
    expect(h.app.store.roles.holdersOf("ketua_rt", { rw: 3, rt: 2 })).toEqual([]);
    // The invites stay used (a code never works twice), without saying by whom.
    expect(h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM invites WHERE used_at IS NOT NULL`).get()).toEqual({ n: 1 });
  });
});
