/** `/pokmas tambah "Karang Taruna Tunas Muda" 3` registers a Pokmas group (RW optional); `/pokmas` lists them. LPMK only. */
import type { CommandDef, StepCtx, Transition } from "../src/engine/types.js";
import { unquote } from "../src/roles/invite-request.js";
import "../src/roles/engine-types.js";
import { padArea } from "./area.js";

const done = (c: StepCtx, key: string, args?: Record<string, string>): Transition => ({ say: [{ text: c.t(key, args) }], end: { showMenu: false } });

/** `"Name" 3`, `Name 3`, `"Name"`: the name and the RW, or null. */
export function parsePokmasArgs(rest: string): { name: string; rw?: number } | null {
  // A quoted name may end in a number of its own ("PKK RW 03"); unquoted, a last number is the RW.
  const m = /^["“”'‘’](.+?)["“”'‘’](?:\s+(?:rw\s*)?(\d{1,3}))?$/i.exec(rest.trim()) ?? /^(.+?)(?:\s+(?:rw\s*)?(\d{1,3}))?$/i.exec(rest.trim());
  const name = unquote(m?.[1] ?? "");
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return null;
  return m?.[2] === undefined ? { name } : { name, rw: Number(m[2]) };
}

export const pokmas: CommandDef = {
  names: ["pokmas"],
  roles: ["lpmk"],
  requiresRegistration: false,
  run(arg, c) {
    const reads = c.env.reads.roles;
    if (!reads) return done(c, "kode-unavailable");
    if (!arg) {
      const list = reads.pokmasList();
      if (!list.length) return done(c, "pokmas-list-empty");
      const lines = list.map((p) => c.t("pokmas-list-line", { name: p.name, rw: p.rw === null ? "" : c.t("pokmas-rw", { rw: padArea(p.rw) }) }).trimEnd());
      return { say: [{ text: [c.t("pokmas-list-title"), ...lines].join("\n") }], end: { showMenu: false } };
    }
    const m = /^(tambah|add)\s+([\s\S]+)$/i.exec(arg);
    const parsed = m ? parsePokmasArgs(m[2]!) : null;
    if (!parsed) return done(c, "pokmas-usage");
    if (parsed.rw !== undefined && !c.env.wilayah.has(parsed.rw)) return done(c, "undang-unknown-rw", { rw: padArea(parsed.rw) });
    if (reads.pokmasByName(parsed.name)) return done(c, "pokmas-exists", { name: parsed.name });
    return { effects: [{ type: "pokmas.add", ...parsed }], say: [{ text: c.t("pokmas-added", { name: parsed.name }) }], end: { showMenu: false } };
  },
};
