/**
 * Page 3, one proposal in full: text, location (coordinates and an OpenStreetMap link, no embedded tiles), photo
 * (served by its own route after the same scope check), status history, supporters, rembug list ranks and the
 * cluster's members. An RW head opening another RW's proposal, or anyone but an admin a rahasia one, is refused.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { coordinates, osmLink } from "../../aggregator/map-link.js";
import { createFollowupReads } from "../../followup/reads.js";
import { denyAccess, sendBarePage } from "../dashboard/auth.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { html } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { mayViewAspiration } from "../dashboard/user.js";
import { areaLabel, dateText, pad, sourceOf, statusBadge, TICKET_PATTERN } from "./usulan-labels.js";

const TICKET_RE = TICKET_PATTERN;

interface Row {
  id: number;
  ticket: string;
  rw: number;
  confidential: number;
  lat: number | null;
  lon: number | null;
  photo_path: string | null;
  origin: string;
  carried_from: number | null;
  created_at: number;
  channel: string | null;
}

function notFound(c: PageCtx) {
  return sendBarePage(c.reply, c.deps, c.lang, "dasbor-detail-unknown-title", "dasbor-detail-unknown", 404, { href: "/dasbor/usulan", key: "dasbor-bulk-back" });
}

export function registerDetailRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const { store, config } = deps.app;
  const reads = createFollowupReads(store);
  const rowOf = (ticket: string) =>
    TICKET_RE.test(ticket)
      ? (store.db.prepare(`SELECT id, ticket, rw, confidential, lat, lon, photo_path, origin, carried_from, created_at, channel FROM aspirations WHERE ticket = ?`).get(ticket) as Row | undefined)
      : undefined;

  app.get("/dasbor/usulan/:ticket", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const ticket = String((req.params as { ticket: string }).ticket).toUpperCase();
    const row = rowOf(ticket);
    if (!row) return notFound(c);
    if (!mayViewAspiration(c.user, row)) return denyAccess(c, `ticket:${ticket}`);
    const p = reads.proposal(ticket)!;
    const cluster = store.db
      .prepare(
        `SELECT m2.cluster_id AS clusterId, a.ticket, a.rt, a.description, a.confidential, m2.state, a.id = c.representative_aspiration_id AS representative
           FROM cluster_members m JOIN cluster_members m2 ON m2.cluster_id = m.cluster_id JOIN aspirations a ON a.id = m2.aspiration_id
           JOIN clusters c ON c.id = m.cluster_id
          WHERE m.aspiration_id = ? ORDER BY a.id`,
      )
      .all(row.id) as Array<{ clusterId: number; ticket: string; rt: number; description: string; confidential: number; state: string; representative: number }>;
    const members = cluster.filter((m) => !m.confidential || c.user.seesConfidential);
    const location =
      row.lat !== null && row.lon !== null
        ? html`<a href="${osmLink(row.lat, row.lon)}" rel="noopener noreferrer external" target="_blank">${coordinates(row.lat, row.lon)}</a> <span class="muted">(${c.t("dasbor-detail-map")})</span>`
        : c.t("dasbor-detail-no-pin");
    const body = html`<div class="card">
<p class="lead">${p.description}</p>
<dl class="facts">
<dt>${c.t("dasbor-col-ticket")}</dt><dd>${p.ticket}${p.confidential ? html` <span class="badge rahasia">${c.t("dasbor-rahasia")}</span>` : ""}</dd>
<dt>${c.t("dasbor-col-area")}</dt><dd>${areaLabel(c, p.rw, p.rt)}</dd>
<dt>${c.t("dasbor-col-category")}</dt><dd>${c.t(`category-${p.category}`)}</dd>
<dt>${c.t("dasbor-col-status")}</dt><dd>${statusBadge(c, p.status)}${p.statusReason ? html` — ${p.statusReason}` : ""}${p.fundingChannel ? html` — ${c.t(`usulan-channel-${p.fundingChannel}`)}` : ""}</dd>
<dt>${c.t("dasbor-detail-place")}</dt><dd>${p.locationText ?? "-"}</dd>
<dt>${c.t("dasbor-detail-pin")}</dt><dd>${location}</dd>
<dt>${c.t("dasbor-col-supporters")}</dt><dd>${p.supporters}</dd>
<dt>${c.t("dasbor-col-source")}</dt><dd>${c.t(`dasbor-source-${sourceOf({ origin: row.origin, carriedFrom: row.carried_from })}`)}</dd>
<dt>${c.t("dasbor-col-date")}</dt><dd>${dateText(c, row.created_at, true)}</dd>
${c.user.isAdmin && p.reporter ? html`<dt>${c.t("dasbor-detail-reporter")}</dt><dd>${p.reporter}</dd>` : ""}
</dl>
</div>
${row.photo_path ? html`<h2>${c.t("dasbor-detail-photo")}</h2><p class="photo"><img src="/dasbor/usulan/${p.ticket}/foto" alt="${c.t("dasbor-detail-photo-alt", { ticket: p.ticket })}"></p>` : ""}
<h2>${c.t("dasbor-detail-history")}</h2>
${
  p.history.length
    ? html`<ol class="history">${p.history.map(
        (h) => html`<li><span class="muted">${dateText(c, h.at, true)}</span> · ${statusBadge(c, h.status)}${h.reason ? html` — ${h.reason}` : ""}${h.channel ? html` — ${c.t(`usulan-channel-${h.channel}`)}` : ""}</li>`,
      )}</ol>`
    : html`<p class="muted">${c.t("dasbor-detail-no-history")}</p>`
}
<h2>${c.t("dasbor-detail-ranks")}</h2>
${
  p.ranks.length
    ? html`<ul>${p.ranks.map((r) => html`<li>${r.level === "rt" && r.rw !== null && r.rt !== null ? c.t("usulan-history-rank-rt", { rt: pad(r.rt), rank: r.rank }) : c.t("usulan-history-rank-rw", { rw: pad(r.rw ?? p.rw), rank: r.rank })} <span class="muted">(${dateText(c, r.at)})</span></li>`)}</ul>`
    : html`<p class="muted">${c.t("dasbor-detail-no-ranks")}</p>`
}
<h2>${c.t("dasbor-detail-cluster")}</h2>
${
  members.length
    ? html`<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-col-ticket")}</th><th>${c.t("dasbor-col-rt")}</th><th>${c.t("dasbor-col-description")}</th><th>${c.t("dasbor-detail-member-state")}</th></tr></thead>
<tbody>${members.map((m) => html`<tr><td>${m.ticket === p.ticket ? m.ticket : html`<a href="/dasbor/usulan/${m.ticket}">${m.ticket}</a>`}${m.representative ? html` <span class="badge">${c.t("dasbor-detail-representative")}</span>` : ""}</td><td>${pad(m.rt)}</td><td>${m.description}</td><td>${c.t(`dasbor-member-${m.state}`)}</td></tr>`)}</tbody></table></div>`
    : html`<p class="muted">${c.t("dasbor-detail-no-cluster")}</p>`
}
<p class="no-print"><a href="/dasbor/usulan">${c.t("dasbor-bulk-back")}</a></p>`;
    return sendPage(c, { title: c.t("dasbor-detail-title", { ticket: p.ticket }), active: "usulan", body });
  });

  app.get("/dasbor/usulan/:ticket/foto", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const ticket = String((req.params as { ticket: string }).ticket).toUpperCase();
    const row = rowOf(ticket);
    if (!row?.photo_path) return notFound(c);
    if (!mayViewAspiration(c.user, row)) return denyAccess(c, `photo:${ticket}`);
    const rel = path.normalize(row.photo_path);
    if (!rel.startsWith(`photos${path.sep}`) || rel.includes("..")) return notFound(c);
    let data: Buffer;
    try {
      data = await readFile(path.join(config.dataDir, rel));
    } catch {
      return notFound(c);
    }
    // Private to the signed-in person: never kept by a shared cache.
    return reply.header("content-type", "image/jpeg").header("cache-control", "private, no-store").header("content-disposition", `inline; filename="${ticket}.jpg"`).send(data);
  });
}
