/** Rembug RT through the engine: candidates, ordered pick, meeting items, funding, attendance, confirmation. */
import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { file, finishPlainly, head, items, openCycle, outboxRows, results } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

const pdfText = (file: string): string => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });

describe("rembug RT", () => {
  it("lists the RT's candidates, takes an ordered pick, a meeting item, funding and attendance, and confirms with one outbox event and a PDF", async () => {
    await h.register("w1", "Siti Aminah");
    await h.register("w2", "Budi Santoso");
    const drain = await file(h, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const lamp = await file(h, "w2", "Lampu jalan di Gang Melati mati sudah sebulan", "Gang Melati", "keamanan");
    openCycle(h);
    await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
    await h.send("ketua", "/rembug");
    const q = h.lastQuestion("ketua")!;
    expect(q.text).toContain("paling banyak 5 usulan");
    expect(q.options!.map((o) => o.label)).toEqual([
      `${drain} Drainase / gorong-gorong · Jl Mawar — 1 pendukung`,
      `${lamp} Keamanan / ketertiban · Gang Melati — 1 pendukung`,
    ]);
    // The resident's own words never appear to the head's list.
    expect(q.options!.map((o) => o.label).join()).not.toMatch(/mampet|sebulan/);
    expect(textOf(await h.send("ketua", "2 1"))).toMatch(new RegExp(`1\\. ${lamp}[\\s\\S]*2\\. ${drain}[\\s\\S]*usulan yang muncul di rapat`));
    await h.press("ketua", "tambah");
    await h.press("ketua", "jalan");
    await h.send("ketua", "Pengaspalan jalan lingkungan yang berlubang");
    const added = textOf(await h.send("ketua", "Jl Kenanga ujung"));
    const raised = /dengan nomor (ASP-\w{4})/.exec(added)![1]!;
    expect(added).toContain("urutan 3");
    await h.press("ketua", "selesai");
    await h.press("ketua", "apbd");
    expect(textOf(await h.send("ketua", "150 m"))).toContain("Volume: 150 m");
    expect(textOf(await h.send("ketua", "25 jt"))).toContain("Perkiraan biaya: Rp25.000.000");
    await h.send("ketua", "swadaya");
    await h.send("ketua", "lewati");
    expect(textOf(await h.send("ketua", "lewati"))).toContain("Potensi swadaya");
    await h.send("ketua", "tenaga kerja bakti 20 orang");
    await h.send("ketua", "csr");
    await h.send("ketua", "2 unit");
    await h.send("ketua", "Rp 2.500.000");
    await h.send("ketua", "25");
    await h.send("ketua", "12");
    await h.send("ketua", "5");
    await h.send("ketua", "lewati");
    await h.send("ketua", "1");
    const summary = textOf(await h.send("ketua", "lewati"));
    expect(summary).toMatch(/1\. .*Gang Melati\n\s+Dana: APBD · Volume: 150 m · Biaya: Rp25\.000\.000/);
    expect(summary).toContain("Hadir: 25 orang (perempuan 12, pemuda 5, lansia -, disabilitas 1)");
    expect(outboxRows(h)).toEqual([]);
    expect(results(h)[0]!.state).toBe("draft");
    expect(textOf(await h.send("ketua", "konfirmasi"))).toContain("dikonfirmasi dengan 3 usulan");

    const [res] = results(h);
    expect(res).toMatchObject({ state: "confirmed", version: 1, level: "rt", rw: 3, rt: 2 });
    expect(items(h, res!.id)).toEqual([
      { rank: 1, ticket: lamp, source: "aspirasi", funding: "apbd", volume: 150, unit: "m", cost: 25_000_000, swadaya: null },
      { rank: 2, ticket: drain, source: "aspirasi", funding: "swadaya", volume: null, unit: null, cost: null, swadaya: "tenaga kerja bakti 20 orang" },
      { rank: 3, ticket: raised, source: "rembug", funding: "csr", volume: 2, unit: "unit", cost: 2_500_000, swadaya: null },
    ]);
    const meeting = h.app.store.db.prepare(`SELECT resident_id, origin, cycle_id, description FROM aspirations WHERE ticket = ?`).get(raised);
    expect(meeting).toEqual({ resident_id: null, origin: "rembug", cycle_id: 1, description: "Pengaspalan jalan lingkungan yang berlubang" });
    const confirmedRow = h.app.store.db.prepare(`SELECT confirmed_at, confirmed_by FROM rembug_results WHERE id = ?`).get(res!.id);
    expect(confirmedRow).toEqual({ confirmed_at: h.clock.now, confirmed_by: expect.stringMatching(/^resident:\d+$/) });
    expect(outboxRows(h)).toEqual([{ job_id: `rembug-confirmed-${res!.id}`, payload: JSON.stringify({ resultId: res!.id }) }]);

    const doc = h.channel.sentTo("ketua").find((m) => m.document)!.document!;
    expect(doc.mime).toBe("application/pdf");
    const text = pdfText(doc.path);
    expect(text).toContain("BERITA ACARA REMBUG RT");
    expect(text).toContain("RT 02 / RW 03");
    expect(text).toMatch(/1\s+\S*\s*ASP-\w{4} · Keamanan/);
    for (const tk of [lamp, drain, raised]) expect(text).toContain(tk);
    expect(text).toContain("Rp25.000.000");
    expect(text).toMatch(/tenaga kerja bakti/);
    expect(text).toMatch(/perempuan 12, pemuda 5, lansia -, penyandang disabilitas 1/);
    expect(text).toContain("Ketua RT");
  });

  it("shows one line per cluster, marks carried-over items, and never lists rahasia or another RT's aspirations", async () => {
    await h.register("w1", "Siti Aminah");
    await h.register("w2", "Budi Santoso");
    await h.register("w3", "Ani", "3", "1");
    const a = await file(h, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const b = await file(h, "w2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar");
    await h.press("w2", "ya");
    const secret = await file(h, "w2", "Ada kekerasan dalam rumah tangga di tetangga saya", "Gang Dahlia", "keamanan");
    const other = await file(h, "w3", "Jalan rusak di RT 01 sudah lama tidak diperbaiki", "Jl Anggrek", "jalan");
    const cycle = openCycle(h);
    h.app.store.db.prepare(`UPDATE aspirations SET confidential = 1 WHERE ticket = ?`).run(secret);
    h.app.store.db.prepare(`UPDATE aspirations SET carried_from = ?, cycle_id = ? WHERE ticket = ?`).run(cycle, cycle, a);
    await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
    await h.send("ketua", "/rembug");
    const labels = h.lastQuestion("ketua")!.options!.map((o) => o.label);
    expect(labels).toEqual([`${a} Drainase / gorong-gorong · Jl Mawar — 2 pendukung (usulan tahun lalu)`]);
    expect(labels.join()).not.toContain(b);
    expect(labels.join()).not.toContain(secret);
    expect(labels.join()).not.toContain(other);
  });

  it("pages a long list with lagi/next and keeps the numbers global", async () => {
    await h.register("w1", "Siti Aminah");
    const cats = ["jalan", "drainase", "sanitasi", "air-bersih", "persampahan", "pendidikan", "kesehatan", "sosial-budaya", "ekonomi", "keamanan"];
    const tickets: string[] = [];
    for (const [i, cat] of cats.entries()) tickets.push(await file(h, "w1", `Usulan nomor ${i + 1} untuk lingkungan kami`, `Gang ${i + 1}`, cat));
    openCycle(h);
    await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
    await h.send("ketua", "/rembug");
    expect(h.lastQuestion("ketua")!.text).toContain("halaman 1/2");
    expect(h.lastQuestion("ketua")!.options).toHaveLength(8);
    await h.send("ketua", "lagi");
    const page2 = h.lastQuestion("ketua")!;
    expect(page2.text).toContain("halaman 2/2");
    expect(page2.options!.map((o) => o.number)).toEqual([9, 10]);
    await h.send("ketua", "next");
    expect(h.lastQuestion("ketua")!.text).toContain("halaman 1/2");
    // "10" is on page 2 but picks from page 1 too.
    const order = textOf(await h.send("ketua", "10,1"));
    expect(order).toMatch(/1\. ASP-\w{4} .*— 1 pendukung\n2\. ASP-/);
    const picked = [...order.matchAll(/\d\. (ASP-\w{4})/g)].map((m) => m[1]);
    expect(picked).toHaveLength(2);
    expect(new Set(picked).size).toBe(2);
  });

  it("explains the cap when too many are picked, takes picks one at a time, and can reorder before confirming", async () => {
    await h.register("w1", "Siti Aminah");
    const cats = ["jalan", "drainase", "sanitasi", "air-bersih", "persampahan", "pendidikan"];
    for (const [i, cat] of cats.entries()) await file(h, "w1", `Usulan nomor ${i + 1} untuk lingkungan kami`, `Gang ${i + 1}`, cat);
    openCycle(h);
    await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
    await h.send("ketua", "/rembug");
    const labels = h.lastQuestion("ketua")!.options!.map((o) => o.label.slice(0, 8));
    expect(textOf(await h.send("ketua", "1 2 3 4 5 6"))).toContain("paling banyak 5");
    await h.send("ketua", "3");
    await h.send("ketua", "1");
    expect(textOf(await h.send("ketua", "selesai"))).toMatch(new RegExp(`1\\. ${labels[2]}[\\s\\S]*2\\. ${labels[0]}`));
    await h.press("ketua", "selesai");
    await finishPlainly(h, "ketua", 2);
    await h.press("ketua", "ubah");
    await h.press("ketua", "urutan");
    await h.send("ketua", "1 3");
    await h.press("ketua", "selesai");
    // Details already given are kept: straight back to the summary.
    const summary = textOf(h.channel.sentTo("ketua").slice(-1));
    expect(summary).toMatch(new RegExp(`1\\. ${labels[0]}[\\s\\S]*Dana: APBD[\\s\\S]*2\\. ${labels[2]}[\\s\\S]*Dana: APBD`));
    await h.send("ketua", "konfirmasi");
    expect(items(h, results(h)[0]!.id).map((i) => i.ticket)).toEqual([labels[0], labels[2]]);
  });

  it("honours REMBUG_MAX_ITEMS", async () => {
    const h2 = await createHarness({ env: { REMBUG_MAX_ITEMS: "2" } });
    try {
      await h2.register("w1", "Siti Aminah");
      for (const [i, cat] of ["jalan", "drainase", "sanitasi"].entries()) await file(h2, "w1", `Usulan nomor ${i + 1} untuk lingkungan kami`, `Gang ${i + 1}`, cat);
      openCycle(h2);
      await head(h2, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
      expect(textOf(await h2.send("ketua", "/rembug"))).toContain("paling banyak 2 usulan");
      expect(textOf(await h2.send("ketua", "1 2 3"))).toContain("paling banyak 2");
      // Two picks fill the list: no meeting item is offered, the funding question follows.
      expect(textOf(await h2.send("ketua", "1 2"))).toContain("Sumber dana");
    } finally {
      await h2.close();
    }
  });

  it("records 'nothing to propose this year' as a valid result", async () => {
    openCycle(h);
    await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
    expect(textOf(await h.send("ketua", "/rembug"))).toContain("usulan yang muncul di rapat");
    await h.press("ketua", "selesai");
    await h.send("ketua", "8");
    for (let i = 0; i < 5; i++) await h.send("ketua", "lewati");
    expect(textOf(h.channel.sentTo("ketua").slice(-1))).toContain("Tidak ada usulan tahun ini");
    await h.send("ketua", "konfirmasi");
    expect(results(h)[0]!.state).toBe("confirmed");
    expect(pdfText(h.channel.sentTo("ketua").find((m) => m.document)!.document!.path)).toContain("Tidak ada usulan yang diprioritaskan");
  });
});
