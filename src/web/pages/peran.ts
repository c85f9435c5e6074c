/**
 * Page 8, Peran & audit (LPMK members and admins): role holders with a revoke button (after a confirmation), the open
 * invites, and the audit log filtered by actor and action. Revoking runs the very handler of /peran's `role.revoke`
 * effect (src/roles/install.ts): the grant ends, the audit log names who did it, the holder is told.
 */
import type { FastifyInstance } from "fastify";
import { preferredIdentity } from "../../app/notify.js";
import type { EffectCtx } from "../../app/effects.js";
import { roleEffects, roleReads } from "../../roles/install.js";
import { roleLabel } from "../../roles/role-label.js";
import type { HolderView } from "../../roles/engine-types.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { denyAccess } from "../dashboard/auth.js";
import { html } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { auditPage, openInvites, roleHolders } from "../queries/roles-audit.js";
import { actorName, field, pad2, pager, pageOf, when } from "./page-helpers.js";

const AUDIT_PAGE = 50;

const label = (c: PageCtx, h: HolderView) => roleLabel(c.deps.app.i18n.t, c.lang, { ...h, pokmasName: h.pokmasName ?? null });

function listPage(c: PageCtx) {
  const { store } = c.deps.app;
  const q = c.req.query as Record<string, string | undefined>;
  const holders = roleHolders(store);
  const invites = openInvites(store, c.deps.now());
  const page = pageOf(q.hal);
  const audit = auditPage(store, { actor: q.aktor, action: q.aksi, limit: AUDIT_PAGE, offset: (page - 1) * AUDIT_PAGE });
  const ok = q.ok === "dicabut" ? html`<p class="ok">${c.t("dasbor-peran-revoked", { name: q.nama ?? "" })}</p>` : "";
  const holderRows = holders.map(
    (h) => html`<tr><td>${h.name}</td><td>${label(c, h)}</td><td>${h.areaRw === undefined ? c.t("dasbor-peran-kelurahan") : c.t("dasbor-rw", { rw: pad2(h.areaRw) })}</td>
<td><form method="post" action="/dasbor/peran/cabut" class="inline">${c.csrfField()}<input type="hidden" name="grant" value="${h.grantId}"><button type="submit">${c.t("dasbor-peran-revoke")}</button></form></td></tr>`,
  );
  const inviteRows = invites.map(
    (i) => html`<tr><td>${roleLabel(c.deps.app.i18n.t, c.lang, i)}</td><td>${actorName(c, i.createdBy)}</td><td>${when(c, i.createdAt)}</td><td>${when(c, i.expiresAt)}</td></tr>`,
  );
  const auditRows = audit.rows.map(
    (r) => html`<tr><td>${when(c, r.at)}</td><td><a href="${c.withQuery({ aktor: r.actor, hal: undefined })}">${actorName(c, r.actor)}</a></td><td><a href="${c.withQuery({ aksi: r.action, hal: undefined })}">${r.action}</a></td><td>${r.subject ?? ""}</td><td class="hint">${(r.detail ?? "").slice(0, 160)}</td></tr>`,
  );
  const body = html`${ok}
<h2>${c.t("dasbor-peran-holders-title")}</h2>
${holders.length ? html`<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-peran-col-name")}</th><th>${c.t("dasbor-peran-col-role")}</th><th>${c.t("dasbor-peran-col-area")}</th><th></th></tr></thead><tbody>${holderRows}</tbody></table></div>` : html`<p>${c.t("dasbor-peran-no-holders")}</p>`}
<p class="hint">${c.t("dasbor-peran-config-admins")}</p>
<h2>${c.t("dasbor-peran-invites-title")}</h2>
${invites.length ? html`<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-peran-col-role")}</th><th>${c.t("dasbor-peran-col-by")}</th><th>${c.t("dasbor-peran-col-created")}</th><th>${c.t("dasbor-peran-col-expires")}</th></tr></thead><tbody>${inviteRows}</tbody></table></div>` : html`<p>${c.t("dasbor-peran-no-invites")}</p>`}
<h2>${c.t("dasbor-peran-audit-title")}</h2>
<form method="get" action="/dasbor/peran" class="filters">
<label>${c.t("dasbor-peran-col-actor")}<input name="aktor" maxlength="80" value="${q.aktor ?? ""}" placeholder="resident:12"></label>
<label>${c.t("dasbor-peran-col-action")}<select name="aksi"><option value="">${c.t("dasbor-peran-all-actions")}</option>${audit.actions.map((a) => html`<option value="${a}"${a === q.aksi ? html` selected` : ""}>${a}</option>`)}</select></label>
<button type="submit">${c.t("dasbor-peran-filter")}</button>
</form>
${audit.rows.length ? html`<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-peran-col-when")}</th><th>${c.t("dasbor-peran-col-actor")}</th><th>${c.t("dasbor-peran-col-action")}</th><th>${c.t("dasbor-peran-col-subject")}</th><th>${c.t("dasbor-peran-col-detail")}</th></tr></thead><tbody>${auditRows}</tbody></table></div>${pager(c, page, AUDIT_PAGE, audit.total)}` : html`<p>${c.t("dasbor-peran-no-audit")}</p>`}`;
  return sendPage(c, { title: c.t("dasbor-peran-title"), active: "peran", body });
}

export function registerPeranRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  app.get("/dasbor/peran", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    if (!c.user.isLpmk) return denyAccess(c, "page:peran");
    return listPage(c);
  });

  app.post("/dasbor/peran/cabut", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    if (!c.user.isLpmk) return denyAccess(c, "peran:cabut");
    const body = (req.body ?? {}) as Record<string, unknown>;
    const grantId = Number(field(body, "grant"));
    const { store } = deps.app;
    const h = Number.isInteger(grantId) && grantId > 0 ? roleReads(store).holderByGrant(grantId) : undefined;
    if (!h) return sendPage(c, { title: c.t("dasbor-peran-title"), active: "peran", body: html`<p class="error">${c.t("peran-revoke-gone")}</p><p><a href="/dasbor/peran">${c.t("dasbor-peran-back")}</a></p>` }, 404);
    if (field(body, "confirm") !== "ya") {
      return sendPage(c, {
        title: c.t("dasbor-peran-confirm-title"),
        active: "peran",
        body: html`<div class="card"><p>${c.t("peran-revoke-confirm", { name: h.name, role: label(c, h) })}</p>
<form method="post" action="/dasbor/peran/cabut" class="inline">${c.csrfField()}<input type="hidden" name="grant" value="${h.grantId}"><input type="hidden" name="confirm" value="ya"><button type="submit" class="primary">${c.t("peran-revoke-yes")}</button></form>
<a href="/dasbor/peran">${c.t("peran-revoke-no")}</a></div>`,
      });
    }
    // The handler /peran's confirmation runs, in one transaction, then its after-commit step (sending the notice).
    const handler = roleEffects({ t: deps.app.i18n.t, ttlDays: deps.app.config.INVITE_TTL_DAYS, flush: (ch, a) => deps.app.host.delivery.flush(ch, a) })["role.revoke"]!;
    const me = preferredIdentity(store, c.user.residentId);
    const ctx: EffectCtx = { store, residentId: c.user.residentId, channel: me?.channel ?? "console", address: me?.address ?? "", now: deps.now(), log: deps.app.log };
    const effect = { type: "role.revoke" as const, grantId: h.grantId };
    store.tx(() => handler.apply!(effect, ctx));
    await handler.after?.(effect, ctx);
    return reply.redirect(`/dasbor/peran?ok=dicabut&nama=${encodeURIComponent(h.name)}`, 303);
  });
}
