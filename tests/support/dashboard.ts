/**
 * Dashboard test helpers: the web server of a Telegram harness's app (in-process, for `inject`), a sign-in link got
 * by sending /dasbor through real grammY, and signing in with it as a browser would (GET the page, POST its form).
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { startWebServer, type WebServer } from "../../src/web/start-web.js";
import { text } from "../channels/contract/channel-contract.js";
import type { TelegramHarness } from "./telegram-harness.js";

/** The `name=value` pairs of the response's Set-Cookie headers, as a Cookie header would send them back. */
export function cookiesOf(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of res.cookies) out[c.name] = c.value;
  return out;
}

export const cookieHeader = (jar: Record<string, string>): string =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");

/** The hidden `name` field of the first form in `html`. */
export function hiddenField(html: string, name: string): string | undefined {
  const m = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
  return m?.[1]?.replace(/&amp;/g, "&");
}

export async function dashboardOf(h: TelegramHarness, now: () => number): Promise<WebServer> {
  return startWebServer(h.app, { listen: false, now });
}

/** Send /dasbor as `user` and return the sign-in link's token. */
export async function signInToken(h: TelegramHarness, user: string): Promise<string> {
  const replies = await h.send(user, text("/dasbor"));
  const link = replies.map((r) => r.text).join("\n").match(/\/dasbor\/masuk\?t=([A-Za-z0-9_-]+)/);
  expect(link, replies.map((r) => r.text).join("\n")).not.toBeNull();
  return link![1]!;
}

/** A signed-in browser's cookie jar: opens the link page, then posts its form. */
export async function signIn(server: FastifyInstance, token: string): Promise<Record<string, string>> {
  const page = await server.inject({ method: "GET", url: `/dasbor/masuk?t=${token}` });
  expect(page.statusCode).toBe(200);
  const jar = cookiesOf(page);
  const res = await server.inject({
    method: "POST",
    url: "/dasbor/masuk",
    headers: { cookie: cookieHeader(jar), "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ _csrf: hiddenField(page.body, "_csrf") ?? "", t: token }).toString(),
  });
  expect(res.statusCode, res.body).toBe(303);
  return { ...jar, ...cookiesOf(res) };
}

/** GET `url` with the jar's cookies. */
export function getAs(server: FastifyInstance, jar: Record<string, string>, url: string): Promise<LightMyRequestResponse> {
  return server.inject({ method: "GET", url, headers: { cookie: cookieHeader(jar) } });
}

/** POST a form to `url` with the jar's cookies; `csrfFrom` is a page whose form token is sent. */
export function postForm(server: FastifyInstance, jar: Record<string, string>, url: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return server.inject({ method: "POST", url, headers: { cookie: cookieHeader(jar), "content-type": "application/x-www-form-urlencoded" }, payload: body.toString() });
}

/** The CSRF token of a page's forms (and the cookie that goes with it, merged into the jar). */
export async function csrfOf(server: FastifyInstance, jar: Record<string, string>, url = "/dasbor"): Promise<string> {
  const page = await getAs(server, jar, url);
  expect(page.statusCode, page.body).toBe(200);
  Object.assign(jar, cookiesOf(page));
  const token = hiddenField(page.body, "_csrf");
  expect(token).toBeTruthy();
  return token!;
}
