/**
 * Page 6, Unduh: the files the LPMK and RW heads take to meetings, made by the same export functions as the chat
 * and the admin commands. An RW head gets their own RW's Daftar Panjang Usulan, rembug berita acara and attendance
 * photos; the kelurahan-wide documents (Daftar Usulan Tidak Disepakati, berita acara Musrenbang Kelurahan) are for
 * LPMK members; rahasia rows only for admins who ask for them. The daftar hadir of each meeting invitation (undangan)
 * the person may see (mayViewBroadcast, as /laporan <id> hadir) as PDF or XLSX. Every download is audited.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";
import { ATTENDANCE_FORMATS, ATTENDANCE_MIME, attendanceFileName, attendanceSheet, writeAttendance, type AttendanceFormat } from "../../broadcast/attendance.js";
import { broadcastTitle } from "../../broadcast/report-text.js";
import { toCsv, toXlsx } from "../../aggregator/export-files.js";
import { EXPORT_MIME } from "../../aggregator/export-format.js";
import { exportFileName } from "../../aggregator/effects.js";
import { buildLongList } from "../../aggregator/long-list.js";
import { cycleName, writeBeritaAcara as writeMusrenbangBa, writeRejectedList } from "../../followup/exports.js";
import { writeBeritaAcara as writeRembugBa } from "../../rembug/berita-acara.js";
import { beritaAcaraFileName, beritaAcaraOf } from "../../rembug/effects.js";
import { RembugResultRepo } from "../../rembug/results.js";
import type { RembugScope } from "../../rembug/scope.js";
import type { DashboardDeps } from "../dashboard/deps.js";
import { denyAccess } from "../dashboard/auth.js";
import { html, type SafeHtml } from "../dashboard/html.js";
import { sendPage } from "../dashboard/layout.js";
import { pageCtx, type PageCtx } from "../dashboard/page-ctx.js";
import { mayViewRw } from "../dashboard/user.js";
import { broadcastFor, undanganInScope } from "../queries/siaran.js";
import { pad2, when } from "./page-helpers.js";

interface ResultListRow {
  id: number;
  level: "rt" | "rw" | "pokmas";
  rw: number | null;
  rt: number | null;
  pokmasId: number | null;
  pokmasName: string | null;
  version: number;
  confirmedAt: number;
  confirmedBy: string | null;
  photo: string | null;
}

/** Confirmed rembug results the user may see: their RWs' RT and RW results; Pokmas results for LPMK members. */
function resultsInScope(c: PageCtx): ResultListRow[] {
  const rows = c.deps.app.store.db
    .prepare(
      `SELECT r.id, r.level, r.rw, r.rt, r.pokmas_id AS pokmasId, p.name AS pokmasName, r.version, r.confirmed_at AS confirmedAt, r.confirmed_by AS confirmedBy, r.attendance_photo AS photo
         FROM rembug_results r LEFT JOIN pokmas p ON p.id = r.pokmas_id
        WHERE r.state = 'confirmed' ORDER BY r.rw, r.level DESC, r.rt, r.id`,
    )
    .all() as ResultListRow[];
  return rows.filter((r) => (r.level === "pokmas" ? c.user.isLpmk : r.rw !== null && mayViewRw(c.user, r.rw)));
}

function scopeOf(r: ResultListRow): RembugScope {
  if (r.level === "rt") return { level: "rt", rw: r.rw ?? 0, rt: r.rt ?? 0 };
  if (r.level === "rw") return { level: "rw", rw: r.rw ?? 0 };
  return { level: "pokmas", pokmasId: r.pokmasId ?? 0, rw: r.rw, name: r.pokmasName ?? "" };
}

function areaOf(c: PageCtx, r: ResultListRow): string {
  if (r.level === "rt") return c.t("rembug-area-rt", { rt: pad2(r.rt ?? 0), rw: pad2(r.rw ?? 0) });
  if (r.level === "rw") return c.t("rembug-area-rw", { rw: pad2(r.rw ?? 0) });
  return c.t("rembug-area-pokmas", { name: r.pokmasName ?? "" });
}

