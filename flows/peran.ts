/** `/peran [RW]` for admins and LPMK members: the role holders grouped by RW, and revoking one after a confirmation. */
import { z } from "zod";
import { readData } from "../src/engine/flow-data.js";
import type { FlowDef, StepCtx } from "../src/engine/types.js";
import type { HolderView } from "../src/roles/engine-types.js";
import { roleLabel } from "../src/roles/role-label.js";
import { padArea } from "./area.js";
import { parseRwArg } from "./rekap.js";

const peranData = z.object({
  rw: z.number().int().nullable().optional(),
  ids: z.array(z.number().int()).optional(),
  grantId: z.number().int().optional(),
});

const label = (c: StepCtx, h: HolderView) => roleLabel(c.env.t, c.lang, { ...h, pokmasName: h.pokmasName ?? null });

/** The holders listed under a heading per RW (kelurahan-wide roles and groups without an RW first). */
function listText(c: StepCtx, holders: HolderView[]): string {
  const lines = [c.t("peran-list-title")];
  let group: number | null | undefined;
  for (const h of holders) {
    const rw = h.areaRw ?? null;
    if (rw !== group) {
      lines.push(rw === null ? c.t("peran-group-kelurahan") : c.t("peran-group-rw", { rw: padArea(rw) }));
      group = rw;
    }
    lines.push(c.t("peran-line", { name: h.name, role: label(c, h) }));
  }
  return lines.join("\n");
}

export const peran: FlowDef = {
  id: "peran",
  version: 1,
  data: peranData,
  start: "pick",
  commands: ["peran"],
  roles: ["lpmk"],
  requiresRegistration: false,
  onStart(c, arg) {
    const reads = c.env.reads.roles;
    if (!reads) return { say: [{ text: c.t("kode-unavailable") }], end: {} };
    let rw: number | undefined;
    if (arg) {
      const n = parseRwArg(arg);
      if (n === null || !c.env.wilayah.has(n)) return { say: [{ text: c.t("peran-unknown-rw", { rw: n === null ? arg.slice(0, 10) : padArea(n) }) }], end: {} };
      rw = n;
    }
    const holders = reads.holders(rw);
    if (!holders.length) return { say: [{ text: c.t("peran-none") }], end: {} };
    return { say: [{ text: listText(c, holders) }], set: { rw: rw ?? null, ids: holders.map((h) => h.grantId) }, goto: "pick" };
  },
  steps: {
    pick: {
      kind: "choice",
      prompt: (c) => c.t("peran-pick-prompt"),
      options: (c) => {
        const reads = c.env.reads.roles;
        const holders = (readData(peranData, c).ids ?? []).map((id) => reads?.holderByGrant(id)).filter((h): h is HolderView => h !== undefined);
        return [
          ...holders.map((h) => ({ value: String(h.grantId), label: c.t("peran-option", { name: h.name, role: label(c, h) }) })),
          { value: "done", label: c.t("peran-pick-done"), aliases: c.words("peran-pick-done-aliases") },
        ];
      },
      onChoose(value, c) {
        if (value === "done") return { end: {} };
        return { set: { grantId: Number(value) }, goto: "confirm" };
      },
    },
    confirm: {
      kind: "choice",
      prompt: (c) => {
        const h = c.env.reads.roles?.holderByGrant(readData(peranData, c).grantId ?? -1);
        return h ? c.t("peran-revoke-confirm", { name: h.name, role: label(c, h) }) : c.t("peran-revoke-gone");
      },
      options: (c) => [
        { value: "yes", label: c.t("peran-revoke-yes"), aliases: c.words("peran-revoke-yes-aliases") },
        { value: "no", label: c.t("peran-revoke-no"), aliases: c.words("peran-revoke-no-aliases") },
      ],
      onChoose(value, c) {
        if (value === "no") return { say: [{ text: c.t("peran-revoke-kept") }], end: {} };
        const h = c.env.reads.roles?.holderByGrant(readData(peranData, c).grantId ?? -1);
        if (!h) return { say: [{ text: c.t("peran-revoke-gone") }], end: {} };
        return { effects: [{ type: "role.revoke", grantId: h.grantId }], say: [{ text: c.t("peran-revoked", { name: h.name, role: label(c, h) }) }], end: {} };
      },
    },
  },
};
