/**
 * Page 5, bulk actions on the Usulan table's selection: exactly the chat's bulk `/usulan` — the same planMove /
 * moveProposals (src/followup/move.ts), the same rules (LPMK only, force for admins, a reason for ditolak, a
 * funding channel for disetujui), a confirmation listing what will move and what is refused, then all or nothing,
 * with the status history, the audit log and the residents' notices written by moveProposals.
 */
import type { FastifyInstance } from "fastify";
import { moveProposals, planMove, type MoveRequest } from "../../followup/move.js";
import { refusalText } from "../../followup/refusal-text.js";
import { FOLLOWUP_STATUSES, FUNDING_CHANNELS, REJECT_REASONS, type FollowupStatus, type FundingChannel } from "../../followup/transitions.js";
import { TICKET_PATTERN } from "./usulan-labels.js";
import { denyAccess } from "../dashboard/auth.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { html, type SafeHtml } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { mayViewAspiration } from "../dashboard/user.js";

/** Most tickets one bulk action takes (a page of the table is 50). */
export const MAX_BULK = 500;
const TICKET_RE = TICKET_PATTERN;

interface BulkRequest {
  tickets: string[];
  to: FollowupStatus;
  reason: string | null;
  channel: FundingChannel | null;
  force: boolean;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string");
const one = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** Read and check the form; an error is a locale key. */
function parseBulk(c: PageCtx, body: Record<string, unknown>): BulkRequest | { error: string } {
  const tickets = [...new Set(list(body.tiket).map((t) => t.trim().toUpperCase()))];
  if (!tickets.length) return { error: "dasbor-bulk-none-selected" };
  if (tickets.length > MAX_BULK || tickets.some((t) => !TICKET_RE.test(t))) return { error: "dasbor-bulk-bad-selection" };
  const to = one(body.ke);
  if (!(FOLLOWUP_STATUSES as readonly string[]).includes(to)) return { error: "dasbor-bulk-pick-status" };
  const preset = one(body.alasan);
  const written = one(body.alasan_teks).slice(0, 300);
  let reason: string | null = null;
  if (to === "ditolak") {
    if (preset && preset !== "lainnya") {
      if (!(REJECT_REASONS as readonly string[]).includes(preset)) return { error: "dasbor-bulk-bad-selection" };
      reason = c.t(`usulan-reason-${preset}`);
    } else reason = written || null;
  }
  const ch = one(body.saluran);
  if (ch && !(FUNDING_CHANNELS as readonly string[]).includes(ch)) return { error: "dasbor-bulk-bad-selection" };
  const channel = to === "disetujui" && ch ? (ch as FundingChannel) : null;
  return { tickets, to: to as FollowupStatus, reason, channel, force: one(body.paksa) === "1" };
}

function errorPage(c: PageCtx, key: string, detail: SafeHtml | "" = "", status = 400) {
  return sendPage(
    c,
    { title: c.t("dasbor-bulk-title"), active: "usulan", body: html`<p class="card error" role="alert">${c.t(key)}</p>${detail}<p><a href="/dasbor/usulan">${c.t("dasbor-bulk-back")}</a></p>` },
    status,
  );
}

/** Common checks of both steps: LPMK only, every ticket in the user's scope. */
function checked(c: PageCtx, body: Record<string, unknown>): BulkRequest | { error: string } | "denied" {
  if (!c.user.isLpmk) return "denied";
  const r = parseBulk(c, body);
  if ("error" in r) return r;
  const db = c.deps.app.store.db;
  const rows = db
    .prepare(`SELECT ticket, rw, confidential FROM aspirations WHERE ticket IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(r.tickets)) as Array<{ ticket: string; rw: number; confidential: number }>;
  if (rows.some((row) => !mayViewAspiration(c.user, row))) return "denied";
  return r;
}

const requestsOf = (r: BulkRequest): MoveRequest[] => r.tickets.map((ticket) => ({ ticket, to: r.to, reason: r.reason, channel: r.channel, force: r.force }));

/** Members of one cluster move together: keep the first ticket of each cluster (a ticket that is refused stays). */
function onePerCluster(store: DashboardDeps["app"]["store"], reqs: MoveRequest[], mayForce: boolean): MoveRequest[] {
  const seen = new Set<number>();
  return reqs.filter((q) => {
    const p = planMove(store, q, mayForce);
    if (!p.ok || p.move.clusterId === undefined) return true;
    if (seen.has(p.move.clusterId)) return false;
    seen.add(p.move.clusterId);
    return true;
  });
}

export function registerBulkRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const { store, i18n } = deps.app;

  // Step 1: what would move and what is refused, with a confirmation form (a batch is always confirmed).
  app.post("/dasbor/usulan/aksi", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const r = checked(c, (req.body ?? {}) as Record<string, unknown>);
    if (r === "denied") return denyAccess(c, "usulan:bulk");
    if ("error" in r) return errorPage(c, r.error);
    const plans = requestsOf(r).map((q) => planMove(store, q, c.user.isAdmin));
    // Members of one cluster move together: a second ticket of a cluster already selected adds nothing.
    const seen = new Set<number>();
    const good: string[] = [];
    const refused: string[] = [];
    plans.forEach((p, i) => {
      if (!p.ok) return refused.push(refusalText((k, a) => c.t(k, a), r.tickets[i]!, p.error));
      if (p.move.clusterId !== undefined && seen.has(p.move.clusterId)) return;
      if (p.move.clusterId !== undefined) seen.add(p.move.clusterId);
      good.push(p.move.ticket);
    });
    const status = c.t(`status-${r.to}`);
    const refusedList = refused.length ? html`<h2>${c.t("dasbor-bulk-refused", { count: refused.length })}</h2><ul class="refused">${refused.map((s) => html`<li>${s}</li>`)}</ul>` : "";
    if (!good.length) return errorPage(c, "dasbor-bulk-nothing", refusedList, 409);
    const body = html`<div class="card">
<p>${c.t("dasbor-bulk-summary", { count: good.length, status, refused: refused.length })}</p>
${r.reason ? html`<p>${c.t("dasbor-bulk-reason")}: ${r.reason}</p>` : ""}${r.channel ? html`<p>${c.t("dasbor-bulk-channel")}: ${c.t(`usulan-channel-${r.channel}`)}</p>` : ""}
<ul class="tickets">${good.map((t) => html`<li><a href="/dasbor/usulan/${t}">${t}</a></li>`)}</ul>
</div>
${refusedList}
<form method="post" action="/dasbor/usulan/aksi/konfirmasi" class="stack">${c.csrfField()}
${good.map((t) => html`<input type="hidden" name="tiket" value="${t}">`)}
<input type="hidden" name="ke" value="${r.to}">
${r.channel ? html`<input type="hidden" name="saluran" value="${r.channel}">` : ""}
${r.reason ? html`<input type="hidden" name="alasan_teks" value="${r.reason}">` : ""}
${r.force ? html`<input type="hidden" name="paksa" value="1">` : ""}
<p><button type="submit" class="primary">${c.t("dasbor-bulk-confirm", { count: good.length, status })}</button> <a href="/dasbor/usulan">${c.t("dasbor-bulk-cancel")}</a></p>
</form>`;
    return sendPage(c, { title: c.t("dasbor-bulk-title"), active: "usulan", body });
  });

  // Step 2: checked again (something may have moved since), then all of them or none.
  app.post("/dasbor/usulan/aksi/konfirmasi", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const r = checked(c, (req.body ?? {}) as Record<string, unknown>);
    if (r === "denied") return denyAccess(c, "usulan:bulk");
    if ("error" in r) return errorPage(c, r.error);
    const reqs = onePerCluster(store, requestsOf(r), c.user.isAdmin);
    const result = moveProposals(
      { store, t: i18n.t, actor: c.user.actor, mayForce: c.user.isAdmin, now: deps.now(), delayDays: deps.app.config.FOLLOWUP_DELAY_DAYS },
      reqs,
    );
    if (!result.ok) {
      const lines = result.errors.map((e) => refusalText((k, a) => c.t(k, a), reqs[e.index]!.ticket, e.error));
      return errorPage(c, "dasbor-bulk-changed", html`<ul class="refused">${lines.map((s) => html`<li>${s}</li>`)}</ul>`, 409);
    }
    // The notices are in the outbox; send them now rather than at the next delivery poll.
    deps.app.host.delivery.flushAll();
    return reply.code(303).header("location", `/dasbor/usulan?pindah=${result.moves.length}&ke=${r.to}`).send();
  });
}
