/**
 * The dashboard's pages through fastify.inject with sessions got by /dasbor over real grammY: Ringkasan, Usulan
 * (filters, search through the FTS5 index, paging), Detail (photo, location, history, cluster), bulk moves through
 * moveProposals with the residents told on the fake Bot API; an RW head kept to their RW (proposals and photos),
 * rahasia for admins only, and every route refused to a person whose role was revoked.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Category } from "../../src/core/domain.js";
import { register } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, replyOf, type TelegramHarness } from "../support/telegram-harness.js";
import { csrfOf, dashboardOf, getAs, postForm, signIn, signInToken } from "../support/dashboard.js";
import type { WebServer } from "../../src/web/start-web.js";
import { dashboardRoutesOf } from "../../src/web/dashboard/register-dashboard.js";

const ADMIN = "9300";
const PENGURUS = "9301";
const RW_HEAD = "9302";
const RESIDENTS = ["6101", "6102", "6103"];
const START = Date.UTC(2027, 3, 5, 2, 0, 0);

describe("dashboard pages", () => {
  let h: TelegramHarness;
  let web: WebServer;
  const clock = { now: START };
  const jars: Record<string, Record<string, string>> = {};
  const tickets: Record<string, string> = {};
  let n = 0;

  function aspiration(o: { user?: string; rw: number; rt: number; category: Category; description: string; status?: string; confidential?: boolean; photo?: boolean; lat?: number; lon?: number }): string {
    const resident = o.user ? h.store.residents.findByIdentity("telegram", o.user)!.id : h.store.residents.findByIdentity("telegram", RESIDENTS[0]!)!.id;
    const ticket = `ASP-T${(n++).toString(36).toUpperCase().padStart(3, "0")}`;
    let photoPath: string | null = null;
    if (o.photo) {
      photoPath = path.join("photos", "2027", "04", `${ticket}.jpg`);
      mkdirSync(path.join(h.dataDir, "photos", "2027", "04"), { recursive: true });
      writeFileSync(path.join(h.dataDir, photoPath), Buffer.from(`jpeg-bytes-of-${ticket}`));
    }
    const a = h.store.aspirations.create(
      { ticket, residentId: resident, rw: o.rw, rt: o.rt, channel: "telegram", category: o.category, description: o.description, locationText: "Gang Mawar", lat: o.lat ?? null, lon: o.lon ?? null, photoPath },
      (clock.now += 1000),
    );
    if (o.confidential) h.store.db.prepare(`UPDATE aspirations SET confidential = 1 WHERE id = ?`).run(a.id);
    if (o.status) h.store.aspirations.setStatus(a.id, o.status as never, null, "test", (clock.now += 1000));
    if (!o.confidential) h.app.aggregator.ingest(a.id);
    return ticket;
  }

  beforeAll(async () => {
    h = await makeTelegramHarness({ clock, env: { LPMK_ADMINS: `telegram:${ADMIN}` } });
    web = await dashboardOf(h, () => clock.now);
    for (const u of [...RESIDENTS, PENGURUS, RW_HEAD]) await register(h, u, `Warga ${u}`);
    const id = (u: string) => h.store.residents.findByIdentity("telegram", u)!.id;
    h.store.roles.grant(id(PENGURUS), { role: "pengurus_lpmk" }, "test", clock.now);
    h.store.roles.grant(id(RW_HEAD), { role: "ketua_rw", rw: 2 }, "test", clock.now);
    tickets.got1 = aspiration({ user: "6101", rw: 1, rt: 2, category: "drainase", description: "Got mampet di depan rumah nomor 12 kalau hujan meluap", status: "diusulkan-musrenbang", photo: true, lat: -6.2, lon: 106.8 });
    // The same drain in other words: the aggregator puts it in got1's cluster.
    tickets.dup = aspiration({ user: "6102", rw: 1, rt: 2, category: "drainase", description: "Got mampet depan rumah no 12, meluap tiap hujan", status: "diusulkan-musrenbang" });
    tickets.air = aspiration({ user: "6102", rw: 1, rt: 2, category: "air-bersih", description: "Air PDAM sering mati seminggu sekali di Gang Melati", status: "diusulkan-musrenbang" });
    tickets.jalan = aspiration({ user: "6103", rw: 1, rt: 3, category: "jalan", description: "Jalan berlubang besar di Gang Kenanga", status: "diusulkan-musrenbang" });
    tickets.baru = aspiration({ user: "6101", rw: 1, rt: 1, category: "pendidikan", description: "Perlu taman baca untuk anak-anak" });
    tickets.rw2 = aspiration({ user: "6102", rw: 2, rt: 1, category: "persampahan", description: "Sampah menumpuk tidak diangkut di pojok pasar", photo: true });
    tickets.rahasia = aspiration({ user: "6103", rw: 1, rt: 2, category: "keamanan", description: "Ada pungutan liar di pos ronda", confidential: true });
    for (const u of [ADMIN, PENGURUS, RW_HEAD]) jars[u] = await signIn(web.server, await signInToken(h, u));
  }, 60_000);

  afterAll(async () => {
    await web?.stop();
    await h?.close();
  });

  it("shows the overview per RW with SVG charts, limited to the RW head's RW", async () => {
    const all = await getAs(web.server, jars[ADMIN]!, "/dasbor");
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain("<svg");
    expect(all.body).toContain('href="/dasbor/usulan?rw=1"');
    expect(all.body).toContain('href="/dasbor/usulan?rw=2"');
    // RW 01 has 3 proposals waiting at the Musrenbang.
    expect(all.body).toMatch(/href="\/dasbor\/usulan\?rw=1&amp;status=diusulkan-musrenbang">3</);
    const own = await getAs(web.server, jars[RW_HEAD]!, "/dasbor");
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('href="/dasbor/usulan?rw=2"');
    expect(own.body).not.toContain('href="/dasbor/usulan?rw=1"');
    // The RW head's nav has no LPMK-only pages.
    expect(own.body).not.toContain('href="/dasbor/peran"');
  });

  it("filters, searches through the normaliser and FTS5, and finds a ticket", async () => {
    const rows = (body: string) => [...body.matchAll(/<a href="\/dasbor\/usulan\/(ASP-\w+)">/g)].map((m) => m[1]);
    // One row per usulan: the duplicate shows under its cluster's representative, and on its own with "semua".
    const drain = await getAs(web.server, jars[ADMIN]!, "/dasbor/usulan?rw=1&kategori=drainase");
    expect(rows(drain.body)).toEqual([tickets.got1]);
    expect(drain.body).toContain("gabungan 2 aspirasi");
    const every = await getAs(web.server, jars[ADMIN]!, "/dasbor/usulan?rw=1&kategori=drainase&semua=1");
    expect(rows(every.body).sort()).toEqual([tickets.got1, tickets.dup].sort());
    // The query goes through the normaliser: "selokan tersumbat" is the indexed "got mampet".
    const search = await getAs(web.server, jars[ADMIN]!, `/dasbor/usulan?q=${encodeURIComponent("selokan tersumbat")}`);
    expect(rows(search.body)).toEqual([tickets.got1]);
    const none = await getAs(web.server, jars[ADMIN]!, `/dasbor/usulan?q=${encodeURIComponent("lampu taman")}`);
    expect(rows(none.body)).toEqual([]);
    const byTicket = await getAs(web.server, jars[ADMIN]!, `/dasbor/usulan?q=${tickets.jalan}`);
    expect(rows(byTicket.body)).toEqual([tickets.jalan]);
    const status = await getAs(web.server, jars[ADMIN]!, "/dasbor/usulan?status=diterima");
    expect(rows(status.body)).toContain(tickets.baru);
    expect(rows(status.body)).not.toContain(tickets.jalan);
    const bad = await getAs(web.server, jars[ADMIN]!, "/dasbor/usulan?status=bogus&rw=x");
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain("diabaikan");
    const sorted = await getAs(web.server, jars[ADMIN]!, "/dasbor/usulan?urut=tiket&arah=naik");
    const list = rows(sorted.body);
    expect(list).toEqual([...list].sort());
  });

  it("keeps an RW head to their RW: another RW's list, proposal and photo are refused and audited", async () => {
    const jar = jars[RW_HEAD]!;
    const list = await getAs(web.server, jar, "/dasbor/usulan");
    expect(list.body).toContain(tickets.rw2);
    expect(list.body).not.toContain(tickets.got1);
    // No checkboxes: moving statuses is for the LPMK.
    expect(list.body).not.toContain('name="tiket"');
    expect((await getAs(web.server, jar, "/dasbor/usulan?rw=1")).statusCode).toBe(403);
    expect((await getAs(web.server, jar, `/dasbor/usulan/${tickets.got1}`)).statusCode).toBe(403);
    expect((await getAs(web.server, jar, `/dasbor/usulan/${tickets.got1}/foto`)).statusCode).toBe(403);
    const ownPhoto = await getAs(web.server, jar, `/dasbor/usulan/${tickets.rw2}/foto`);
    expect(ownPhoto.statusCode).toBe(200);
    expect(ownPhoto.headers["content-type"]).toBe("image/jpeg");
    expect(ownPhoto.body).toBe(`jpeg-bytes-of-${tickets.rw2}`);
    const denied = h.store.db.prepare(`SELECT subject FROM audit_log WHERE action = 'access.denied' AND actor = ? ORDER BY id`).pluck().all(`resident:${h.store.residents.findByIdentity("telegram", RW_HEAD)!.id}`);
    expect(denied).toEqual(["web:usulan:rw:01", `web:ticket:${tickets.got1}`, `web:photo:${tickets.got1}`]);
    const csrf = await csrfOf(web.server, jar, "/dasbor/usulan");
    const move = await postForm(web.server, jar, "/dasbor/usulan/aksi", { _csrf: csrf, tiket: tickets.rw2!, ke: "ditolak", alasan: "dobel" });
    expect(move.statusCode).toBe(403);
    expect(h.store.aspirations.byTicket(tickets.rw2!)!.status).toBe("diterima");
  });

  it("shows rahasia aspirations to admins only", async () => {
    expect((await getAs(web.server, jars[ADMIN]!, "/dasbor/usulan?rw=1")).body).toContain(tickets.rahasia);
    expect((await getAs(web.server, jars[ADMIN]!, `/dasbor/usulan/${tickets.rahasia}`)).statusCode).toBe(200);
    expect((await getAs(web.server, jars[PENGURUS]!, "/dasbor/usulan?rw=1")).body).not.toContain(tickets.rahasia);
    expect((await getAs(web.server, jars[PENGURUS]!, `/dasbor/usulan/${tickets.rahasia}`)).statusCode).toBe(403);
    // The overview counts it for the admin only.
    const count = (body: string) => Number(/<span class="stat">([\d.]+)<\/span>Aspirasi/.exec(body)![1]!.replace(/\./g, ""));
    expect(count((await getAs(web.server, jars[ADMIN]!, "/dasbor")).body)).toBe(count((await getAs(web.server, jars[PENGURUS]!, "/dasbor")).body) + 1);
  });

  it("shows one proposal: text, pin with a map link, photo, history, cluster", async () => {
    const res = await getAs(web.server, jars[ADMIN]!, `/dasbor/usulan/${tickets.got1}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Got mampet di depan rumah nomor 12");
    expect(res.body).toContain("https://www.openstreetmap.org/?mlat=-6.20000&amp;mlon=106.80000");
    expect(res.body).toContain(`<img src="/dasbor/usulan/${tickets.got1}/foto"`);
    expect(res.body).toContain("Diusulkan ke Musrenbang");
    expect(res.body).toContain("Warga 6101");
    // Not the reporter's name for a pengurus (as in the chat, admins only).
    expect((await getAs(web.server, jars[PENGURUS]!, `/dasbor/usulan/${tickets.got1}`)).body).not.toContain("Warga 6101");
    expect((await getAs(web.server, jars[ADMIN]!, "/dasbor/usulan/ASP-NOPE")).statusCode).toBe(404);
    expect((await getAs(web.server, jars[ADMIN]!, `/dasbor/usulan/${tickets.baru}/foto`)).statusCode).toBe(404);
  });

  it("moves a selection through the chat's rules: confirmation first, refusals listed, residents told once", async () => {
    const jar = jars[PENGURUS]!;
    const csrf = await csrfOf(web.server, jar, "/dasbor/usulan");
    const three = [tickets.got1!, tickets.air!, tickets.jalan!];
    // disetujui needs a funding channel: nothing is offered without one.
    const noChannel = await postForm(web.server, jar, "/dasbor/usulan/aksi", { _csrf: csrf, tiket: three, ke: "disetujui" });
    expect(noChannel.statusCode).toBe(409);
    expect(noChannel.body).toContain("saluran");
    // Two tickets of one cluster are one usulan: it moves once.
    const pair = await postForm(web.server, jar, "/dasbor/usulan/aksi", { _csrf: csrf, tiket: [tickets.got1!, tickets.dup!], ke: "disetujui", saluran: "rkpd" });
    expect(pair.body).toContain("1 usulan akan dipindah ke «Disetujui»");
    const step1 = await postForm(web.server, jar, "/dasbor/usulan/aksi", { _csrf: csrf, tiket: [...three, tickets.baru!], ke: "disetujui", saluran: "rkpd" });
    expect(step1.statusCode).toBe(200);
    expect(step1.body).toContain("3 usulan akan dipindah ke «Disetujui»");
    expect(step1.body).toContain(tickets.baru);
    for (const t of three) expect(h.store.aspirations.byTicket(t)!.status).toBe("diusulkan-musrenbang");
    const hidden = [...step1.body.matchAll(/<input type="hidden" name="tiket" value="(ASP-\w+)">/g)].map((m) => m[1]!);
    expect(hidden.sort()).toEqual([...three].sort());
    const done = await postForm(web.server, jar, "/dasbor/usulan/aksi/konfirmasi", { _csrf: csrf, tiket: hidden, ke: "disetujui", saluran: "rkpd" });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe("/dasbor/usulan?pindah=3&ke=disetujui");
    const actor = `resident:${h.store.residents.findByIdentity("telegram", PENGURUS)!.id}`;
    for (const t of three) {
      const a = h.store.aspirations.byTicket(t)!;
      expect(a.status).toBe("disetujui");
      expect(h.store.db.prepare(`SELECT actor, funding_channel FROM aspiration_status_history WHERE aspiration_id = ? ORDER BY id DESC LIMIT 1`).get(a.id)).toEqual({ actor, funding_channel: "rkpd" });
    }
    expect(h.store.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'usulan.move' AND actor = ?`).pluck().get(actor)).toBe(3);
    // The duplicate moved with its cluster; 6102 is behind both got1 (through it) and air.
    expect(h.store.aspirations.byTicket(tickets.dup!)!.status).toBe("disetujui");
    for (const [u, t] of [["6101", tickets.got1], ["6102", tickets.got1], ["6102", tickets.air], ["6103", tickets.jalan]] as const) {
      await h.server.waitFor(() => h.server.messagesTo(Number(u)).some((m) => replyOf(m).text.includes(t!) && replyOf(m).text.includes("Disetujui")), `notice to ${u}`);
      expect(h.server.messagesTo(Number(u)).filter((m) => replyOf(m).text.includes(t!) && replyOf(m).text.includes("Disetujui"))).toHaveLength(1);
    }
    const page = await getAs(web.server, jar, done.headers.location as string);
    expect(page.body).toContain("3 usulan sudah dipindah ke «Disetujui»");
    // Force is for admins: a pengurus's "paksa" is refused by planMove, as in the chat.
    const forced = await postForm(web.server, jar, "/dasbor/usulan/aksi", { _csrf: csrf, tiket: tickets.baru!, ke: "selesai", paksa: "1" });
    expect(forced.statusCode).toBe(409);
    expect(h.store.aspirations.byTicket(tickets.baru!)!.status).toBe("diterima");
  });

  it("refuses every route to a person whose dashboard role was revoked", async () => {
    const headId = h.store.residents.findByIdentity("telegram", RW_HEAD)!.id;
    const grant = h.store.roles.grantsOf(headId)[0]!;
    h.store.roles.revoke(grant.id, "test", clock.now);
    for (const { method, url } of dashboardRoutesOf(web.server)) {
      const path = url.replace(":ticket", tickets.rw2!);
      const res = method === "GET" ? await getAs(web.server, jars[RW_HEAD]!, path) : await postForm(web.server, jars[RW_HEAD]!, path, {});
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
  });
});