function sendFile(reply: FastifyReply, body: Buffer | string, filename: string, mime: string): FastifyReply {
  return reply.code(200).header("content-type", mime).header("content-disposition", `attachment; filename="${filename}"`).header("cache-control", "no-store").send(body);
}

/** Write a file with `write` into a private temp dir, read it back and remove it. */
async function viaTempFile(name: string, write: (file: string) => Promise<unknown>): Promise<Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), "rembug-unduh-"));
  try {
    const file = path.join(dir, name);
    await write(file);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function stamp(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}`;
}

const UNDANGAN_SHOWN = 20;

/** The newest undangan in scope with their daftar hadir links (PDF, XLSX) and how many answered Hadir or Mungkin. */
function undanganSection(c: PageCtx): SafeHtml {
  const db = c.deps.app.store.db;
  const { rows, total } = undanganInScope(db, c.user, UNDANGAN_SHOWN);
  const answers = db.prepare(`SELECT COUNT(*) FROM broadcast_recipients WHERE broadcast_id = ? AND rsvp IN ('hadir', 'mungkin')`).pluck();
  const t = (k: string, a?: Parameters<PageCtx["t"]>[1]) => c.t(k, a);
  const table = rows.length
    ? html`<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-unduh-col-meeting")}</th><th>${c.t("dasbor-unduh-col-meeting-at")}</th><th class="num">${c.t("dasbor-unduh-col-answers")}</th><th>${c.t("dasbor-unduh-col-attendance")}</th></tr></thead>
<tbody>${rows.map(
        (b) => html`<tr><td><a href="/dasbor/siaran/${b.id}">${broadcastTitle(t, b)}</a></td><td>${b.content.kind === "undangan" ? when(c, b.content.at) : ""}</td><td class="num">${answers.get(b.id) as number}</td><td class="nowrap"><a href="/dasbor/unduh/daftar-hadir-undangan/${b.id}?format=pdf">PDF</a> · <a href="/dasbor/unduh/daftar-hadir-undangan/${b.id}?format=xlsx">XLSX</a></td></tr>`,
      )}</tbody></table></div>${total > rows.length ? html`<p class="hint">${c.t("dasbor-unduh-undangan-more", { shown: rows.length, total })}</p>` : ""}`
    : html`<p>${c.t("dasbor-unduh-undangan-none")}</p>`;
  return html`<h2>${c.t("dasbor-unduh-undangan-title")}</h2><p class="hint">${c.t("dasbor-unduh-undangan-hint")}</p>${table}`;
}

export function registerUnduhRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const { store } = deps.app;
  const audit = (c: PageCtx, subject: string, detail: unknown) => store.audit.record(c.user.actor, "dasbor.unduh", subject, detail, deps.now());

  app.get("/dasbor/unduh", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const rws = c.user.allRws ? deps.app.wilayah.rws : c.user.rws;
    const longList = html`<h2>${c.t("dasbor-unduh-long-title")}</h2><p class="hint">${c.t("dasbor-unduh-long-hint")}</p>
<ul>${c.user.allRws ? html`<li>${c.t("dasbor-unduh-all-rw")}: <a href="/dasbor/unduh/daftar-panjang?format=xlsx">XLSX</a> · <a href="/dasbor/unduh/daftar-panjang?format=csv">CSV</a></li>` : ""}
${rws.map((rw) => html`<li>${c.t("dasbor-rw", { rw: pad2(rw) })}: <a href="/dasbor/unduh/daftar-panjang?format=xlsx&amp;rw=${rw}">XLSX</a> · <a href="/dasbor/unduh/daftar-panjang?format=csv&amp;rw=${rw}">CSV</a></li>`)}</ul>`;
    const kelurahan = c.user.isLpmk
      ? html`<h2>${c.t("dasbor-unduh-musrenbang-title")}</h2><ul>
<li>${c.t("dasbor-unduh-rejected")}: <a href="/dasbor/unduh/tidak-disepakati?format=xlsx">XLSX</a> · <a href="/dasbor/unduh/tidak-disepakati?format=csv">CSV</a>${c.user.seesConfidential ? html` · <a href="/dasbor/unduh/tidak-disepakati?format=xlsx&amp;rahasia=1">${c.t("dasbor-unduh-with-rahasia")}</a>` : ""}</li>
<li>${c.t("dasbor-unduh-ba-kelurahan")}: <a href="/dasbor/unduh/berita-acara-musrenbang">PDF</a></li></ul>`
      : "";
    const results = resultsInScope(c);
    const rembug = html`<h2>${c.t("dasbor-unduh-rembug-title")}</h2>${
      results.length
        ? html`<div class="table-wrap"><table><thead><tr><th>${c.t("dasbor-unduh-col-area")}</th><th>${c.t("dasbor-unduh-col-confirmed")}</th><th>${c.t("dasbor-unduh-col-ba")}</th><th>${c.t("dasbor-unduh-col-attendance")}</th></tr></thead>
<tbody>${results.map(
            (r) => html`<tr><td>${areaOf(c, r)} (v${r.version})</td><td>${when(c, r.confirmedAt)}</td><td><a href="/dasbor/unduh/berita-acara-rembug/${r.id}">PDF</a></td><td>${r.photo ? html`<a href="/dasbor/unduh/daftar-hadir/${r.id}">${c.t("dasbor-unduh-attendance-photo")}</a>` : c.t("dasbor-unduh-attendance-none")}</td></tr>`,
          )}</tbody></table></div>`
        : html`<p>${c.t("dasbor-unduh-rembug-none")}</p>`
    }<p class="hint">${c.t("dasbor-unduh-attendance-hint")}</p>`;
    return sendPage(c, { title: c.t("dasbor-unduh-title"), active: "unduh", body: html`${longList}${kelurahan}${rembug}${undanganSection(c)}` });
  });

  app.get("/dasbor/unduh/daftar-panjang", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const q = req.query as Record<string, string | undefined>;
    const format = q.format === "csv" ? "csv" : "xlsx";
    const rw = q.rw === undefined ? undefined : Number(q.rw);
    if (rw === undefined ? !c.user.allRws : !Number.isInteger(rw) || !mayViewRw(c.user, rw)) return denyAccess(c, `unduh:daftar-panjang:${q.rw ?? "all"}`);
    if (rw !== undefined && !deps.app.wilayah.has(rw)) return denyAccess(c, `unduh:daftar-panjang:${rw}`);
    const lists = buildLongList(store.db, rw === undefined ? { rws: deps.app.wilayah.rws } : { rw });
    const opts = { t: deps.app.i18n.t, kelurahan: deps.app.config.KELURAHAN_NAME, now: deps.now() };
    audit(c, rw === undefined ? "rw:all" : `rw:${rw}`, { file: "daftar-panjang", format });
    const body = format === "csv" ? toCsv(lists, opts) : await toXlsx(lists, opts);
    return sendFile(reply, body, exportFileName(rw, format, deps.now()), EXPORT_MIME[format]);
  });

  app.get("/dasbor/unduh/tidak-disepakati", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    if (!c.user.isLpmk) return denyAccess(c, "unduh:tidak-disepakati");
    const q = req.query as Record<string, string | undefined>;
    const format = q.format === "csv" ? "csv" : "xlsx";
    const includeRahasia = q.rahasia === "1";
    if (includeRahasia && !c.user.seesConfidential) return denyAccess(c, "unduh:tidak-disepakati:rahasia");
    const name = `daftar-usulan-tidak-disepakati-${stamp(deps.now())}.${format}`;
    const header = { kelurahan: deps.app.config.KELURAHAN_NAME, cycle: cycleName(store.db), at: deps.now() };
    const body = await viaTempFile(name, (file) => writeRejectedList(file, format, store.db, { t: deps.app.i18n.t, lang: c.lang, header, includeRahasia }));
    audit(c, "tidak-disepakati", { format, includeRahasia });
    return sendFile(reply, body, name, EXPORT_MIME[format]);
  });

  app.get("/dasbor/unduh/berita-acara-musrenbang", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    if (!c.user.isLpmk) return denyAccess(c, "unduh:berita-acara-musrenbang");
    const name = `berita-acara-musrenbang-kelurahan-${stamp(deps.now())}.pdf`;
    const header = { kelurahan: deps.app.config.KELURAHAN_NAME, cycle: cycleName(store.db), at: deps.now() };
    const body = await viaTempFile(name, (file) => writeMusrenbangBa(file, store.db, { t: deps.app.i18n.t, lang: c.lang, header, rws: deps.app.wilayah.rws }));
    audit(c, "berita-acara-musrenbang", {});
    return sendFile(reply, body, name, "application/pdf");
  });

  const resultFor = (c: PageCtx, raw: string): ResultListRow | undefined => resultsInScope(c).find((r) => String(r.id) === raw);

  app.get("/dasbor/unduh/berita-acara-rembug/:id", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const raw = (req.params as { id: string }).id;
    const row = resultFor(c, raw);
    if (!row) return denyAccess(c, `unduh:berita-acara-rembug:${raw.slice(0, 12)}`);
    const r = new RembugResultRepo(store.db).byId(row.id)!;
    const scope = scopeOf(row);
    const headId = /^resident:(\d+)$/.exec(row.confirmedBy ?? "")?.[1];
    const head = headId ? (store.residents.get(Number(headId))?.name ?? "") : "";
    const cycle = r.cycleId === null ? "" : ((store.db.prepare(`SELECT name FROM cycles WHERE id = ?`).pluck().get(r.cycleId) as string | undefined) ?? "");
    const ba = beritaAcaraOf(r, { scope, cycleName: cycle, kelurahan: deps.app.config.KELURAHAN_NAME, head, lang: c.lang, t: deps.app.i18n.t, timeZone: deps.app.config.TZ_KELURAHAN });
    const name = beritaAcaraFileName(scope, r.version);
    const body = await viaTempFile(name, (file) => writeRembugBa(file, ba));
    audit(c, `rembug:${row.id}`, { file: "berita-acara" });
    return sendFile(reply, body, name, "application/pdf");
  });

  app.get("/dasbor/unduh/daftar-hadir/:id", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const raw = (req.params as { id: string }).id;
    const row = resultFor(c, raw);
    if (!row) return denyAccess(c, `unduh:daftar-hadir:${raw.slice(0, 12)}`);
    if (!row.photo || !row.photo.startsWith("photos/") || row.photo.includes("..")) return sendPage(c, { title: c.t("dasbor-unduh-title"), active: "unduh", body: html`<p>${c.t("dasbor-unduh-attendance-none")}</p>` }, 404);
    const body = readFileSync(path.join(deps.app.config.dataDir, row.photo));
    audit(c, `rembug:${row.id}`, { file: "daftar-hadir" });
    return sendFile(reply, body, `daftar-hadir-${beritaAcaraFileName(scopeOf(row), row.version).replace(/^berita-acara-/, "").replace(/\.pdf$/, "")}${path.extname(row.photo) || ".jpg"}`, "image/jpeg");
  });

  app.get("/dasbor/unduh/daftar-hadir-undangan/:id", async (req, reply) => {
    const c = pageCtx(req, reply, deps);
    const raw = (req.params as { id: string }).id;
    const q = req.query as Record<string, string | undefined>;
    const format: AttendanceFormat = (ATTENDANCE_FORMATS as readonly string[]).includes(q.format ?? "") ? (q.format as AttendanceFormat) : "pdf";
    const { broadcast, allowed } = broadcastFor(store.db, c.user, /^\d{1,9}$/.test(raw) ? Number(raw) : NaN);
    if (broadcast && !allowed) return denyAccess(c, `unduh:daftar-hadir-undangan:${broadcast.id}`);
    const made = broadcast ? attendanceSheet(store.db, broadcast.id, { t: deps.app.i18n.t, lang: c.lang, kelurahan: deps.app.config.KELURAHAN_NAME, zone: deps.app.config.TZ_KELURAHAN, now: deps.now() }) : undefined;
    if (!broadcast || !made?.ok) return sendPage(c, { title: c.t("dasbor-unduh-title"), active: "unduh", body: html`<p>${c.t("dasbor-unduh-undangan-not-found")}</p>` }, 404);
    const name = attendanceFileName(broadcast.id, format);
    const body = await viaTempFile(name, (file) => writeAttendance(file, format, made.sheet));
    audit(c, `broadcast:${broadcast.id}`, { file: "daftar-hadir-undangan", format });
    return sendFile(reply, body, name, ATTENDANCE_MIME[format]);
  });
}
