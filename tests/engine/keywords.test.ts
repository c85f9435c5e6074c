import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.register("u1");
  await h.send("u1", "/aspirasi");
  await h.send("u1", "2");
});
afterEach(async () => {
  await h.close();
});

const resident = () => h.app.store.residents.findByIdentity("fake", "u1");

describe("words that work in the middle of a flow", () => {
  it.each(["batal", "/batal", "BATAL", "Batal!"])("%s cancels the current flow", async (word) => {
    expect(textOf(await h.send("u1", word))).toMatch(/dibatalkan[\s\S]*Menu utama/);
  });

  it.each(["menu", "/menu"])("%s leaves the flow for the main menu", async (word) => {
    expect(textOf(await h.send("u1", word))).toMatch(/Menu utama/);
  });

  it("bantuan shows help and repeats the current question", async () => {
    const text = textOf(await h.send("u1", "bantuan"));
    expect(text).toMatch(/Bantuan[\s\S]*HAPUS DATA[\s\S]*ceritakan usulan/);
  });

  it("bahasa switches to English and repeats the question in English", async () => {
    const text = textOf(await h.send("u1", "bahasa"));
    expect(text).toMatch(/Language switched to English[\s\S]*describe the proposal/);
    expect(resident()?.lang).toBe("en");
    expect(textOf(await h.send("u1", "/bahasa"))).toMatch(/Bahasa Indonesia[\s\S]*ceritakan/);
  });

  it("berhenti and mulai store the announcement opt-out and keep the flow", async () => {
    expect(textOf(await h.send("u1", "berhenti"))).toMatch(/tidak akan menerima pengumuman[\s\S]*ceritakan/);
    expect(resident()?.optedOut).toBe(true);
    await h.send("u1", "mulai");
    expect(resident()?.optedOut).toBe(false);
  });

  it("the words are never swallowed as an answer", async () => {
    await h.send("u1", "menu");
    expect(h.app.store.sessions.get(resident()!.id)).toMatchObject({ flow: "menu" });
  });

  it("hapus data asks first, then deletes personal data and anonymises aspirations", async () => {
    await h.send("u1", "Saluran air di depan rumah mampet sejak seminggu");
    await h.send("u1", "Jl. Kenanga 5");
    await h.send("u1", "lewati");
    const ticket = /ASP-\w{4}/.exec(textOf(await h.send("u1", "kirim")))![0];
    const id = resident()!.id;
    expect(textOf(await h.send("u1", "hapus data"))).toMatch(/Hapus data diri/);
    expect(textOf(await h.send("u1", "tidak"))).toMatch(/tidak dihapus/);
    expect(resident()?.name).toBe("Siti Aminah");
    await h.send("u1", "/hapus_data");
    expect(textOf(await h.send("u1", "1"))).toMatch(/sudah dihapus/);
    expect(resident()).toBeUndefined();
    expect(h.app.store.residents.get(id)).toMatchObject({ name: null, rw: null, rt: null, registered: false });
    expect(h.app.store.aspirations.byTicket(ticket)).toMatchObject({ residentId: null, rw: 3, rt: 2 });
    expect(h.app.store.audit.recent(5, "resident.delete")).toHaveLength(1);
    expect(textOf(await h.send("u1", "halo"))).toMatch(/Persetujuan data pribadi/);
  });

  it("hapus data answered 'tidak' in the middle of an aspiration returns to the same step with the draft kept", async () => {
    // beforeEach stopped at the description step, category 2 (drainage) chosen.
    await h.send("u1", "Saluran air di depan rumah mampet sejak seminggu");
    expect(textOf(await h.send("u1", "hapus data"))).toMatch(/Hapus data diri/);
    expect(textOf(await h.send("u1", "tidak"))).toMatch(/tidak dihapus[\s\S]*Di mana lokasinya/);
    await h.send("u1", "Jl. Kenanga 5");
    const summary = textOf(await h.send("u1", "lewati"));
    expect(summary).toMatch(/Bidang: Drainase[\s\S]*Uraian: Saluran air di depan rumah mampet sejak seminggu[\s\S]*Lokasi: Jl\. Kenanga 5/);
  });

  it("a command word without a slash inside a flow is taken as an answer", async () => {
    expect(textOf(await h.send("u1", "status"))).toMatch(/terlalu pendek/);
  });
});

describe("hapus data before registering", () => {
  it("at the consent prompt says there is nothing to delete and the next answer still answers the consent", async () => {
    expect(textOf(await h.send("u2", "halo"))).toMatch(/Persetujuan data pribadi/);
    expect(textOf(await h.send("u2", "hapus data"))).toMatch(/tidak menyimpan data pribadi[\s\S]*Persetujuan data pribadi/);
    expect(textOf(await h.send("u2", "1"))).toMatch(/Siapa nama/);
    expect(h.app.store.residents.findByIdentity("fake", "u2")?.consent).toBe("given");
  });
});

describe("main menu", () => {
  it("an idle resident typing something unknown gets the menu again", async () => {
    await h.send("u1", "batal");
    expect(textOf(await h.send("u1", "apa kabar pak"))).toMatch(/belum memahami[\s\S]*1 sampai 6/);
  });

  it("opens status, profile, language and help by number", async () => {
    await h.send("u1", "batal");
    expect(textOf(await h.send("u1", "2"))).toMatch(/belum pernah menyampaikan aspirasi[\s\S]*Menu utama/);
    expect(textOf(await h.send("u1", "3"))).toMatch(/Data Bapak\/Ibu saat ini[\s\S]*Siti Aminah/);
    await h.send("u1", "1");
    expect(textOf(await h.send("u1", "Siti Nurhaliza"))).toMatch(/sudah diperbarui/);
    expect(resident()?.name).toBe("Siti Nurhaliza");
    expect(textOf(await h.send("u1", "4"))).toMatch(/switched to English[\s\S]*Main menu/);
    expect(textOf(await h.send("u1", "5"))).toMatch(/Help/);
  });

  it("moves a resident to another RW and RT from the profile", async () => {
    await h.send("u1", "/profil");
    await h.send("u1", "2");
    await h.send("u1", "RW 5");
    expect(textOf(await h.send("u1", "rt 4"))).toMatch(/sudah diperbarui/);
    expect(resident()).toMatchObject({ rw: 5, rt: 4 });
  });
});
