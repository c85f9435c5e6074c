/**
 * Page 9, Antrian: with the BullMQ driver (real Redis, a private key prefix) Bull Board answers under
 * /dasbor/antrian for an admin, with its API listing the app's queues and a job added to one; an LPMK member who is
 * not an admin and an RW head are refused (audited); without Redis the page says there is nothing to show.
 */
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { startWebServer, type WebServer } from "../../src/web/start-web.js";
import { deleteKeys, REDIS_URL, uniquePrefix } from "../queue/helpers.js";
import { getAs, signIn, signInToken } from "../support/dashboard.js";
import { ADMIN, pagesFixture, type PagesFixture } from "./pages-fixture.js";

let f: PagesFixture;
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups.length = 0;
  await f?.close();
});

describe("dashboard page Antrian", () => {
  it("mounts Bull Board for admins only when the queue is BullMQ", async () => {
    f = await pagesFixture();
    const prefix = uniquePrefix("dasbor-antrian");
    const queue = new BullmqQueue({ url: REDIS_URL, prefix, log: silentLogger(), partitions: 1 });
    cleanups.push(() => deleteKeys(REDIS_URL, prefix));
    cleanups.push(() => queue.close());
    const web: WebServer = await startWebServer(f.h.app, { listen: false, now: () => f.clock.now, queue });
    cleanups.push(() => web.stop());
    await queue.add("aggregate", "aspiration.created", { aspirationId: 1, rw: 1 }, { jobId: "dasbor-antrian-1", delayMs: 60_000 });

    await f.person("7100", "Pengurus LPMK", { role: "pengurus_lpmk" });
    await f.person("7002", "Ketua RW 02", { role: "ketua_rw", rw: 2 });
    const admin = await signIn(web.server, await signInToken(f.h, ADMIN));
    const page = await getAs(web.server, admin, "/dasbor/antrian");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers["content-security-policy"]).toContain("base-uri 'self'");
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    const script = /<script defer src="(static\/js\/main\.[^"]+\.js)"/.exec(page.body)![1]!;
    expect((await getAs(web.server, admin, `/dasbor/antrian/${script}`)).statusCode).toBe(200);
    const api = await getAs(web.server, admin, "/dasbor/antrian/api/queues");
    expect(api.statusCode, api.body).toBe(200);
    const names = (JSON.parse(api.body) as { queues: Array<{ name: string; counts: Record<string, number> }> }).queues;
    expect(names.map((q) => q.name)).toEqual(expect.arrayContaining(["aggregate", "rembug", "broadcast"]));
    expect(names.find((q) => q.name === "aggregate")!.counts.delayed).toBe(1);

    for (const user of ["7100", "7002"]) {
      const jar = await signIn(web.server, await signInToken(f.h, user));
      for (const url of ["/dasbor/antrian", "/dasbor/antrian/api/queues"]) expect((await getAs(web.server, jar, url)).statusCode, `${user} ${url}`).toBe(403);
    }
    expect(f.h.store.audit.recent(10, "access.denied").map((e) => e.subject)).toContain("web:page:antrian");
    const anonymous = await web.server.inject({ method: "GET", url: "/dasbor/antrian/api/queues" });
    expect(anonymous.statusCode).toBe(303);
  }, 40_000);

  it("says there is nothing to show with the in-process queue", async () => {
    f = await pagesFixture();
    const { jar } = await f.session(ADMIN);
    const page = await getAs(f.web.server, jar, "/dasbor/antrian");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("npm run admin -- antrian");
  }, 30_000);
});
