/**
 * /rekap [RW]: the recap in chat, then the Daftar Panjang Usulan as a file on request. LPMK members see every RW;
 * an RW head only their own RW (another RW is refused and audited).
 */
import { EXPORT_FORMATS, type ExportFormat } from "../src/aggregator/export-format.js";
import { formatRecap } from "../src/aggregator/recap-text.js";
import { normalizeAreaNumber } from "../src/engine/choice-match.js";
import { z } from "zod";
import { readData } from "../src/engine/flow-data.js";
import type { FlowDef } from "../src/engine/types.js";
import { padArea } from "./area.js";
import { LPMK_ROLE, mayAct } from "../src/core/roles.js";
import { accessDenied } from "../src/engine/access-denied.js";

export const REKAP_ROLES = ["lpmk", "ketua_rw"];

/** "3", "03", "rw 3", "RW03" -> 3; null when it is not an RW number. */
export function parseRwArg(arg: string): number | null {
  const n = Number(normalizeAreaNumber(arg.toLowerCase(), "rw"));
  return Number.isInteger(n) && n > 0 && n < 1000 ? n : null;
}

/** The RW the recap was asked for (null: the whole kelurahan). */
const rekapData = z.object({ rw: z.number().int().nullable().optional() });

export const rekap: FlowDef = {
  id: "rekap",
  version: 1,
  data: rekapData,
  start: "berkas",
  commands: ["rekap"],
  roles: REKAP_ROLES,
  // LPMK members named in LPMK_ADMINS need not register as residents; the role check guards the flow.
  requiresRegistration: false,
  onStart(c, arg) {
    const reads = c.env.reads.clusters;
    if (!reads) return { say: [{ text: c.t("rekap-unavailable") }], end: {} };
    let rw: number | undefined;
    if (arg) {
      const n = parseRwArg(arg);
      if (n === null || !c.env.wilayah.has(n)) {
        return { say: [{ text: c.t("rekap-unknown-rw", { rw: n === null ? arg.slice(0, 10) : padArea(n) }) }], end: {} };
      }
      rw = n;
    }
    if (!c.env.actor.roles.has(LPMK_ROLE)) {
      // An RW head: their own RW only (without a number, the RW they head).
      const grants = c.env.actor.grants ?? [];
      const own = grants.find((g) => g.role === "ketua_rw")?.rw;
      const target = rw ?? own;
      if (target === undefined || !mayAct(grants, ["ketua_rw"], { rw: target })) {
        return accessDenied(c, { subject: "flow:rekap", detail: { rw }, hint: { key: "rekap-own-rw-only", args: { rw: own === undefined ? "-" : padArea(own) } } });
      }
      rw = target;
    }
    const text = formatRecap(reads.recap(rw), c.env.t, c.lang);
    return { say: [{ text }], set: { rw: rw ?? null }, goto: "berkas" };
  },
  steps: {
    berkas: {
      kind: "choice",
      prompt: (c) => c.t("rekap-file-prompt"),
      options: (c) => [
        { value: "xlsx", label: c.t("rekap-file-xlsx"), aliases: c.words("rekap-file-xlsx-aliases") },
        { value: "csv", label: c.t("rekap-file-csv"), aliases: c.words("rekap-file-csv-aliases") },
        { value: "md", label: c.t("rekap-file-md"), aliases: c.words("rekap-file-md-aliases") },
        { value: "none", label: c.t("rekap-file-none"), aliases: c.words("rekap-file-none-aliases") },
      ],
      onChoose(value, c) {
        if (!EXPORT_FORMATS.includes(value as ExportFormat)) return { end: {} };
        const rw = readData(rekapData, c).rw ?? undefined;
        return {
          // The file has a sheet for every RW of the wilayah, even one without usulan.
          effects: [{ type: "recap.export", format: value as ExportFormat, ...(rw === undefined ? { rws: [...c.env.wilayah.rws] } : { rw }) }],
          say: [{ text: c.t("rekap-file-coming") }],
          end: {},
        };
      },
    },
  },
};
