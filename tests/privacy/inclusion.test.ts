/**
 * The optional inclusion question of "Ubah data diri" (issue 12): asked only after its own opt-in (the registration
 * consent does not cover it), never required, withdrawable, stored as a set of tags, and gone after `hapus data`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { inclusionOf } from "../../src/broadcast/inclusion.js";
import { createHarness, type Harness } from "../support/flow-harness.js";

let h: Harness;
afterEach(async () => {
  await h.close();
});

const stored = (user: string) => {
  const r = h.app.store.residents.findByIdentity("fake", user)!;
  return h.app.store.db.prepare(`SELECT inclusion, inclusion_at FROM residents WHERE id = ?`).get(r.id) as { inclusion: string | null; inclusion_at: number | null };
};

describe("the inclusion question in Ubah data diri", () => {
  it("asks for an explicit opt-in, stores nothing when declined, stores the chosen tags, and can be withdrawn", async () => {
    h = await createHarness();
    await h.register("siti");
    await h.send("siti", "Ubah data diri");
    expect(h.lastQuestion("siti")?.options?.map((o) => o.label)).toContain("Data inklusi (tidak wajib)");
    const consent = await h.send("siti", "Data inklusi (tidak wajib)");
    expect(consent.at(-1)?.text).toContain("Persetujuan pendaftaran tidak mencakup data ini.");
    expect((await h.send("siti", "Tidak")).at(-1)?.text).toContain("Baik, tidak ada yang disimpan.");
    expect(stored("siti")).toEqual({ inclusion: null, inclusion_at: null });

    await h.send("siti", "Ubah data diri");
    await h.send("siti", "Data inklusi (tidak wajib)");
    expect((await h.send("siti", "Ya, bersedia")).at(-1)?.text).toContain("4. Penyandang disabilitas");
    // Not a number of the list: a polite answer with an example, and the question stays.
    expect((await h.send("siti", "ibu rumah tangga")).at(-1)?.text).toContain("Mohon ketik nomor 1 sampai 4");
    expect((await h.send("siti", "1 4")).at(-1)?.text).toContain("Terima kasih, jawaban disimpan.");
    expect(stored("siti").inclusion).toBe("perempuan,disabilitas");
    expect(inclusionOf(h.app.store.db, h.app.store.residents.findByIdentity("fake", "siti")!.id)).toEqual(["perempuan", "disabilitas"]);

    await h.send("siti", "Ubah data diri");
    await h.send("siti", "Data inklusi (tidak wajib)");
    expect((await h.send("siti", "Hapus jawaban saya")).at(-1)?.text).toContain("Jawaban inklusi Bapak/Ibu sudah dihapus.");
    expect(stored("siti")).toEqual({ inclusion: null, inclusion_at: null });

    // "None of these" is an answer too (counted as having answered).
    await h.send("siti", "Ubah data diri");
    await h.send("siti", "Data inklusi (tidak wajib)");
    await h.send("siti", "Ya, bersedia");
    await h.send("siti", "0");
    expect(stored("siti").inclusion).toBe("");
  });

  it("is removed by hapus data", async () => {
    h = await createHarness();
    await h.register("budi", "Budi Santoso", "3", "1");
    for (const text of ["Ubah data diri", "Data inklusi (tidak wajib)", "Ya, bersedia", "2 3"]) await h.send("budi", text);
    const id = h.app.store.residents.findByIdentity("fake", "budi")!.id;
    expect(inclusionOf(h.app.store.db, id)).toEqual(["pemuda", "lansia"]);
    await h.send("budi", "hapus data");
    await h.send("budi", "1");
    expect(h.app.store.db.prepare(`SELECT inclusion, inclusion_at, deleted_at IS NOT NULL AS deleted FROM residents WHERE id = ?`).get(id)).toEqual({
      inclusion: null,
      inclusion_at: null,
      deleted: 1,
    });
  });
});
