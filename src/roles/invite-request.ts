/** What `/undang ...` and `npm run admin -- undang ...` ask for, checked against the wilayah and the Pokmas list. */
import type { Wilayah } from "../core/domain.js";
import type { RoleGrant, RoleName } from "../core/roles.js";

/** The words accepted for each invitable role (the admin role comes only from LPMK_ADMINS). */
const ROLE_WORDS: Record<string, RoleName> = {
  ketua_rt: "ketua_rt",
  rt: "ketua_rt",
  ketua_rw: "ketua_rw",
  rw: "ketua_rw",
  pengurus_lpmk: "pengurus_lpmk",
  lpmk: "pengurus_lpmk",
  ketua_pokmas: "ketua_pokmas",
  pokmas: "ketua_pokmas",
  kader: "kader",
};

export function inviteRole(word: string): RoleName | undefined {
  return ROLE_WORDS[word.trim().toLowerCase().replace(/-/g, "_")];
}

export interface InviteRequest {
  role: string;
  rw?: string;
  rt?: string;
  pokmas?: string;
}

export type InviteCheck = { ok: true; grant: RoleGrant } | { ok: false; key: string; args?: Record<string, string> };

const pad = (n: number) => String(n).padStart(2, "0");

function areaNumber(s: string | undefined): number | null | undefined {
  if (s === undefined || s.trim() === "") return undefined;
  const n = Number(s.trim().replace(/^(rt|rw)\s*/i, ""));
  return Number.isInteger(n) && n > 0 && n < 1000 ? n : null;
}

/**
 * Check a request; a refusal names a locale key for a polite answer.
 *
 * @example
 * checkInviteRequest({ role: "ketua_rt", rw: "3", rt: "2" }, wilayah, findPokmas) // { ok: true, grant: {...} }
 */
export function checkInviteRequest(
  req: InviteRequest,
  wilayah: Wilayah,
  findPokmas: (name: string) => { id: number } | undefined,
): InviteCheck {
  const role = inviteRole(req.role);
  if (!role) return { ok: false, key: "undang-usage" };
  const rw = areaNumber(req.rw);
  const rt = areaNumber(req.rt);
  if (rw === null || rt === null) return { ok: false, key: "undang-usage" };
  switch (role) {
    case "ketua_rt":
      if (rw === undefined || rt === undefined) return { ok: false, key: "undang-usage" };
      if (!wilayah.has(rw, rt)) return { ok: false, key: "undang-unknown-rt", args: { rw: pad(rw), rt: pad(rt) } };
      return { ok: true, grant: { role, rw, rt } };
    case "ketua_rw":
      if (rw === undefined || rt !== undefined) return { ok: false, key: "undang-usage" };
      if (!wilayah.has(rw)) return { ok: false, key: "undang-unknown-rw", args: { rw: pad(rw) } };
      return { ok: true, grant: { role, rw } };
    case "kader":
      if (rt !== undefined) return { ok: false, key: "undang-usage" };
      if (rw === undefined) return { ok: true, grant: { role } };
      if (!wilayah.has(rw)) return { ok: false, key: "undang-unknown-rw", args: { rw: pad(rw) } };
      return { ok: true, grant: { role, rw } };
    case "ketua_pokmas": {
      const name = req.pokmas?.trim();
      if (!name) return { ok: false, key: "undang-usage" };
      const p = findPokmas(name);
      if (!p) return { ok: false, key: "undang-unknown-pokmas", args: { name: name.slice(0, 80) } };
      return { ok: true, grant: { role, pokmasId: p.id } };
    }
    default:
      if (rw !== undefined || rt !== undefined) return { ok: false, key: "undang-usage" };
      return { ok: true, grant: { role } };
  }
}

/** Split `ketua_pokmas "PKK RW 03"` / `ketua_rt 3 2` into the role word and the rest (quotes removed). */
export function splitInviteArgs(arg: string): InviteRequest {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(arg.trim());
  const role = m?.[1] ?? "";
  const rest = (m?.[2] ?? "").trim();
  if (inviteRole(role) === "ketua_pokmas") return { role, pokmas: unquote(rest) };
  const [rw, rt, ...more] = rest.split(/\s+/).filter(Boolean);
  // Anything beyond RW and RT makes the request unreadable (answered with the usage).
  return { role, ...(rw !== undefined ? { rw } : {}), ...(rt !== undefined ? { rt } : {}), ...(more.length ? { rt: "x" } : {}) };
}

/** "PKK RW 03" or “PKK RW 03” (phones type curly quotes) -> PKK RW 03. */
export function unquote(s: string): string {
  return s.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, "").trim();
}
