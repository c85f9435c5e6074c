/**
 * Page 4, Klaster, through fastify.inject: an LPMK admin merges two proposals after a confirmation page and the
 * resident behind the merged one hears of it on Telegram; a form without its CSRF token is refused; an RW head sees
 * only their RW's clusters and may not merge (refused, audited, nothing changes).
 */
import { afterEach, describe, expect, it } from "vitest";
import { getAs, postForm } from "../support/dashboard.js";
import { ADMIN, pagesFixture, type PagesFixture } from "./pages-fixture.js";

let f: PagesFixture;
afterEach(async () => {
  await f?.close();
});

async function twoProposals() {
  await f.person("6101", "Siti Aminah");
  await f.person("6102", "Budi Santoso");
  const a = f.aspiration("6101", { ticket: "ASP-7K3Q", text: "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", location: "Jl Mawar" });
  const b = f.aspiration("6102", { ticket: "ASP-P4MN", text: "Saluran air depan balai RW bocor dan bau sekali", location: "Gang Melati" });
  const cluster = (id: number) => f.h.app.aggregator.clusterOf(id)!.clusterId;
  expect(cluster(a)).not.toBe(cluster(b));
  return { a, b, cluster };
}

describe("dashboard page Klaster", () => {
  it("merges two proposals after the confirmation page and tells the resident behind the merged one", async () => {
    f = await pagesFixture();
    const { a, b, cluster } = await twoProposals();
    const { jar, csrf } = await f.session(ADMIN);
    const list = await getAs(f.web.server, jar, "/dasbor/klaster?semua=1");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("ASP-7K3Q");
    expect(list.body).toContain("ASP-P4MN");

    const fields = { from: "asp-7k3q", into: "ASP-P4MN", reason: "satu saluran yang sama" };
    expect((await postForm(f.web.server, jar, "/dasbor/klaster/gabung", { ...fields, confirm: "ya" })).statusCode).toBe(403);
    const confirm = await postForm(f.web.server, jar, "/dasbor/klaster/gabung", { ...fields, _csrf: csrf });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain("Usulan ASP-7K3Q (1 aspirasi, 1 pendukung) akan digabung ke ASP-P4MN");
    expect(cluster(a)).not.toBe(cluster(b));

    const done = await postForm(f.web.server, jar, "/dasbor/klaster/gabung", { ...fields, confirm: "ya", _csrf: csrf });
    expect(done.statusCode, done.body).toBe(303);
    expect(done.headers.location).toBe("/dasbor/klaster?ok=gabung&dari=ASP-7K3Q&ke=ASP-P4MN");
    expect(cluster(a)).toBe(cluster(b));
    await f.h.app.host.idle();
    expect(f.textsTo("6101").join("\n")).toContain("Kabar usulan ASP-7K3Q: LPMK menggabungkannya dengan usulan serupa ASP-P4MN.");
    expect(f.textsTo("6102").join("\n")).not.toContain("menggabungkannya");
    const audit = f.h.store.audit.recent(5, "cluster.lpmk-merge");
    expect(audit.map((e) => e.actor)).toEqual([`resident:${f.idOf(ADMIN)}`]);
    const after = await getAs(f.web.server, jar, "/dasbor/klaster");
    expect(after.body).toContain("gabungan dari ASP-7K3Q: satu saluran yang sama");
  }, 30_000);

  it("answers a refused merge with the reason and changes nothing", async () => {
    f = await pagesFixture();
    const { a, b, cluster } = await twoProposals();
    const { jar, csrf } = await f.session(ADMIN);
    const res = await postForm(f.web.server, jar, "/dasbor/klaster/gabung", { from: "ASP-7K3Q", into: "ASP-P4MN", reason: "x", confirm: "ya", _csrf: csrf });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Alasan wajib ditulis");
    const same = await postForm(f.web.server, jar, "/dasbor/klaster/pisah", { ticket: "ASP-7K3Q", reason: "alasan cukup", confirm: "ya", _csrf: csrf });
    expect(same.body).toContain("sudah menjadi usulan sendiri");
    expect(cluster(a)).not.toBe(cluster(b));
  }, 30_000);

  it("shows an RW head only their RW and refuses them a merge", async () => {
    f = await pagesFixture();
    const { a, b, cluster } = await twoProposals();
    await f.person("7002", "Ketua RW 02", { role: "ketua_rw", rw: 2 });
    await f.person("7003", "Warga RW 02");
    f.aspiration("7003", { ticket: "ASP-W2XY", rw: 2, rt: 1, text: "Lampu jalan mati di ujung gang", location: "Gang Kenanga", category: "jalan" });
    const { jar, csrf } = await f.session("7002");
    for (const url of ["/dasbor/klaster?semua=1", "/dasbor/klaster?semua=1&rw=1", "/dasbor/klaster?tiket=ASP-7K3Q"]) {
      const page = await getAs(f.web.server, jar, url);
      expect(page.statusCode).toBe(200);
      // (The ticket filter echoes what was typed; the rows' own texts must not appear.)
      expect(page.body).not.toContain("Got di Jl. Mawar");
      expect(page.body).not.toContain("ASP-P4MN");
    }
    expect((await getAs(f.web.server, jar, "/dasbor/klaster?semua=1")).body).toContain("ASP-W2XY");
    const res = await postForm(f.web.server, jar, "/dasbor/klaster/gabung", { from: "ASP-7K3Q", into: "ASP-P4MN", reason: "alasan cukup", confirm: "ya", _csrf: csrf });
    expect(res.statusCode).toBe(403);
    expect(cluster(a)).not.toBe(cluster(b));
    expect(f.h.store.audit.recent(5, "access.denied").map((e) => e.subject)).toContain("web:klaster:gabung");
  }, 30_000);
});
