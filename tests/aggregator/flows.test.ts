/** The aggregator seen by residents and the LPMK: duplicate hint, Dukung usulan, /rekap with its file. */
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

/** File an aspiration (drainage unless told) through the conversation and return its ticket. */
async function file(user: string, description: string, location: string, category = "drainase"): Promise<string> {
  await h.send(user, "/aspirasi");
  await h.press(user, category);
  await h.send(user, description);
  await h.send(user, location);
  await h.send(user, "lewati");
  let replies = await h.send(user, "kirim");
  // After Kirim: a keamanan report is offered rahasia (answered: normal); similar proposals (answered: the same).
  for (let i = 0; i < 2 && !/ASP-\w{4}/.test(textOf(replies)); i++) {
    const values = replies.at(-1)!.options!.map((o) => o.value);
    replies = await h.press(user, values.includes("no") ? "no" : "same");
  }
  return /ASP-\w{4}/.exec(textOf(replies))![0];
}

/** What the aggregate worker does for one confirmed aspiration. */
async function aggregate(ticket: string) {
  const a = h.app.store.aspirations.byTicket(ticket)!;
  const r = h.app.aggregator.ingest(a.id);
  await h.app.host.idle();
  if (!r.ok) throw new Error("ingest failed");
  return { ...r, id: a.id };
}

function sessionFlow(user: string): string | undefined {
  const id = h.app.store.residents.findByIdentity("fake", user)!.id;
  return (h.app.store.sessions.get(id) as { flow?: string } | undefined)?.flow;
}

describe("duplicate hint after an aspiration", () => {
  it("tells the resident how many neighbours raised it and merges it when they say it is the same", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    // Both filed before either is aggregated: no list at the summary, so the hint after submission speaks.
    const t1 = await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const t2 = await file("u2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar");
    const first = await aggregate(t1);
    const mark = h.channel.mark;
    const second = await aggregate(t2);
    expect(second.clusterId).toBe(first.clusterId);
    const hint = h.channel.sentSince("u2", mark).at(-1)!;
    expect(hint.text).toMatch(/Usulan serupa sudah disampaikan 1 warga di RW Bapak\/Ibu[\s\S]*"Drainase \/ gorong-gorong · Jl Mawar"[\s\S]*\(ASP-/);
    expect(hint.text).not.toMatch(/mampet/);
    expect(hint.options?.map((o) => o.value)).toEqual(["ya", "beda"]);
    const replies = textOf(await h.press("u2", "ya"));
    expect(replies).toMatch(/sudah digabung[\s\S]*didukung 2 warga/);
    expect(h.app.aggregator.clusterOf(second.id)).toEqual({ clusterId: first.clusterId, state: "merged" });
    expect(sessionFlow("u2")).toBe("menu");
  });

  it("keeps the aspiration as its own proposal when the resident says it is different", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    const t1 = await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const t2 = await file("u2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar");
    const first = await aggregate(t1);
    const second = await aggregate(t2);
    expect(textOf(await h.send("u2", "2"))).toMatch(/tetap dicatat sebagai usulan tersendiri/);
    const now = h.app.aggregator.clusterOf(second.id)!;
    expect(now.clusterId).not.toBe(first.clusterId);
    const supporters = h.app.store.db.prepare("SELECT supporters FROM clusters WHERE id = ?").pluck();
    expect(supporters.get(first.clusterId)).toBe(1);
    expect(supporters.get(now.clusterId)).toBe(1);
  });

  it("does not interrupt a resident who is busy in another flow, and explains how to answer later", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    const t1 = await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const t2 = await file("u2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar");
    await aggregate(t1);
    await h.send("u2", "/aspirasi");
    const mark = h.channel.mark;
    await aggregate(t2);
    const hint = h.channel.sentSince("u2", mark).at(-1)!;
    expect(hint.options).toBeUndefined();
    expect(hint.text).toContain(`/dukung ${t2}`);
    expect(sessionFlow("u2")).toBe("aspirasi");
    await h.send("u2", "batal");
    expect(textOf(await h.send("u2", `/dukung ${t2}`))).toMatch(/Usulan serupa sudah disampaikan 1 warga/);
    expect(textOf(await h.send("u2", "ya"))).toMatch(/didukung 2 warga/);
  });

  it("says nothing when the only similar aspiration is the resident's own", async () => {
    await h.register("u1");
    await aggregate(await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar"));
    const mark = h.channel.mark;
    const again = await aggregate(await file("u1", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar"));
    expect(again.isNewCluster).toBe(false);
    expect(again.similarCount).toBe(0);
    expect(textOf(h.channel.sentSince("u1", mark))).not.toMatch(/Usulan serupa/);
  });
});

describe("security and public-order reports", () => {
  it("are clustered without a hint quoting the neighbour's words, and /dukung <ticket> does not show them either", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    const first = await aggregate(await file("u1", "Rumah kosong di Gg. Kenari sering dipakai mabuk-mabukan tiap malam", "Gg Kenari", "keamanan"));
    const t2 = await file("u2", "Gg Kenari rumah kosong jadi tempat mabuk-mabukan tiap malam", "Gg Kenari", "keamanan");
    const mark = h.channel.mark;
    const second = await aggregate(t2);
    expect(second).toMatchObject({ isNewCluster: false, clusterId: first.clusterId, similarCount: 1 });
    expect(textOf(h.channel.sentSince("u2", mark))).not.toMatch(/Usulan serupa|mabuk/);
    expect(sessionFlow("u2")).toBe("menu");
    expect(textOf(await h.send("u2", `/dukung ${t2}`))).not.toMatch(/mabuk/);
  });
});

