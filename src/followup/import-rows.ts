/**
 * The Musrenbang outcome as a file (CSV or XLSX with columns ticket, status, reason, channel): every row is checked
 * against the stored proposals first; then all rows are applied or none. Problems are reported by line.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Lang } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";
import { localeWords } from "../engine/words.js";
import { parseTicket } from "../engine/tickets.js";
import { TICKET_PREFIX } from "../../flows/aspirasi.js";
import { moveProposals, planMove, type MoveOptions, type MoveRequest } from "./move.js";
import { refusalText } from "./refusal-text.js";
import { FOLLOWUP_STATUSES, FUNDING_CHANNELS, REJECT_REASONS, parseWord } from "./transitions.js";

export interface ImportRow {
  /** The line in the file (the header is line 1). */
  line: number;
  ticket: string;
  status: string;
  reason: string;
  channel: string;
}

const COLUMNS = { ticket: ["ticket", "tiket"], status: ["status"], reason: ["reason", "alasan"], channel: ["channel", "saluran", "pendanaan"] } as const;

function rowsFromTable(table: string[][]): ImportRow[] | { missing: string } {
  const [header = [], ...body] = table;
  const names = header.map((h) => String(h ?? "").trim().toLowerCase());
  const col = (k: keyof typeof COLUMNS) => names.findIndex((n) => (COLUMNS[k] as readonly string[]).includes(n));
  const idx = { ticket: col("ticket"), status: col("status"), reason: col("reason"), channel: col("channel") };
  if (idx.ticket < 0) return { missing: "ticket" };
  if (idx.status < 0) return { missing: "status" };
  const cell = (r: string[], i: number) => (i < 0 ? "" : String(r[i] ?? "").trim());
  return body
    .map((r, i) => ({ line: i + 2, ticket: cell(r, idx.ticket), status: cell(r, idx.status), reason: cell(r, idx.reason), channel: cell(r, idx.channel) }))
    .filter((r) => r.ticket || r.status || r.reason || r.channel);
}

/** Read the rows of a .csv (comma or semicolon) or .xlsx file (its first sheet). */
export async function readImportFile(file: string): Promise<ImportRow[] | { missing: string }> {
  if (file.toLowerCase().endsWith(".xlsx")) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    const table: string[][] = [];
    ws?.eachRow({ includeEmpty: true }, (row, n) => {
      const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : typeof v === "object" && v && "text" in v ? String((v as { text: unknown }).text) : String(v)));
      table[n - 1] = values;
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
    return rowsFromTable(table);
  }
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ";" : ",";
  return rowsFromTable(parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][]);
}

export type ImportResult =
  | { ok: true; moved: number; notified: number }
  | { ok: false; errors: Array<{ line: number; message: string }> };

/** Check every row, then apply all (one transaction) or none. `lang` is the language of the messages. */
export function importRows(o: MoveOptions, rows: ImportRow[], lang: Lang): ImportResult {
  const t = (key: string, args?: Record<string, string | number>) => o.t(lang, key, args);
  const words = (key: string) => localeWords(o.t, key);
  const errors: Array<{ line: number; message: string }> = [];
  const reqs: MoveRequest[] = [];
  const seen = new Map<string, number>();
  if (!rows.length) return { ok: false, errors: [{ line: 1, message: t("usulan-import-empty") }] };
  for (const r of rows) {
    const ticket = parseTicket(TICKET_PREFIX, r.ticket);
    if (!ticket) {
      errors.push({ line: r.line, message: t("usulan-import-bad-ticket", { ticket: r.ticket.slice(0, 20) }) });
      continue;
    }
    const to = parseWord(r.status, FOLLOWUP_STATUSES, (s) => words(`usulan-status-${s}-aliases`));
    if (!to) {
      errors.push({ line: r.line, message: t("usulan-unknown-status", { word: r.status.slice(0, 30), statuses: FOLLOWUP_STATUSES.join(", ") }) });
      continue;
    }
    const earlier = seen.get(ticket);
    if (earlier !== undefined) {
      errors.push({ line: r.line, message: t("usulan-import-duplicate", { ticket, line: earlier }) });
      continue;
    }
    seen.set(ticket, r.line);
    const channel = r.channel ? parseWord(r.channel, FUNDING_CHANNELS, (s) => words(`usulan-channel-${s}-aliases`)) : undefined;
    if (to === "disetujui" && r.channel && !channel) {
      errors.push({ line: r.line, message: t("usulan-import-bad-channel", { channel: r.channel.slice(0, 30) }) });
      continue;
    }
    const code = r.reason ? parseWord(r.reason, REJECT_REASONS, (s) => words(`usulan-reason-${s}-aliases`)) : undefined;
    const reason = code && code !== "lainnya" ? t(`usulan-reason-${code}`) : r.reason.slice(0, 300) || null;
    const req: MoveRequest = { ticket, to, reason, channel: channel ?? null };
    const plan = planMove(o.store, req, false);
    if (!plan.ok) {
      errors.push({ line: r.line, message: refusalText(t, ticket, plan.error) });
      continue;
    }
    reqs.push(req);
  }
  if (errors.length) return { ok: false, errors };
  const r = moveProposals(o, reqs);
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => ({ line: rows[e.index]?.line ?? 0, message: refusalText(t, reqs[e.index]!.ticket, e.error) })) };
  return { ok: true, moved: r.moves.length, notified: new Set(r.notified).size };
}
