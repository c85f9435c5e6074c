/**
 * /gabung and /pisah in chat: an LPMK admin merges two proposals after a confirmation and the residents behind the
 * merged one hear of it; the trail shows in /usulan and in the resident's /status; a resident is refused and the
 * attempt audited; /pisah asks for a reason when none was given.
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

async function file(user: string, description: string, location: string): Promise<string> {
  await h.send(user, "/aspirasi");
  await h.press(user, "drainase");
  await h.send(user, description);
  await h.send(user, location);
  await h.send(user, "lewati");
  let replies = await h.send(user, "kirim");
  for (let i = 0; i < 2 && !/ASP-\w{4}/.test(textOf(replies)); i++) replies = await h.press(user, "none");
  const ticket = /ASP-\w{4}/.exec(textOf(replies))![0];
  expect(h.app.aggregator.ingest(h.app.store.aspirations.byTicket(ticket)!.id).ok).toBe(true);
  await h.app.host.idle();
  return ticket;
}

const clusterOf = (ticket: string) => h.app.aggregator.clusterOf(h.app.store.aspirations.byTicket(ticket)!.id)!.clusterId;

describe("/gabung and /pisah", () => {
  it("merges after Ya, tells the residents behind the merged proposal, and shows the trail on both sides", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    const a = await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const b = await file("u2", "Saluran air depan balai RW bocor dan bau sekali", "Gang Melati");
    expect(clusterOf(a)).not.toBe(clusterOf(b));

    const ask = textOf(await h.send("admin", `/gabung ${a} ${b} satu saluran yang sama`));
    expect(ask).toContain(`Usulan ${a} (1 aspirasi, 1 pendukung) akan digabung ke ${b} (1 aspirasi, 1 pendukung).`);
    expect(h.lastQuestion("admin")!.options!.map((o) => o.label)).toEqual(["Ya, lanjutkan", "Batal"]);
    expect(clusterOf(a)).not.toBe(clusterOf(b));
    const mark = h.channel.mark;
    expect(textOf(await h.send("admin", "ya"))).toContain(`Usulan ${a} digabung ke ${b} (tercatat di log audit).`);
    await h.app.host.idle();
    expect(clusterOf(a)).toBe(clusterOf(b));
    expect(textOf(h.channel.sentSince("u1", mark))).toContain(`Kabar usulan ${a}: LPMK menggabungkannya dengan usulan serupa ${b}.`);
    expect(textOf(h.channel.sentSince("u2", mark))).not.toContain("menggabungkannya");

    expect(textOf(await h.send("admin", `/usulan ${b}`))).toMatch(new RegExp(`· gabungan dari ${a}: satu saluran yang sama`));
    expect(textOf(await h.send("u1", `/status ${a}`))).toMatch(new RegExp(`· digabung ke ${b} oleh LPMK: satu saluran yang sama`));

    // Split it out again; without a reason the command asks for one.
    expect(textOf(await h.send("admin", `/pisah ${a}`))).toContain("Tuliskan alasannya");
    expect(textOf(await h.send("admin", "beda titik lokasi"))).toContain(`Aspirasi ${a} akan dipisah dari usulan ${b}`);
    expect(textOf(await h.send("admin", "ya"))).toContain(`Aspirasi ${a} dipisah dari usulan ${b}`);
    await h.app.host.idle();
    expect(clusterOf(a)).not.toBe(clusterOf(b));
    expect(h.app.store.audit.recent(10).map((e) => e.action)).toEqual(expect.arrayContaining(["cluster.lpmk-merge", "cluster.lpmk-split"]));
  });

  it("changes nothing when the admin answers Batal, and explains a refusal", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    const a = await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const b = await file("u2", "Saluran air depan balai RW bocor dan bau sekali", "Gang Melati");
    await h.send("admin", `/gabung ${a} ${b} satu saluran`);
    expect(textOf(await h.press("admin", "batal"))).toContain("Dibatalkan. Tidak ada usulan yang diubah.");
    expect(clusterOf(a)).not.toBe(clusterOf(b));
    expect(textOf(await h.send("admin", `/gabung ${a} ASP-ZZZZ alasan apa saja`))).toContain("Tiket ASP-ZZZZ tidak ditemukan");
    expect(textOf(await h.send("admin", `/pisah ${a} alasan apa saja`))).toContain(`Aspirasi ${a} sudah menjadi usulan sendiri`);
    expect(textOf(await h.send("admin", "/gabung"))).toContain("Cara memakai /gabung");
    expect(h.app.store.db.prepare(`SELECT COUNT(*) FROM cluster_edits`).pluck().get()).toBe(0);
  });

  it("refuses a resident and audits the attempt", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    const a = await file("u1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const b = await file("u2", "Saluran air depan balai RW bocor dan bau sekali", "Gang Melati");
    for (const cmd of [`/gabung ${a} ${b} alasan saya`, `/pisah ${a} alasan saya`]) {
      expect(textOf(await h.send("u1", cmd))).toContain("hanya untuk pengurus yang berwenang");
    }
    const denied = h.app.store.audit.recent(10, "access.denied").map((e) => e.subject);
    expect(denied).toEqual(["flow:pisah", "flow:gabung"]);
    expect(clusterOf(a)).not.toBe(clusterOf(b));
  });
});
