/**
 * Page 4, Klaster: clusters of the user's RWs with their members, the LPMK's merges and splits with their reasons,
 * and (for LPMK members) the forms to merge two clusters or split one aspiration out. Every change goes through
 * src/aggregator/cluster-edit.ts, as /gabung and /pisah do: same checks, same trail, same audit, same notices.
 * A form posts once to see what will happen (a confirmation page) and once more, with `confirm`, to do it.
 */
import type { FastifyInstance } from "fastify";
import { clusterEditRefusal, clusterTrail, listClusterEdits, mergeClusters, planMerge, planSplit, splitAspiration } from "../../aggregator/cluster-edit.js";
import { parseTicket } from "../../engine/tickets.js";
import { TICKET_PREFIX } from "../../../flows/aspirasi.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { denyAccess } from "../dashboard/auth.js";
import { html, type SafeHtml } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { mayViewRw } from "../dashboard/user.js";
import { clusterList } from "../queries/klaster.js";
import { actorName, field, pad2, pager, pageOf, rwOptions, when } from "./page-helpers.js";

const PAGE_SIZE = 50;

const ticketOf = (raw: string): string | undefined => (raw ? (parseTicket(TICKET_PREFIX, raw.trim()) ?? undefined) : undefined);

function mergeForm(c: PageCtx, v: { from?: string; into?: string; reason?: string }): SafeHtml {
  return html`<form method="post" action="/dasbor/klaster/gabung" class="stack card">
${c.csrfField()}
<h2>${c.t("dasbor-klaster-merge-title")}</h2>
<p class="hint">${c.t("dasbor-klaster-merge-hint")}</p>
<label>${c.t("dasbor-klaster-from")}<input name="from" required maxlength="20" value="${v.from ?? ""}" placeholder="ASP-7K3Q"></label>
<label>${c.t("dasbor-klaster-into")}<input name="into" required maxlength="20" value="${v.into ?? ""}" placeholder="ASP-P4MN"></label>
<label>${c.t("dasbor-klaster-reason")}<textarea name="reason" required minlength="3" maxlength="300" rows="2">${v.reason ?? ""}</textarea></label>
<button type="submit">${c.t("dasbor-klaster-check")}</button>
</form>`;
}

function splitForm(c: PageCtx, v: { ticket?: string; reason?: string }): SafeHtml {
  return html`<form method="post" action="/dasbor/klaster/pisah" class="stack card">
${c.csrfField()}
<h2>${c.t("dasbor-klaster-split-title")}</h2>
<p class="hint">${c.t("dasbor-klaster-split-hint")}</p>
<label>${c.t("dasbor-klaster-ticket")}<input name="ticket" required maxlength="20" value="${v.ticket ?? ""}" placeholder="ASP-7K3Q"></label>
<label>${c.t("dasbor-klaster-reason")}<textarea name="reason" required minlength="3" maxlength="300" rows="2">${v.reason ?? ""}</textarea></label>
<button type="submit">${c.t("dasbor-klaster-check")}</button>
</form>`;
}

function trailText(c: PageCtx, e: { kind: string; ticket: string; reason: string }): string {
  return c.t(`klaster-trail-${e.kind}`, { ticket: e.ticket, reason: e.reason });
}

