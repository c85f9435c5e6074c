/**
 * Every dashboard route runs behind `requireUser`: the session cookie must name a live session of someone who still
 * holds an LPMK, admin or RW-head role. The user (grants, scope, language) is put on the request. A page refused
 * for the user's role or scope goes through `denyAccess`: logged, audited, and answered with a polite 403 page.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Lang } from "../../core/domain.js";
import type { DashboardDeps } from "./deps.js";
import { html } from "./html.js";
import { frame, sendHtml } from "./layout.js";
import { setWebSessionLang, webSessionOf } from "./signin-store.js";
import { dashUserOf, mayUseDashboard } from "./user.js";

export const SESSION_COOKIE = "rembug_sesi";
/** Language before sign-in (the sign-in page's toggle). */
export const LANG_COOKIE = "rembug_bahasa";

export const isLang = (v: unknown): v is Lang => v === "id" || v === "en";

/** ?lang=en|id on any page, else the cookie, else the default. */
export function requestedLang(req: FastifyRequest): Lang | undefined {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (isLang(q)) return q;
  return undefined;
}

/** The language of a page shown before sign-in. */
export function anonymousLang(req: FastifyRequest, deps: DashboardDeps): Lang {
  const c = req.cookies[LANG_COOKIE];
  return requestedLang(req) ?? (isLang(c) ? c : deps.app.config.DEFAULT_LANG);
}

/** A full page for someone who is not signed in or may not see this (no nav: there is no user to show it for). */
export function sendBarePage(
  reply: FastifyReply,
  deps: DashboardDeps,
  lang: Lang,
  titleKey: string,
  textKey: string,
  status: number,
  back: { href: string; key: string } = { href: "/dasbor/masuk", key: "dasbor-signin-how-link" },
): FastifyReply {
  const t = (k: string) => deps.app.i18n.t(lang, k);
  return sendHtml(
    reply,
    frame({ lang, title: t(titleKey), kelurahan: deps.app.config.KELURAHAN_NAME, brand: deps.app.i18n.t(lang, "dasbor-brand", { kelurahan: deps.app.config.KELURAHAN_NAME }), body: html`<h1>${t(titleKey)}</h1><p>${t(textKey)}</p><p><a href="${back.href}">${t(back.key)}</a></p>` }),
    status,
  );
}

export function requireUser(deps: DashboardDeps) {
  const { store, config, log } = deps.app;
  return async function dashboardAuth(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | void> {
    const cookie = req.cookies[SESSION_COOKIE];
    const now = deps.now();
    const session = cookie ? webSessionOf(store.db, cookie, now) : undefined;
    if (!session) {
      const lang = anonymousLang(req, deps);
      if (req.method === "GET" || req.method === "HEAD") {
        // Back to the same page after signing in is not possible without a link: the sign-in page says how.
        return reply.code(303).header("location", "/dasbor/masuk").header("cache-control", "no-store").send();
      }
      return sendBarePage(reply, deps, lang, "dasbor-signin-needed-title", "dasbor-signin-needed", 401);
    }
    const asked = requestedLang(req);
    if (asked && asked !== session.lang) {
      setWebSessionLang(store.db, session.idHash, asked);
      session.lang = asked;
    }
    const lang: Lang = isLang(session.lang) ? session.lang : (store.residents.get(session.residentId)?.lang ?? config.DEFAULT_LANG);
    const user = dashUserOf(store, config.LPMK_ADMINS, session, lang);
    if (!mayUseDashboard(user.grants)) {
      log.warn({ residentId: user.residentId, url: req.url }, "dashboard: access denied (no dashboard role)");
      store.audit.record(user.actor, "access.denied", `web:${req.routeOptions.url ?? req.url}`, undefined, now);
      return sendBarePage(reply, deps, lang, "dasbor-denied-title", "dasbor-denied-role", 403);
    }
    req.dashUser = user;
  };
}

/**
 * Refuse a signed-in user a page or an action outside their role or scope: logged, audited (`access.denied`, the
 * same action the chat's refusals record) and answered with a 403 page in their language.
 *
 * @example
 * if (!mayViewRw(c.user, row.rw)) return denyAccess(c, `ticket:${row.ticket}`);
 */
export function denyAccess(
  c: { user: { actor: string; residentId: number; lang: Lang }; req: FastifyRequest; reply: FastifyReply; deps: DashboardDeps },
  subject: string,
  textKey = "dasbor-denied-scope",
): FastifyReply {
  c.deps.app.log.warn({ residentId: c.user.residentId, url: c.req.url, subject }, "dashboard: access denied");
  c.deps.app.store.audit.record(c.user.actor, "access.denied", `web:${subject}`, { url: c.req.url.slice(0, 200) }, c.deps.now());
  return sendBarePage(c.reply, c.deps, c.user.lang, "dasbor-denied-title", textKey, 403, { href: "/dasbor", key: "dasbor-back-home" });
}
