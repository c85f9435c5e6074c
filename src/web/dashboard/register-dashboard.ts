/**
 * Mounts the LPMK dashboard on the web server: cookies, form bodies, CSRF protection and the sign-in rate limit
 * (Fastify's own plugins), the stylesheet, the sign-in routes, and every page module of page-registry.ts inside a
 * scope where each route requires a signed-in user and each non-GET request a valid CSRF token.
 */
import { readFileSync } from "node:fs";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import rateLimit from "@fastify/rate-limit";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { anonymousLang, requireUser, sendBarePage } from "./auth.js";
import { secureCookies } from "./base-url.js";
import type { DashboardDeps } from "./deps.js";
import { STYLESHEET_PATH } from "./layout.js";
import { PAGE_MODULES } from "./page-registry.js";
import { registerSignInRoutes } from "./signin-routes.js";

const STYLESHEET = readFileSync(new URL("./dasbor.css", import.meta.url), "utf8");

/** CSRF failures, rate limits and other errors as pages in the person's language (never a stack trace). */
function dashboardErrorHandler(deps: DashboardDeps) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const lang = req.dashUser?.lang ?? anonymousLang(req, deps);
    if (err.code === "FST_CSRF_INVALID_TOKEN" || err.code === "FST_CSRF_MISSING_SECRET") {
      deps.app.log.warn({ url: req.url, code: err.code, residentId: req.dashUser?.residentId }, "dashboard: form refused without a valid CSRF token");
      return sendBarePage(reply, deps, lang, "dasbor-csrf-title", "dasbor-csrf", 403, { href: "/dasbor", key: "dasbor-back-home" });
    }
    if (err.statusCode === 429) return sendBarePage(reply, deps, lang, "dasbor-rate-title", "dasbor-rate", 429);
    if (err.statusCode && err.statusCode < 500) return sendBarePage(reply, deps, lang, "dasbor-bad-request-title", "dasbor-bad-request", err.statusCode, { href: "/dasbor", key: "dasbor-back-home" });
    deps.app.log.error({ err: err.message, url: req.url }, "dashboard: page failed");
    return sendBarePage(reply, deps, lang, "dasbor-error-title", "dasbor-error", 500, { href: "/dasbor", key: "dasbor-back-home" });
  };
}

export interface DashboardRoute {
  method: string;
  url: string;
}

const protectedRoutes = new WeakMap<FastifyInstance, DashboardRoute[]>();

/** The routes registered behind the sign-in check (tests walk them all). */
export function dashboardRoutesOf(app: FastifyInstance): DashboardRoute[] {
  return protectedRoutes.get(app) ?? [];
}

export async function registerDashboard(app: FastifyInstance, deps: DashboardDeps): Promise<void> {
  const secure = secureCookies(deps.baseUrl);
  const routes: DashboardRoute[] = [];
  protectedRoutes.set(app, routes);
  app.get("/", async (_req, reply) => reply.code(303).header("location", "/dasbor").send());
  await app.register(async (dash) => {
    await dash.register(cookie);
    await dash.register(formbody);
    await dash.register(csrf, { cookieKey: "rembug_csrf", cookieOpts: { path: "/", httpOnly: true, sameSite: "strict", secure } });
    await dash.register(rateLimit, { global: false });
    dash.decorateRequest("dashUser", null);
    dash.setErrorHandler(dashboardErrorHandler(deps));
    dash.get(STYLESHEET_PATH, async (_req, reply) => reply.header("content-type", "text/css; charset=utf-8").header("cache-control", "public, max-age=3600").send(STYLESHEET));
    registerSignInRoutes(dash, deps);
    await dash.register(async (pages) => {
      pages.addHook("onRoute", (r) => {
        for (const method of [r.method].flat()) if (method !== "HEAD") routes.push({ method, url: r.url });
      });
      pages.addHook("preHandler", requireUser(deps));
      // Every form posts its CSRF token; GET and HEAD change nothing and carry none.
      pages.addHook("preHandler", (req, reply, done) => (req.method === "GET" || req.method === "HEAD" ? done() : pages.csrfProtection(req, reply, done)));
      for (const register of PAGE_MODULES) await register(pages, deps);
    });
  });
}
