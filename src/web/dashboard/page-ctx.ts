/**
 * What a page handler works with: the signed-in user, their language, `t` in it, a CSRF field for forms and URL
 * helpers. Built with `pageCtx(req, reply, deps)` inside a route registered in the dashboard's scope.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Lang } from "../../core/domain.js";
import type { TArgs } from "../../i18n/fluent.js";
import type { DashboardDeps } from "./deps.js";
import { html, type SafeHtml } from "./html.js";
import type { DashUser } from "./user.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the dashboard's auth preHandler on every route in its scope. */
    dashUser: DashUser | null;
  }
}

export interface PageCtx {
  user: DashUser;
  lang: Lang;
  t(key: string, args?: TArgs): string;
  /** `<input type="hidden" name="_csrf" ...>`: put it in every form that posts. */
  csrfField(): SafeHtml;
  /** The raw CSRF token (for a form built another way). */
  csrfToken(): string;
  /** The current path and query with some parameters changed (undefined/"" removes one). */
  withQuery(changes: Record<string, string | number | undefined>): string;
  deps: DashboardDeps;
  req: FastifyRequest;
  reply: FastifyReply;
}

/** The user the auth preHandler put on the request; throws when a route was registered outside the dashboard scope. */
export function userOf(req: FastifyRequest): DashUser {
  if (!req.dashUser) throw new Error(`dashboard route ${req.routeOptions.url} reached without a signed-in user: register it in the dashboard scope`);
  return req.dashUser;
}

export function queryWith(url: string, changes: Record<string, string | number | undefined>): string {
  const u = new URL(url, "http://x");
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === "") u.searchParams.delete(k);
    else u.searchParams.set(k, String(v));
  }
  const q = u.searchParams.toString();
  return u.pathname + (q ? `?${q}` : "");
}

export function pageCtx(req: FastifyRequest, reply: FastifyReply, deps: DashboardDeps): PageCtx {
  const user = userOf(req);
  let token: string | undefined;
  const csrfToken = () => (token ??= reply.generateCsrf());
  return {
    user,
    lang: user.lang,
    t: (key, args) => deps.app.i18n.t(user.lang, key, args),
    csrfToken,
    csrfField: () => html`<input type="hidden" name="_csrf" value="${csrfToken()}">`,
    withQuery: (changes) => queryWith(req.url, changes),
    deps,
    req,
    reply,
  };
}