describe("Dukung usulan from the menu", () => {
  it("lists proposals of the resident's own RW and records the support once", async () => {
    await h.register("u1");
    await h.register("u3", "Ani", "3", "4");
    await h.register("u9", "Dedi", "5", "1");
    await aggregate(await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar"));
    const list = await h.send("u3", "dukung");
    expect(textOf(list)).toMatch(/Usulan warga RW 03/);
    const q = h.lastQuestion("u3")!;
    expect(q.options?.[0]?.label).toBe("Drainase / gorong-gorong · Jl Mawar (1 warga)");
    expect(textOf(await h.send("u3", "1"))).toMatch(/tercatat sebagai pendukung[\s\S]*didukung 2 warga/);
    expect(h.app.store.db.prepare("SELECT supporters FROM clusters").pluck().get()).toBe(2);
    expect(textOf(await h.send("u3", "dukung"))).toMatch(/Belum ada usulan lain/);
    expect(textOf(await h.send("u9", "dukung"))).toMatch(/Belum ada usulan lain/);
  });

  it("never shows a neighbour's security or public-order report in the list, which still reaches the recap", async () => {
    await h.register("u1");
    await h.register("u3", "Ani", "3", "4");
    await h.register("admin", "Pak Harto", "1", "1");
    await aggregate(await file("u1", "Rumah kosong di Gg. Kenari sering dipakai mabuk-mabukan tiap malam", "Gg Kenari", "keamanan"));
    expect(textOf(await h.send("u3", "dukung"))).toMatch(/Belum ada usulan lain/);
    await aggregate(await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar"));
    await h.send("u3", "dukung");
    expect(h.lastQuestion("u3")!.options?.map((o) => o.label).join("\n")).not.toMatch(/mabuk/);
    expect(textOf(await h.send("admin", "/rekap 3"))).toMatch(/Aspirasi masuk: 2/);
  });
});

describe("/rekap", () => {
  it("is refused politely to residents who are not LPMK, and the attempt is audited", async () => {
    await h.register("u1");
    expect(textOf(await h.send("u1", "/rekap"))).toMatch(/hanya untuk pengurus yang berwenang/);
    const audit = h.app.store.audit.recent(10, "access.denied");
    expect(audit[0]?.subject).toBe("flow:rekap");
  });

  it("gives the LPMK counts by category, top proposals and the number waiting, for all RWs or one", async () => {
    await h.register("admin", "Pak Harto", "1", "1");
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    await aggregate(await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar"));
    await aggregate(await file("u2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar"));
    const all = textOf(await h.send("admin", "/rekap"));
    expect(all).toMatch(/Rekap aspirasi semua RW/);
    expect(all).toMatch(/Aspirasi masuk: 2 aspirasi dari warga\nSetelah aspirasi serupa digabung: 1 usulan/);
    expect(all).toMatch(/Menunggu dibahas di rembug: 2 aspirasi \(dalam 1 usulan\)/);
    expect(all).toMatch(/Drainase \/ gorong-gorong: 2 aspirasi/);
    expect(all).toMatch(/RW 03: 2 aspirasi → 1 usulan; 2 aspirasi menunggu rembug/);
    expect(all).toMatch(/1\. RW 03: Got di Jl\. Mawar mampet.* — 2 pendukung \(ASP-/);
    await h.send("admin", "tidak");
    expect(textOf(await h.send("admin", "/rekap 3"))).toMatch(/Rekap aspirasi RW 03[\s\S]*Aspirasi masuk: 2/);
    await h.send("admin", "tidak");
    expect(textOf(await h.send("admin", "/rekap rw 77"))).toMatch(/RW 77 tidak terdaftar/);
  });

  it("sends the Daftar Panjang Usulan as an Excel document on request", async () => {
    await h.register("u1");
    await h.register("admin", "Pak Harto", "1", "1");
    await aggregate(await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar"));
    await h.send("admin", "/rekap 3");
    const replies = await h.press("admin", "xlsx");
    expect(textOf(replies)).toMatch(/sedang disiapkan/);
    const doc = replies.find((r) => r.document)?.document;
    expect(doc?.filename).toMatch(/^daftar-panjang-usulan-rw03-\d{8}-\d{4}\.xlsx$/);
    expect(doc?.caption).toBe("Daftar Panjang Usulan RW 03");
    expect(existsSync(doc!.path)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(doc!.path);
    const ws = wb.getWorksheet("RW 03")!;
    expect(ws.getRow(5).getCell(2).value).toBe("Usulan");
    expect(ws.getRow(6).getCell(2).value).toMatch(/Got di Jl\. Mawar/);
    expect(h.app.store.audit.recent(10, "recap.export")[0]?.subject).toBe("rw:3");
  });

  it("gives the file for all RWs a sheet for every RW of the wilayah, even one without usulan", async () => {
    await h.register("u1");
    await h.register("admin", "Pak Harto", "1", "1");
    await aggregate(await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar"));
    await h.send("admin", "/rekap");
    const doc = (await h.press("admin", "xlsx")).find((r) => r.document)?.document;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(doc!.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(h.app.wilayah.rws.map((rw) => `RW ${String(rw).padStart(2, "0")}`));
    expect(wb.getWorksheet("RW 01")!.getRow(6).getCell(1).value).toBe("Belum ada usulan dari RW ini.");
  });
});
