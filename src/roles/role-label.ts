/** A role as people read it ("Ketua RT 02 / RW 03"), and what it allows, in the reader's language. */
import type { Lang } from "../core/domain.js";
import type { RoleName } from "../core/roles.js";
import type { Translate } from "../i18n/fluent.js";

const pad = (n: number | undefined): string => String(n ?? 0).padStart(2, "0");
const kebab = (role: RoleName): string => role.replace(/_/g, "-");

export interface LabelledRole {
  role: RoleName;
  rw?: number | null;
  rt?: number | null;
  pokmasName?: string | null;
}

/** "Ketua RT 02 / RW 03", "Ketua Pokmas PKK RW 03", "Kader RW 04", ... */
export function roleLabel(t: Translate, lang: Lang, r: LabelledRole): string {
  if (r.role === "kader" && r.rw != null) return t(lang, "peran-role-kader-rw", { rw: pad(r.rw) });
  return t(lang, `peran-role-${kebab(r.role)}`, { rw: pad(r.rw ?? undefined), rt: pad(r.rt ?? undefined), pokmas: r.pokmasName ?? "" });
}

/** The sentence shown before an invitee accepts: what the role lets them do. */
export function roleAllows(t: Translate, lang: Lang, role: RoleName): string {
  return t(lang, `peran-allows-${kebab(role)}`);
}
