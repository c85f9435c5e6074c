/**
 * The page frame: head with the local stylesheet, the nav bar (pages the user may open), the language toggle and
 * the sign-out button, then the page's own body. `sendPage` writes it with the right headers.
 */
import type { FastifyReply } from "fastify";
import type { Lang } from "../../core/domain.js";
import type { TArgs } from "../../i18n/fluent.js";
import { html, type HtmlValue, type SafeHtml } from "./html.js";
import { NAV, navVisible, type NavId } from "./nav.js";
import { queryWith, type PageCtx } from "./page-ctx.js";

export const STYLESHEET_PATH = "/dasbor/aset/dasbor.css";

/** A bare frame without nav (sign-in, errors before sign-in). */
export function frame(o: { lang: Lang; title: string; kelurahan: string; body: HtmlValue; header?: HtmlValue; brand?: string }): SafeHtml {
  const header = o.header ?? (o.brand ? html`<header class="top"><div class="brand">${o.brand}</div></header>` : "");
  return html`<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${o.title} · ${o.kelurahan}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
${header}
<main id="isi">
${o.body}
</main>
</body>
</html>`;
}

/** The language toggle: the other language, on the same page. */
function langToggle(c: { lang: Lang; url: string; t: (k: string, a?: TArgs) => string }): SafeHtml {
  const other: Lang = c.lang === "id" ? "en" : "id";
  return html`<a class="lang" href="${queryWith(c.url, { lang: other })}" hreflang="${other}" lang="${other}">${c.t(`dasbor-lang-${other}`)}</a>`;
}

/** The signed-in frame with nav; `active` marks the current nav entry. */
export function page(c: PageCtx, o: { title: string; active: NavId; body: HtmlValue }): SafeHtml {
  const kelurahan = c.deps.app.config.KELURAHAN_NAME;
  const nav = NAV.filter((e) => navVisible(e, c.user)).map(
    (e) => html`<li><a href="${e.path}"${e.id === o.active ? html` aria-current="page"` : ""}>${c.t(e.label)}</a></li>`,
  );
  const header = html`<header class="top">
<div class="brand"><a href="/dasbor">${c.t("dasbor-brand", { kelurahan })}</a></div>
<nav aria-label="${c.t("dasbor-nav-label")}"><ul>${nav}</ul></nav>
<div class="me">
<span class="who">${c.user.name}</span>
${langToggle({ lang: c.lang, url: c.req.url, t: c.t })}
<form method="post" action="/dasbor/keluar" class="inline">${c.csrfField()}<button type="submit">${c.t("dasbor-signout")}</button></form>
</div>
</header>`;
  return frame({ lang: c.lang, title: o.title, kelurahan, header, body: html`<h1>${o.title}</h1>\n${o.body}` });
}

export function sendHtml(reply: FastifyReply, body: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).header("content-type", "text/html; charset=utf-8").header("cache-control", "no-store").send(body.value);
}

/** Render `page(...)` and send it. */
export function sendPage(c: PageCtx, o: { title: string; active: NavId; body: HtmlValue }, status = 200): FastifyReply {
  return sendHtml(c.reply, page(c, o), status);
}
