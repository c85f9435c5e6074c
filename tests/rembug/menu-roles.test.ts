/** The main menu offers heads and LPMK members the entries their roles allow, and residents none of them. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { head, openCycle } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

const RESIDENT = ["Sampaikan aspirasi", "Cek status aspirasi", "Ubah data diri", "Bahasa / Language", "Bantuan", "Dukung usulan warga"];
const menuOf = async (user: string) => {
  await h.send(user, "menu");
  return h.lastQuestion(user)!.options!.map((o) => o.label);
};

describe("the main menu by role", () => {
  it("lists only the resident's services for a resident, and a head's extra numbers mean nothing to them", async () => {
    await h.register("warga", "Siti Aminah");
    expect(await menuOf("warga")).toEqual(RESIDENT);
    expect(textOf(await h.send("warga", "7"))).not.toContain("Rembug");
  });

  it("adds Rembug and announcements for an RT head, the recap too for an RW head, and every LPMK tool for an admin", async () => {
    await head(h, "rt", { role: "ketua_rt", rw: 3, rt: 2 });
    await head(h, "rw", { role: "ketua_rw", rw: 3 });
    await h.register("admin", "Bu Lurah");
    expect(await menuOf("rt")).toEqual([...RESIDENT, "Rembug (daftar prioritas)", "Kirim pengumuman"]);
    expect(await menuOf("rw")).toEqual([...RESIDENT, "Rembug (daftar prioritas)", "Rekap aspirasi", "Kirim pengumuman", "Dasbor web (tautan masuk)"]);
    expect(await menuOf("admin")).toEqual([
      ...RESIDENT,
      "Rembug (daftar prioritas)",
      "Rekap aspirasi",
      "Kirim pengumuman",
      "Siklus perencanaan",
      "Tindak lanjut usulan",
      "Undang ketua / pengurus",
      "Daftar pemegang peran",
      "Dasbor web (tautan masuk)",
    ]);
  });

  it("starts the rembug from the head's menu entry, and answers the invite entry with its usage", async () => {
    await head(h, "rt", { role: "ketua_rt", rw: 3, rt: 2 });
    openCycle(h);
    await menuOf("rt");
    expect(textOf(await h.send("rt", "7"))).toContain("*Rembug RT 02 / RW 03* — Musrenbang 2027");
    await h.register("admin", "Bu Lurah");
    await menuOf("admin");
    expect(textOf(await h.send("admin", "12"))).toContain(h.app.i18n.t("id", "undang-usage"));
  });

  it("sends the dashboard's one-time sign-in link from the menu entry, as /dasbor does", async () => {
    await h.register("admin", "Bu Lurah");
    await menuOf("admin");
    const reply = textOf(await h.send("admin", "14"));
    expect(reply).toMatch(/https?:\/\/\S+\/dasbor\/masuk\?t=\S+/);
    expect(h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'dashboard.link'`).get()).toEqual({ n: 1 });
  });
});
