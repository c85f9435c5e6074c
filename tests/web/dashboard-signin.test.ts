/**
 * The dashboard's sign-in through /dasbor (real grammY, fake Bot API) and fastify.inject: a one-time link, the
 * session cookie's attributes, a used or expired link refused, CSRF on every form, the sign-in rate limit,
 * /dasbor keluar ending every session, and every dashboard route refusing a request without a session.
 */
import { afterEach, describe, expect, it } from "vitest";
import { register, text } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { cookieHeader, cookiesOf, csrfOf, dashboardOf, getAs, hiddenField, postForm, signIn, signInToken } from "../support/dashboard.js";
import type { WebServer } from "../../src/web/start-web.js";
import { dashboardRoutesOf } from "../../src/web/dashboard/register-dashboard.js";

const ADMIN = "9100";
const START = Date.UTC(2027, 2, 1, 2, 0, 0);

describe("dashboard sign-in", () => {
  let h: TelegramHarness;
  let web: WebServer;
  const clock = { now: START };
  afterEach(async () => {
    await web?.stop();
    await h?.close();
    clock.now = START;
  });

  async function setUp(env: Record<string, string> = {}): Promise<void> {
    h = await makeTelegramHarness({ clock, env: { LPMK_ADMINS: `telegram:${ADMIN}`, ...env } });
    web = await dashboardOf(h, () => clock.now);
  }

  it("signs an admin in with a one-time link, sets a strict HttpOnly session cookie and refuses the link a second time", async () => {
    await setUp();
    const token = await signInToken(h, ADMIN);
    // The token itself is never stored, only its hash.
    expect(JSON.stringify(h.store.db.prepare(`SELECT * FROM web_signin_tokens`).all())).not.toContain(token);
    // Opening the link spends nothing: it shows a button.
    const page = await web.server.inject({ method: "GET", url: `/dasbor/masuk?t=${token}` });
    expect(page.body).toContain('action="/dasbor/masuk"');
    const again = await web.server.inject({ method: "GET", url: `/dasbor/masuk?t=${token}` });
    expect(again.body).toContain("Masuk");
    const jar = cookiesOf(page);
    const res = await postForm(web.server, jar, "/dasbor/masuk", { _csrf: hiddenField(page.body, "_csrf")!, t: token });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/dasbor");
    const setCookie = [res.headers["set-cookie"]].flat().find((c) => String(c).startsWith("rembug_sesi="))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(setCookie).toMatch(/Max-Age=43200/);
    const session = { ...jar, ...cookiesOf(res) };
    const home = await getAs(web.server, session, "/dasbor");
    expect(home.statusCode).toBe(200);
    for (const label of ["Ringkasan", "Usulan", "Klaster", "Unduh", "Siaran", "Peran &amp; audit", "Antrian"]) expect(home.body).toContain(`>${label}</a>`);
    expect(home.headers["content-security-policy"]).toContain("default-src 'none'");

    // The same link a second time: refused, no session.
    const second = await postForm(web.server, jar, "/dasbor/masuk", { _csrf: hiddenField(page.body, "_csrf")!, t: token });
    expect(second.statusCode).toBe(400);
    expect(second.body).toContain("sudah dipakai");
    expect(cookiesOf(second).rembug_sesi).toBeUndefined();
    expect(h.store.db.prepare(`SELECT COUNT(*) FROM web_sessions`).pluck().get()).toBe(1);
  }, 30_000);

  it("refuses an expired link, and a session after WEB_SESSION_HOURS", async () => {
    await setUp({ WEB_SESSION_HOURS: "2" });
    const stale = await signInToken(h, ADMIN);
    clock.now += 11 * 60_000;
    const page = await web.server.inject({ method: "GET", url: `/dasbor/masuk?t=${stale}` });
    expect(page.body).toContain("kedaluwarsa");
    expect(page.body).not.toContain('name="t"');
    // Posted with the form of a fresh link's page (a valid CSRF token): still refused.
    const fresh = await web.server.inject({ method: "GET", url: `/dasbor/masuk?t=${await signInToken(h, ADMIN)}` });
    const res = await postForm(web.server, cookiesOf(fresh), "/dasbor/masuk", { _csrf: hiddenField(fresh.body, "_csrf")!, t: stale });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("kedaluwarsa");
    expect(cookiesOf(res).rembug_sesi).toBeUndefined();

    const jar = await signIn(web.server, await signInToken(h, ADMIN));
    expect((await getAs(web.server, jar, "/dasbor")).statusCode).toBe(200);
    clock.now += 2 * 3_600_000 + 1;
    const after = await getAs(web.server, jar, "/dasbor");
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe("/dasbor/masuk");
  }, 30_000);

  it("refuses every form without its CSRF token, and signs out with it", async () => {
    await setUp();
    const token = await signInToken(h, ADMIN);
    const page = await web.server.inject({ method: "GET", url: `/dasbor/masuk?t=${token}` });
    const noToken = await postForm(web.server, cookiesOf(page), "/dasbor/masuk", { t: token });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.body).toContain("token keamanan");
    // The link survives a refused form.
    const jar = await signIn(web.server, token);
    for (const { method, url } of [{ method: "POST", url: "/dasbor/keluar" }, ...dashboardRoutesOf(web.server).filter((r) => r.method !== "GET")]) {
      const res = await web.server.inject({ method: method as "POST", url: url.replace(/:(\w+)/g, "x"), headers: { cookie: cookieHeader(jar), "content-type": "application/x-www-form-urlencoded" }, payload: "_csrf=forged" });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await getAs(web.server, jar, "/dasbor")).statusCode).toBe(200);
    const csrf = await csrfOf(web.server, jar);
    const out = await postForm(web.server, jar, "/dasbor/keluar", { _csrf: csrf });
    expect(out.statusCode).toBe(200);
    expect(out.body).toContain("Sudah keluar");
    expect((await getAs(web.server, jar, "/dasbor")).statusCode).toBe(303);
  }, 30_000);

  it("requires a session on every dashboard route", async () => {
    await setUp();
    const routes = dashboardRoutesOf(web.server);
    expect(routes.length).toBeGreaterThan(0);
    for (const { method, url } of routes) {
      const path = url.replace(/:(\w+)/g, "x");
      const res = await web.server.inject({ method: method as "GET", url: path, headers: { cookie: "rembug_sesi=not-a-session" } });
      expect(res.statusCode, `${method} ${url}`).toBe(method === "GET" ? 303 : 401);
      if (method === "GET") expect(res.headers.location).toBe("/dasbor/masuk");
    }
  }, 30_000);

  it("ends every session of the person with /dasbor keluar, and refuses a resident without a dashboard role", async () => {
    await setUp();
    const a = await signIn(web.server, await signInToken(h, ADMIN));
    const b = await signIn(web.server, await signInToken(h, ADMIN));
    expect((await getAs(web.server, b, "/dasbor")).statusCode).toBe(200);
    const bye = await h.send(ADMIN, text("/dasbor keluar"));
    expect(bye.map((r) => r.text).join("\n")).toContain("2 sesi dasbor sudah diakhiri");
    for (const jar of [a, b]) expect((await getAs(web.server, jar, "/dasbor")).statusCode).toBe(303);

    await register(h, "9200", "Siti Aminah");
    const refused = await h.send("9200", text("/dasbor"));
    expect(refused.map((r) => r.text).join("\n")).not.toMatch(/dasbor\/masuk\?t=/);
    expect(h.store.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'access.denied' AND subject = 'command:dasbor'`).pluck().get()).toBe(1);
  }, 30_000);

  it("marks the cookie Secure when WEB_BASE_URL is https, and rate-limits sign-in attempts", async () => {
    await setUp({ WEB_BASE_URL: "https://dasbor.example.id" });
    const replies = await h.send(ADMIN, text("/dasbor"));
    expect(replies.map((r) => r.text).join("\n")).toContain("https://dasbor.example.id/dasbor/masuk?t=");
    const jar = await signIn(web.server, await signInToken(h, ADMIN));
    expect(jar.rembug_sesi).toBeTruthy();
    const token = await signInToken(h, ADMIN);
    const page = await web.server.inject({ method: "GET", url: `/dasbor/masuk?t=${token}` });
    const res = await postForm(web.server, cookiesOf(page), "/dasbor/masuk", { _csrf: hiddenField(page.body, "_csrf")!, t: token });
    expect([res.headers["set-cookie"]].flat().find((c) => String(c).startsWith("rembug_sesi="))).toMatch(/; Secure/);
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await postForm(web.server, cookiesOf(page), "/dasbor/masuk", { _csrf: hiddenField(page.body, "_csrf")!, t: "A".repeat(43) })).statusCode);
    expect(codes).toContain(429);
  }, 30_000);

  it("shows English with ?lang=en and keeps it for the session", async () => {
    await setUp();
    const jar = await signIn(web.server, await signInToken(h, ADMIN));
    const en = await getAs(web.server, jar, "/dasbor?lang=en");
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain(">Proposals</a>");
    expect((await getAs(web.server, jar, "/dasbor")).body).toContain(">Sign out</button>");
    expect((await getAs(web.server, jar, "/dasbor?lang=id")).body).toContain(">Keluar</button>");
  }, 30_000);
});
