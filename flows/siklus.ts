/**
 * /siklus: the LPMK's planning cycle. `/siklus` shows the open cycle and how many RTs have confirmed a rembug, per RW;
 * `/siklus buka <nama>` opens one (RT heads are told); `/siklus tutup` closes it after a confirmation (what was not
 * accommodated carries over). LPMK only.
 */
import type { FlowDef, StepCtx, Transition } from "../src/engine/types.js";
import type { CycleReads } from "../src/cycle/engine-types.js";
import "../src/cycle/engine-types.js";
import { padArea } from "./area.js";

export const SIKLUS_ROLES = ["lpmk"];
const NAME_MIN = 3;
const NAME_MAX = 60;

function statusText(c: StepCtx, reads: CycleReads): string {
  const cycle = reads.current();
  if (!cycle) return c.t("siklus-none-open");
  const progress = reads.progress(cycle.id);
  const lines = [c.t("siklus-status-title", { name: cycle.name, date: new Date(cycle.openedAt) })];
  const rts = progress.reduce((n, p) => n + p.rts, 0);
  const confirmed = progress.reduce((n, p) => n + p.confirmed, 0);
  lines.push("", c.t("siklus-status-total", { confirmed, rts }), "", c.t("siklus-status-per-rw"));
  for (const p of progress) {
    lines.push(c.t("siklus-status-rw-line", { rw: padArea(p.rw), confirmed: p.confirmed, rts: p.rts, rwDone: p.rwConfirmed ? "yes" : "no" }));
  }
  return lines.join("\n");
}

/** What the words after /siklus ask for. */
export function parseSiklusArg(arg: string | undefined): { kind: "status" } | { kind: "open"; name: string } | { kind: "close" } | { kind: "usage" } {
  const text = (arg ?? "").trim().replace(/\s+/g, " ");
  if (!text) return { kind: "status" };
  const [word, ...rest] = text.split(" ");
  const w = word!.toLowerCase();
  if (w === "buka" || w === "open") return { kind: "open", name: rest.join(" ") };
  if ((w === "tutup" || w === "close") && rest.length === 0) return { kind: "close" };
  return { kind: "usage" };
}

export const siklus: FlowDef = {
  id: "siklus",
  version: 1,
  start: "tutup",
  commands: ["siklus"],
  roles: SIKLUS_ROLES,
  // LPMK members named in LPMK_ADMINS need not register as residents; the role check guards the flow.
  requiresRegistration: false,
  onStart(c, arg): Transition | undefined {
    const reads = c.env.reads.cycles;
    if (!reads) return { say: [{ text: c.t("siklus-none-open") }], end: { showMenu: false } };
    const asked = parseSiklusArg(arg);
    if (asked.kind === "status") return { say: [{ text: statusText(c, reads) }], end: { showMenu: false } };
    if (asked.kind === "usage") return { say: [{ text: c.t("siklus-usage") }], end: { showMenu: false } };
    const open = reads.current();
    if (asked.kind === "open") {
      const name = asked.name;
      if ([...name].length < NAME_MIN || [...name].length > NAME_MAX) return { say: [{ text: c.t("siklus-name-invalid") }], end: { showMenu: false } };
      if (open) return { say: [{ text: c.t("siklus-already-open", { name: open.name }) }], end: { showMenu: false } };
      // The handler answers with what it did (aspirations adopted, proposals carried, heads told).
      return { effects: [{ type: "cycle.open", name }], end: { showMenu: false } };
    }
    if (!open) return { say: [{ text: c.t("siklus-close-none") }], end: { showMenu: false } };
    return undefined;
  },
  steps: {
    tutup: {
      kind: "choice",
      prompt: (c) => {
        const reads = c.env.reads.cycles!;
        const open = reads.current();
        return c.t("siklus-close-confirm", { name: open?.name ?? "", carried: open ? reads.carryCount(open.id) : 0 });
      },
      options: (c) => [
        { value: "yes", label: c.t("siklus-close-yes"), aliases: c.words("siklus-close-yes-aliases") },
        { value: "no", label: c.t("siklus-close-no"), aliases: c.words("siklus-close-no-aliases") },
      ],
      onChoose(value, c) {
        if (value !== "yes") return { say: [{ text: c.t("siklus-close-kept") }], end: { showMenu: false } };
        return { effects: [{ type: "cycle.close" }], end: { showMenu: false } };
      },
    },
  },
};