function listPage(c: PageCtx, o: { message?: SafeHtml; merge?: Parameters<typeof mergeForm>[1]; split?: Parameters<typeof splitForm>[1] } = {}) {
  const db = c.deps.app.store.db;
  const q = c.req.query as Record<string, string | undefined>;
  const rwAsked = q.rw ? Number(q.rw) : undefined;
  const rw = rwAsked !== undefined && Number.isInteger(rwAsked) && mayViewRw(c.user, rwAsked) ? rwAsked : undefined;
  const ticket = ticketOf(q.tiket ?? "");
  const multiOnly = q.semua !== "1";
  const page = pageOf(q.hal);
  const { rows, total } = clusterList(db, {
    ...(c.user.allRws ? {} : { rws: c.user.rws }),
    ...(rw !== undefined ? { rw } : {}),
    ...(ticket ? { ticket } : {}),
    multiOnly,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const rws = c.user.allRws ? c.deps.app.wilayah.rws : c.user.rws;
  const edits = c.user.allRws ? listClusterEdits(db, { limit: 20 }) : c.user.rws.flatMap((r) => listClusterEdits(db, { rw: r, limit: 20 }));
  const table = rows.length
    ? html`<div class="table-wrap"><table>
<thead><tr><th>${c.t("dasbor-klaster-col-ticket")}</th><th>${c.t("dasbor-col-rw")}</th><th>${c.t("dasbor-klaster-col-category")}</th><th>${c.t("dasbor-klaster-col-text")}</th><th class="num">${c.t("dasbor-klaster-col-members")}</th><th class="num">${c.t("dasbor-klaster-col-supporters")}</th><th>${c.t("dasbor-klaster-col-others")}</th></tr></thead>
<tbody>${rows.map(
        (r) => html`<tr><td>${r.ticket}</td><td>${pad2(r.rw)}</td><td>${c.t(`category-${r.category}`)}</td><td>${r.description.slice(0, 120)}${clusterTrail(db, r.representativeId).map((e) => html`<br><span class="hint">${trailText(c, e)}</span>`)}</td><td class="num">${r.members}</td><td class="num">${r.supporters}</td><td>${r.memberTickets.join(", ")}</td></tr>`,
      )}</tbody></table></div>
${pager(c, page, PAGE_SIZE, total)}`
    : html`<p>${c.t("dasbor-klaster-none")}</p>`;
  const filters = html`<form method="get" action="/dasbor/klaster" class="filters">
<label>${c.t("dasbor-col-rw")}<select name="rw"><option value="">${c.t("dasbor-klaster-all-rw")}</option>${rwOptions(c, rws, rw)}</select></label>
<label>${c.t("dasbor-klaster-ticket")}<input name="tiket" maxlength="20" value="${ticket ?? ""}"></label>
<label>${c.t("dasbor-klaster-show")}<select name="semua"><option value="">${c.t("dasbor-klaster-show-multi")}</option><option value="1"${multiOnly ? "" : html` selected`}>${c.t("dasbor-klaster-show-all")}</option></select></label>
<button type="submit">${c.t("dasbor-klaster-filter")}</button>
</form>`;
  const history = edits.length
    ? html`<h2>${c.t("dasbor-klaster-edits-title")}</h2><div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-klaster-col-when")}</th><th>${c.t("dasbor-klaster-col-edit")}</th><th>${c.t("dasbor-klaster-reason")}</th><th>${c.t("dasbor-klaster-col-by")}</th></tr></thead>
<tbody>${edits.map(
        (e) => html`<tr><td>${when(c, e.at)}</td><td>${c.t(e.kind === "merge" ? "dasbor-klaster-edit-merge" : "dasbor-klaster-edit-split", { from: e.fromTicket, to: e.toTicket, moved: e.moved })}</td><td>${e.reason}</td><td>${actorName(c, e.actor)}</td></tr>`,
      )}</tbody></table></div>`
    : "";
  const forms = c.user.isLpmk ? html`<div class="cards">${mergeForm(c, o.merge ?? {})}${splitForm(c, o.split ?? {})}</div>` : html`<p class="hint">${c.t("dasbor-klaster-lpmk-only")}</p>`;
  const okMsg = q.ok === "gabung" ? html`<p class="ok">${c.t("dasbor-klaster-merged", { from: q.dari ?? "", into: q.ke ?? "" })}</p>` : q.ok === "pisah" ? html`<p class="ok">${c.t("dasbor-klaster-split-done", { ticket: q.tiket ?? "" })}</p>` : "";
  return sendPage(c, { title: c.t("dasbor-klaster-title"), active: "klaster", body: html`${okMsg}${o.message ?? ""}${forms}${filters}${table}${history}` }, o.message ? 400 : 200);
}

export function registerKlasterRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  app.get("/dasbor/klaster", async (req, reply) => listPage(pageCtx(req, reply, deps)));

  app.post("/dasbor/klaster/gabung", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    if (!c.user.isLpmk) return denyAccess(c, "klaster:gabung");
    const body = (req.body ?? {}) as Record<string, unknown>;
    const v = { from: field(body, "from"), into: field(body, "into"), reason: field(body, "reason") };
    const from = ticketOf(v.from);
    const into = ticketOf(v.into);
    const error = (text: string) => listPage(c, { message: html`<p class="error">${text}</p>`, merge: v });
    if (!from || !into) return error(c.t("dasbor-klaster-bad-ticket"));
    const db = deps.app.store.db;
    const plan = planMerge(db, from, into, c.user.grants);
    if (!plan.ok) return error(clusterEditRefusal(deps.app.i18n.t, c.lang, plan.error));
    if (field(body, "confirm") !== "ya") {
      const p = plan.plan;
      return sendPage(c, {
        title: c.t("dasbor-klaster-confirm-title"),
        active: "klaster",
        body: html`<div class="card"><p>${c.t("klaster-gabung-confirm", {
          from: p.from.ticket,
          into: p.into.ticket,
          fromMembers: p.from.members,
          fromSupporters: p.from.supporters,
          intoMembers: p.into.members,
          intoSupporters: p.into.supporters,
          reason: v.reason,
        })}</p>
<form method="post" action="/dasbor/klaster/gabung" class="inline">${c.csrfField()}<input type="hidden" name="from" value="${from}"><input type="hidden" name="into" value="${into}"><input type="hidden" name="reason" value="${v.reason}"><input type="hidden" name="confirm" value="ya"><button type="submit" class="primary">${c.t("dasbor-klaster-confirm-merge")}</button></form>
<a href="/dasbor/klaster">${c.t("klaster-no")}</a></div>`,
      });
    }
    const r = mergeClusters({ store: deps.app.store, t: deps.app.i18n.t, actor: c.user.actor, grants: c.user.grants, now: deps.now() }, { from, into, reason: v.reason });
    if (!r.ok) return error(clusterEditRefusal(deps.app.i18n.t, c.lang, r.error));
    deps.app.host.delivery.flushAll();
    return reply.redirect(`/dasbor/klaster?ok=gabung&dari=${encodeURIComponent(r.plan.from.ticket)}&ke=${encodeURIComponent(r.plan.into.ticket)}`, 303);
  });

  app.post("/dasbor/klaster/pisah", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    if (!c.user.isLpmk) return denyAccess(c, "klaster:pisah");
    const body = (req.body ?? {}) as Record<string, unknown>;
    const v = { ticket: field(body, "ticket"), reason: field(body, "reason") };
    const ticket = ticketOf(v.ticket);
    const error = (text: string) => listPage(c, { message: html`<p class="error">${text}</p>`, split: v });
    if (!ticket) return error(c.t("dasbor-klaster-bad-ticket"));
    const plan = planSplit(deps.app.store.db, ticket, c.user.grants);
    if (!plan.ok) return error(clusterEditRefusal(deps.app.i18n.t, c.lang, plan.error));
    if (field(body, "confirm") !== "ya") {
      return sendPage(c, {
        title: c.t("dasbor-klaster-confirm-title"),
        active: "klaster",
        body: html`<div class="card"><p>${c.t("klaster-pisah-confirm", { ticket: plan.plan.ticket, from: plan.plan.from.ticket, reason: v.reason })}</p>
<form method="post" action="/dasbor/klaster/pisah" class="inline">${c.csrfField()}<input type="hidden" name="ticket" value="${ticket}"><input type="hidden" name="reason" value="${v.reason}"><input type="hidden" name="confirm" value="ya"><button type="submit" class="primary">${c.t("dasbor-klaster-confirm-split")}</button></form>
<a href="/dasbor/klaster">${c.t("klaster-no")}</a></div>`,
      });
    }
    const r = splitAspiration({ store: deps.app.store, t: deps.app.i18n.t, actor: c.user.actor, grants: c.user.grants, now: deps.now() }, { ticket, reason: v.reason });
    if (!r.ok) return error(clusterEditRefusal(deps.app.i18n.t, c.lang, r.error));
    deps.app.host.delivery.flushAll();
    return reply.redirect(`/dasbor/klaster?ok=pisah&tiket=${encodeURIComponent(r.plan.ticket)}`, 303);
  });
}
