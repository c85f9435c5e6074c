/**
 * Pages 7 (Siaran) and 8 (Peran & audit) through fastify.inject: an admin revokes a role after a confirmation page
 * with the /peran code (the holder is told, the audit log names the admin) and filters the audit log; a broadcast's
 * report shows its per-RW numbers and RSVP tally; an RW head is refused the Peran page and the revoke (their view of
 * Siaran: tests/web/pages-siaran-report.test.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { BroadcastRepo } from "../../src/broadcast/broadcast-repo.js";
import { getAs, postForm } from "../support/dashboard.js";
import { ADMIN, pagesFixture, type PagesFixture } from "./pages-fixture.js";

let f: PagesFixture;
afterEach(async () => {
  await f?.close();
});

const REMINDERS = { dayBeforeHour: 19, beforeMinutes: 60, zone: "Asia/Jakarta" };

describe("dashboard page Peran & audit", () => {
  it("revokes a role after the confirmation page, tells the holder, and filters the audit log", async () => {
    f = await pagesFixture();
    const rt = await f.person("6201", "Budi Santoso", { role: "ketua_rt", rw: 1, rt: 2 });
    const { jar, csrf } = await f.session(ADMIN);
    const page = await getAs(f.web.server, jar, "/dasbor/peran");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Budi Santoso");
    expect(page.body).toContain("Ketua RT 02 / RW 01");
    const grant = f.h.store.roles.grantsOf(rt)[0]!.id;

    expect((await postForm(f.web.server, jar, "/dasbor/peran/cabut", { grant: String(grant), confirm: "ya" })).statusCode).toBe(403);
    const confirm = await postForm(f.web.server, jar, "/dasbor/peran/cabut", { grant: String(grant), _csrf: csrf });
    expect(confirm.body).toContain("Cabut peran Ketua RT 02 / RW 01 dari Budi Santoso?");
    expect(f.h.store.roles.grantsOf(rt)).toHaveLength(1);
    const done = await postForm(f.web.server, jar, "/dasbor/peran/cabut", { grant: String(grant), confirm: "ya", _csrf: csrf });
    expect(done.statusCode, done.body).toBe(303);
    expect(f.h.store.roles.grantsOf(rt)).toEqual([]);
    await f.h.app.host.idle();
    expect(f.textsTo("6201").join("\n")).toContain("sudah dicabut oleh pengurus LPMK");
    const revoked = f.h.store.audit.recent(5, "role.revoked");
    expect(revoked.map((e) => [e.actor, e.subject])).toEqual([[`resident:${f.idOf(ADMIN)}`, `resident:${rt}`]]);

    const filtered = await getAs(f.web.server, jar, "/dasbor/peran?aksi=role.revoked");
    expect(filtered.body).toContain(`resident:${rt}`);
    expect(f.h.store.audit.recent(50).map((e) => e.action)).toContain("dashboard.signin");
    expect(filtered.body).not.toContain("dashboard.signin</a>");
    const byActor = await getAs(f.web.server, jar, `/dasbor/peran?aktor=${f.idOf(ADMIN)}&aksi=role.revoked`);
    expect(byActor.body).toContain("role.revoked</a>");
    const nobody = await getAs(f.web.server, jar, "/dasbor/peran?aktor=resident:99999");
    expect(nobody.body).toContain("Tidak ada catatan yang cocok.");
  }, 30_000);

  it("refuses an RW head the page and the revoke, and audits it", async () => {
    f = await pagesFixture();
    const rt = await f.person("6201", "Budi Santoso", { role: "ketua_rt", rw: 1, rt: 2 });
    await f.person("7001", "Ketua RW 01", { role: "ketua_rw", rw: 1 });
    const { jar, csrf } = await f.session("7001");
    expect((await getAs(f.web.server, jar, "/dasbor/peran")).statusCode).toBe(403);
    const grant = f.h.store.roles.grantsOf(rt)[0]!.id;
    expect((await postForm(f.web.server, jar, "/dasbor/peran/cabut", { grant: String(grant), confirm: "ya", _csrf: csrf })).statusCode).toBe(403);
    expect(f.h.store.roles.grantsOf(rt)).toHaveLength(1);
    expect(f.h.store.audit.recent(10, "access.denied").map((e) => e.subject)).toEqual(expect.arrayContaining(["web:page:peran", "web:peran:cabut"]));
  }, 30_000);
});

describe("dashboard page Siaran", () => {
  it("lists broadcasts and shows a report with its numbers per RW and the RSVP tally", async () => {
    f = await pagesFixture();
    await f.person("6301", "Siti Aminah");
    await f.person("6302", "Budi Santoso");
    const { jar } = await f.session(ADMIN);
    const admin = f.idOf(ADMIN);
    const repo = new BroadcastRepo(f.h.store);
    const { id } = f.h.store.db.transaction(() =>
      repo.create({
        kind: "undangan",
        senderId: admin,
        audience: { type: "rw", rws: [1] },
        content: { kind: "undangan", title: "Rembug RW 01", at: f.clock.now + 86_400_000, place: "Balai RW", agenda: "Prioritas" },
        now: f.clock.now,
        reminders: REMINDERS,
      }),
    )();
    f.h.store.tx(() => repo.setRsvp(id, f.idOf("6301"), "hadir", f.clock.now));
    const list = await getAs(f.web.server, jar, "/dasbor/siaran");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/dasbor/siaran/${id}"`);
    const detail = await getAs(f.web.server, jar, `/dasbor/siaran/${id}`);
    expect(detail.statusCode).toBe(200);
    const report = repo.report(id)!;
    expect(report.rsvp.hadir).toBe(1);
    expect(detail.body).toContain(`<span class="stat">${report.rsvp.hadir}</span>Hadir`);
    expect(detail.body).toContain(`<span class="stat">${report.rsvp.none}</span>Belum menjawab`);
    expect(detail.body).toMatch(/<tr><td>01<\/td><td class="num">\d+<\/td>/);
    expect(detail.body).toMatch(/<tr><td>telegram<\/td>/);
    expect((await getAs(f.web.server, jar, "/dasbor/siaran/99999")).statusCode).toBe(404);
  }, 30_000);
});
