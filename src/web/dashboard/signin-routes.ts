/**
 * Signing in and out. GET /dasbor/masuk?t=TOKEN shows a button; only POSTing it uses the token (a link preview
 * or a prefetch that opens the link does not spend it). POST /dasbor/masuk is rate-limited per address.
 * GET /dasbor/masuk without a token says how to get a link (/dasbor in the chat).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Lang } from "../../core/domain.js";
import { anonymousLang, LANG_COOKIE, SESSION_COOKIE, sendBarePage } from "./auth.js";
import { secureCookies } from "./base-url.js";
import type { DashboardDeps } from "./deps.js";
import { html } from "./html.js";
import { frame, sendHtml } from "./layout.js";
import { queryWith } from "./page-ctx.js";
import { createWebSession, endWebSession, hashToken, redeemSignInToken, signInTokenState, webSessionOf } from "./signin-store.js";

/** Sign-in attempts per address and minute. */
export const SIGNIN_RATE = { max: 10, timeWindow: "1 minute" };

const TOKEN_RE = /^[A-Za-z0-9_-]{20,100}$/;

function signInPage(req: FastifyRequest, reply: FastifyReply, deps: DashboardDeps, lang: Lang, token: string | undefined, status = 200): FastifyReply {
  const t = (k: string, a?: Record<string, string | number>) => deps.app.i18n.t(lang, k, a);
  const state = token && TOKEN_RE.test(token) ? signInTokenState(deps.app.store.db, token, deps.now()) : token ? "unknown" : "none";
  const other: Lang = lang === "id" ? "en" : "id";
  const toggle = html`<p class="lang-only"><a class="lang" href="${queryWith(req.url, { lang: other })}" hreflang="${other}" lang="${other}">${t(`dasbor-lang-${other}`)}</a></p>`;
  const body =
    state === "ok"
      ? html`<h1>${t("dasbor-signin-title")}</h1>
<p>${t("dasbor-signin-confirm")}</p>
<form method="post" action="/dasbor/masuk">
<input type="hidden" name="_csrf" value="${reply.generateCsrf()}">
<input type="hidden" name="t" value="${token}">
<button type="submit" class="primary">${t("dasbor-signin-button")}</button>
</form>`
      : html`<h1>${t("dasbor-signin-title")}</h1>
${state === "none" ? "" : html`<p class="error" role="alert">${t(`dasbor-signin-${state}`)}</p>`}
<p>${t("dasbor-signin-how")}</p>`;
  return sendHtml(reply, frame({ lang, title: t("dasbor-signin-title"), kelurahan: deps.app.config.KELURAHAN_NAME, brand: t("dasbor-brand", { kelurahan: deps.app.config.KELURAHAN_NAME }), body: html`${toggle}${body}` }), status);
}

export function registerSignInRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const { store, config, log } = deps.app;
  const secure = secureCookies(deps.baseUrl);
  const sessionMs = config.WEB_SESSION_HOURS * 3_600_000;

  app.get("/dasbor/masuk", async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const lang = anonymousLang(req, deps);
    if (q.lang === "id" || q.lang === "en") reply.setCookie(LANG_COOKIE, q.lang, { path: "/dasbor", httpOnly: true, sameSite: "strict", secure });
    return signInPage(req, reply, deps, lang, typeof q.t === "string" ? q.t : undefined);
  });

  app.post(
    "/dasbor/masuk",
    { config: { rateLimit: SIGNIN_RATE }, preHandler: app.csrfProtection },
    async (req, reply) => {
      const lang = anonymousLang(req, deps);
      const token = (req.body as Record<string, unknown> | undefined)?.t;
      const now = deps.now();
      const r = typeof token === "string" && TOKEN_RE.test(token) ? redeemSignInToken(store.db, token, now) : ({ ok: false, reason: "unknown" } as const);
      if (!r.ok) {
        log.warn({ reason: r.reason, token: typeof token === "string" ? hashToken(token).slice(0, 8) : undefined }, "dashboard: sign-in link refused");
        store.audit.record("web", "dashboard.signin-refused", null, { reason: r.reason }, now);
        return signInPage(req, reply, deps, lang, typeof token === "string" ? token : "x", 400);
      }
      const id = createWebSession(store.db, r.identity, now, sessionMs);
      store.audit.record(`resident:${r.identity.residentId}`, "dashboard.signin", null, { channel: r.identity.channel }, now);
      reply.setCookie(SESSION_COOKIE, id, { path: "/", httpOnly: true, sameSite: "strict", secure, maxAge: Math.floor(sessionMs / 1000) });
      return reply.code(303).header("location", "/dasbor").send();
    },
  );

  // Signing out needs the form's CSRF token too (a cross-site form must not sign anyone out).
  app.post("/dasbor/keluar", { preHandler: app.csrfProtection }, async (req, reply) => {
    const cookie = req.cookies[SESSION_COOKIE];
    const now = deps.now();
    const session = cookie ? webSessionOf(store.db, cookie, now) : undefined;
    if (session) {
      endWebSession(store.db, session.idHash, now);
      store.audit.record(`resident:${session.residentId}`, "dashboard.signout", null, undefined, now);
    }
    reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "strict", secure });
    return sendBarePage(reply, deps, session?.lang === "en" ? "en" : anonymousLang(req, deps), "dasbor-signed-out-title", "dasbor-signed-out", 200);
  });
}
