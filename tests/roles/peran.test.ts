/** /peran lists role holders by RW and revokes one after a confirmation; /pokmas registers groups. Both audited. */
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

describe("/peran", () => {
  it("lists holders grouped by RW, and revokes the chosen one after Ya, telling them", async () => {
    await h.register("budi", "Budi Santoso", "3", "2");
    await h.register("sari", "Sari Wulan", "4", "1");
    await h.register("lina", "Lina", "1", "1");
    await h.send("admin", "halo");
    h.app.store.roles.grant(idOf("budi"), { role: "ketua_rt", rw: 3, rt: 2 }, "test");
    h.app.store.roles.grant(idOf("sari"), { role: "ketua_rw", rw: 4 }, "test");
    h.app.store.roles.grant(idOf("lina"), { role: "pengurus_lpmk" }, "test");
    await h.register("wati", "Wati", "4", "2");
    const pkk = h.app.store.roles.addPokmas("PKK Melati", 4, "test");
    h.app.store.roles.grant(idOf("wati"), { role: "ketua_pokmas", pokmasId: pkk }, "test");

    const list = textOf(await h.send("admin", "/peran"));
    expect(list).toMatch(/Tingkat kelurahan:\n• Lina: Pengurus LPMK\nRW 03:\n• Budi Santoso: Ketua RT 02 \/ RW 03\nRW 04:\n• Sari Wulan: Ketua RW 04\n• Wati: Ketua Pokmas PKK Melati$/m);
    const rw3 = textOf(await h.send("admin", "/peran 3"));
    expect(rw3).toContain("Budi Santoso");
    expect(rw3).not.toContain("Sari Wulan");
    expect(h.lastQuestion("admin")!.options!.map((o) => o.label)).toEqual(["Budi Santoso, Ketua RT 02 / RW 03", "Selesai"]);

    expect(textOf(await h.send("admin", "1"))).toMatch(/Cabut peran Ketua RT 02 \/ RW 03 dari Budi Santoso\?/);
    const mark = h.channel.mark;
    expect(textOf(await h.send("admin", "ya"))).toMatch(/sudah dicabut dan dicatat/);
    expect(h.app.store.roles.grantsOf(idOf("budi"))).toEqual([]);
    expect(textOf(h.channel.sentSince("budi", mark))).toMatch(/sudah dicabut oleh pengurus LPMK/);
    const audit = h.app.store.audit.recent(10, "role.revoked");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: `resident:${idOf("admin")}`, subject: `resident:${idOf("budi")}` });
  });

  it("keeps the grant when the admin answers Jangan", async () => {
    await h.register("budi", "Budi", "3", "2");
    await h.send("admin", "halo");
    h.app.store.roles.grant(idOf("budi"), { role: "ketua_rt", rw: 3, rt: 2 }, "test");
    await h.send("admin", "/peran");
    await h.send("admin", "1");
    expect(textOf(await h.send("admin", "jangan"))).toMatch(/tidak ada yang dicabut/);
    expect(h.app.store.roles.grantsOf(idOf("budi"))).toHaveLength(1);
    expect(h.app.store.audit.recent(10, "role.revoked")).toEqual([]);
  });
});

describe("/pokmas", () => {
  it("registers a group with an optional RW, refuses a second one of the same name, and lists them", async () => {
    expect(textOf(await h.send("admin", '/pokmas tambah "Karang Taruna Tunas Muda" 3'))).toMatch(/Karang Taruna Tunas Muda" sudah terdaftar/);
    expect(textOf(await h.send("admin", "/pokmas tambah PKK Melati"))).toMatch(/PKK Melati" sudah terdaftar/);
    expect(textOf(await h.send("admin", '/pokmas tambah "karang taruna tunas muda"'))).toMatch(/sudah terdaftar sebelumnya/);
    expect(textOf(await h.send("admin", "/pokmas tambah"))).toMatch(/Cara mendaftarkan Pokmas/);
    expect(textOf(await h.send("admin", "/pokmas"))).toMatch(/• Karang Taruna Tunas Muda \(RW 03\)\n• PKK Melati/);
    expect(h.app.store.roles.pokmasByName("PKK Melati")).toMatchObject({ rw: null });
    expect(h.app.store.audit.recent(10, "pokmas.added")).toHaveLength(2);
  });
});
