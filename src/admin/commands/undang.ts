/**
 * Admin command `undang`: a one-time role invite from the shell, the same as `/undang` in chat (audited as
 * `admin-cli`). `npm run admin -- undang ketua_rt --rw 3 --rt 2`, `undang ketua_pokmas --pokmas "PKK RW 03"`.
 */
import { parseArgs } from "node:util";
import { loadWilayahFile } from "../../core/wilayah.js";
import type { Wilayah } from "../../core/domain.js";
import { createInvite } from "../../roles/invites.js";
import { checkInviteRequest } from "../../roles/invite-request.js";
import { roleLabel } from "../../roles/role-label.js";
import type { AdminCommand } from "../command.js";

export const UNDANG_USAGE =
  "usage: npm run admin -- undang <ketua_rt|ketua_rw|pengurus_lpmk|ketua_pokmas|kader> [--rw N] [--rt N] [--pokmas NAME]";

export const undangCommand: AdminCommand = {
  name: "undang",
  summary: "create a one-time role invite code (ketua_rt --rw 3 --rt 2, ketua_rw --rw 3, pengurus_lpmk, ketua_pokmas --pokmas NAME, kader [--rw N])",
  async run(ctx) {
    const lang = ctx.config.DEFAULT_LANG;
    let parsed: { values: { rw?: string; rt?: string; pokmas?: string }; positionals: string[] };
    try {
      parsed = parseArgs({ args: ctx.args, allowPositionals: true, options: { rw: { type: "string" }, rt: { type: "string" }, pokmas: { type: "string" } } });
    } catch (err) {
      ctx.out(`${(err as Error).message}\n${UNDANG_USAGE}`);
      return 2;
    }
    const [role, ...rest] = parsed.positionals;
    if (!role) {
      ctx.out(UNDANG_USAGE);
      return 2;
    }
    let wilayah: Wilayah;
    try {
      wilayah = loadWilayahFile(ctx.config.wilayahFile);
    } catch (err) {
      ctx.out((err as Error).message);
      return 1;
    }
    const { rw, rt } = parsed.values;
    const pokmas = parsed.values.pokmas ?? (rest.length ? rest.join(" ") : undefined);
    const check = checkInviteRequest(
      { role, ...(rw !== undefined ? { rw } : {}), ...(rt !== undefined ? { rt } : {}), ...(pokmas !== undefined ? { pokmas } : {}) },
      wilayah,
      (name) => ctx.store.roles.pokmasByName(name),
    );
    if (!check.ok) {
      ctx.out(check.key === "undang-usage" ? UNDANG_USAGE : ctx.t(lang, check.key, check.args));
      return 2;
    }
    const now = Date.now();
    const { code, expiresAt } = ctx.store.tx(() => createInvite(ctx.store, { grant: check.grant, by: "admin-cli", now, ttlDays: ctx.config.INVITE_TTL_DAYS }));
    const pokmasName = check.grant.pokmasId === undefined ? null : (ctx.store.roles.pokmasById(check.grant.pokmasId)?.name ?? null);
    const label = roleLabel(ctx.t, lang, { ...check.grant, pokmasName });
    for (const line of ctx.t(lang, "undang-created", { role: label, code, expires: new Date(expiresAt) }).split("\n")) ctx.out(line);
    ctx.log.info({ role: check.grant.role, expiresAt }, "invite created");
    return 0;
  },
};
