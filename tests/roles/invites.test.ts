/**
 * Invites end to end through the real engine, flows and SQLite: /undang by an admin, redeeming by /kode, by the
 * code alone and after registering first, the same refusal for used, expired and wrong codes, and a new head of
 * the same RT replacing the old one (who is told, and the change audited).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { hashInviteCode } from "../../src/roles/invite-code.js";

const ADMIN = "admin";
let h: Harness;

beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin", INVITE_TTL_DAYS: "7" } });
});
afterEach(async () => {
  await h.close();
});

const CODE = /\b(?:RT|RW|LPMK|PKM|KDR)-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}\b/;
const idOf = (user: string) => h.app.store.residents.findByIdentity("fake", user)!.id;
const grantsOf = (user: string) => h.app.store.roles.grantsOf(idOf(user)).map((g) => ({ role: g.role, rw: g.rw, rt: g.rt, pokmasId: g.pokmasId }));
const audits = (action: string) => h.app.store.audit.recent(100, action);

async function invite(arg: string): Promise<string> {
  const text = textOf(await h.send(ADMIN, `/undang ${arg}`));
  const code = CODE.exec(text)?.[0];
  if (!code) throw new Error(`no code in: ${text}`);
  return code;
}

describe("/undang and /kode", () => {
  it("gives a one-time code that the invitee redeems after seeing what the role allows", async () => {
    const code = await invite("ketua_rt 3 2");
    expect(code).toMatch(/^RT-/);
    // Stored hashed only.
    const row = h.app.store.db.prepare(`SELECT * FROM invites`).get() as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(code);
    expect(row.code_hash).toBe(hashInviteCode(code));
    expect(row.expires_at).toBe(h.clock.now + 7 * 86_400_000);

    await h.register("budi", "Budi Santoso", "3", "2");
    const offer = textOf(await h.send("budi", `/kode ${code.toLowerCase().replace(/-/g, " ")}`));
    expect(offer).toContain("Ketua RT 02 / RW 03");
    expect(offer).toMatch(/rembug RT-nya sendiri/);
    expect(grantsOf("budi")).toEqual([]);
    expect(textOf(await h.send("budi", "terima"))).toMatch(/kini tercatat sebagai Ketua RT 02 \/ RW 03/);
    expect(grantsOf("budi")).toEqual([{ role: "ketua_rt", rw: 3, rt: 2, pokmasId: null }]);
    const granted = audits("role.granted");
    expect(granted).toHaveLength(1);
    expect(granted[0]!.actor).toBe(`resident:${idOf("budi")}`);
    expect(audits("invite.created")[0]!.actor).toBe(`resident:${idOf(ADMIN)}`);

    // Used: the same refusal as a wrong code.
    await h.register("citra", "Citra Dewi", "3", "2");
    const again = textOf(await h.send("citra", `/kode ${code}`));
    const wrong = textOf(await h.send("citra", "/kode RT-2222-3333"));
    expect(again).toMatch(/kode itu tidak dapat dipakai/);
    expect(again).toBe(wrong);
    expect(grantsOf("citra")).toEqual([]);
  });

  it("takes a code typed on its own, and refuses an expired one like a wrong one", async () => {
    const code = await invite("ketua_rw 4");
    await h.register("dewi", "Dewi", "4", "1");
    expect(textOf(await h.send("dewi", code))).toContain("Ketua RW 04");
    await h.send("dewi", "tolak");
    expect(grantsOf("dewi")).toEqual([]);
    h.clock.now += 7 * 86_400_000;
    expect(textOf(await h.send("dewi", code))).toMatch(/kode itu tidak dapat dipakai/);
    expect(grantsOf("dewi")).toEqual([]);
  });

  it("lets an unregistered invitee register first and then continues to the invite", async () => {
    const code = await invite("kader 3");
    const first = textOf(await h.send("eko", `/start ${code}`));
    expect(first).toMatch(/perlu mendaftar dulu/);
    await h.send("eko", "1");
    await h.send("eko", "Eko Prasetyo");
    await h.send("eko", "3");
    const after = textOf(await h.send("eko", "1"));
    expect(after).toContain("Kader RW 03");
    await h.press("eko", "yes");
    expect(grantsOf("eko")).toEqual([{ role: "kader", rw: 3, rt: null, pokmasId: null }]);
  });

  it("answers a bad /undang politely with the usage, and an unknown RT or group by name", async () => {
    expect(textOf(await h.send(ADMIN, "/undang"))).toMatch(/\/undang ketua_rt 3 2/);
    expect(textOf(await h.send(ADMIN, "/undang ketua_rt 3"))).toMatch(/\/undang ketua_rt 3 2/);
    expect(textOf(await h.send(ADMIN, "/undang ketua_rt 3 99"))).toMatch(/RT 99 \/ RW 03 tidak terdaftar/);
    expect(textOf(await h.send(ADMIN, '/undang ketua_pokmas "PKK RW 03"'))).toMatch(/belum terdaftar/);
    expect(textOf(await h.send(ADMIN, '/pokmas tambah "PKK RW 03" 3'))).toMatch(/sudah terdaftar/);
    expect(h.app.store.roles.pokmasByName("PKK RW 03")).toMatchObject({ rw: 3 });
    expect(await invite('ketua_pokmas "pkk rw 03"')).toMatch(/^PKM-/);
    expect(h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM invites`).get()).toEqual({ n: 1 });
  });

  it("replaces the old head of the same RT when a new one accepts, tells the old head and audits it", async () => {
    const first = await invite("ketua_rt 3 2");
    await h.register("budi", "Budi Santoso", "3", "2");
    await h.send("budi", `/kode ${first}`);
    await h.send("budi", "1");
    const second = await invite("ketua_rt 3 2");
    await h.register("citra", "Citra Dewi", "3", "2");
    await h.send("citra", `/kode ${second}`);
    const mark = h.channel.mark;
    await h.send("citra", "1");
    expect(grantsOf("citra")).toEqual([{ role: "ketua_rt", rw: 3, rt: 2, pokmasId: null }]);
    expect(grantsOf("budi")).toEqual([]);
    expect(textOf(h.channel.sentSince("budi", mark))).toMatch(/peran Ketua RT 02 \/ RW 03 kini dipegang pengurus yang baru/);
    const revoked = audits("role.revoked");
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({ actor: `resident:${idOf("citra")}`, subject: `resident:${idOf("budi")}` });
    expect(JSON.parse(revoked[0]!.detail!)).toMatchObject({ role: "ketua_rt", rw: 3, rt: 2, reason: "replaced" });
  });

  it("shows the new role's menu entries in the very reply that grants the role", async () => {
    const code = await invite("ketua_rt 3 2");
    await h.register("budi", "Budi Santoso", "3", "2");
    await h.send("budi", `/kode ${code}`);
    expect(textOf(await h.send("budi", "terima"))).toMatch(/kini tercatat sebagai Ketua RT 02 \/ RW 03/);
    // The menu sent with that reply: the resident's entries, then the head's.
    const menu = h.lastQuestion("budi")!;
    expect(menu.text).toContain("Menu utama");
    expect(menu.options!.map((o) => o.label)).toContain("Rembug (daftar prioritas)");
  });
});
