/**
 * Wires roles and invites into the host: the read-only lookups the flows use (`env.reads.roles`) and the handlers
 * of their effects. Every write goes through src/roles/invites.ts, which audits who did it.
 */
import type { ChannelName } from "../core/messages.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";
import type { InviteRow } from "../store/invites.js";
import { inviteOpen } from "../store/invites.js";
import type { GrantRow } from "../store/roles.js";
import type { EffectCtx, EffectHandlers } from "../app/effects.js";
import { queueForResident } from "../app/notify.js";
import { residentLang } from "../app/resident-lang.js";
import type { HolderView, InviteView, RoleReads } from "./engine-types.js";
import { hashInviteCode } from "./invite-code.js";
import { createInvite, redeemInvite, revokeGrant } from "./invites.js";
import { LOCKOUT, lockedUntil, lockoutLookback } from "./lockout.js";
import { roleLabel } from "./role-label.js";

export function roleReads(store: Store): RoleReads {
  const pokmasName = (id: number | null) => (id === null ? undefined : store.roles.pokmasById(id)?.name);
  const view = (r: InviteRow | undefined, now: number): InviteView | undefined => {
    if (!r || !inviteOpen(r, now)) return undefined;
    const name = pokmasName(r.pokmasId);
    return {
      id: r.id,
      role: r.role,
      expiresAt: r.expiresAt,
      ...(r.rw !== null ? { rw: r.rw } : {}),
      ...(r.rt !== null ? { rt: r.rt } : {}),
      ...(r.pokmasId !== null ? { pokmasId: r.pokmasId } : {}),
      ...(name !== undefined ? { pokmasName: name } : {}),
    };
  };
  const holder = (g: GrantRow): HolderView => {
    const name = pokmasName(g.pokmasId);
    const areaRw = g.rw ?? (g.pokmasId === null ? null : (store.roles.pokmasById(g.pokmasId)?.rw ?? null));
    return {
      grantId: g.id,
      residentId: g.residentId,
      name: store.residents.get(g.residentId)?.name ?? "-",
      role: g.role,
      ...(g.rw !== null ? { rw: g.rw } : {}),
      ...(g.rt !== null ? { rt: g.rt } : {}),
      ...(name !== undefined ? { pokmasName: name } : {}),
      ...(areaRw !== null ? { areaRw } : {}),
    };
  };
  return {
    openInvite: (code, now) => view(store.invites.byHash(hashInviteCode(code)), now),
    openInviteById: (id, now) => view(store.invites.byId(id), now),
    heldInvite: (residentId, now) => view(store.invites.heldFor(residentId, now), now),
    lockedUntil: (residentId, now) => lockedUntil(store.invites.failuresSince(residentId, now - lockoutLookback()), now),
    wrongCodesInWindow: (residentId, now) => store.invites.failuresSince(residentId, now - LOCKOUT.windowMs + 1).length,
    holders: (rw) =>
      store.roles
        .active()
        .map(holder)
        .filter((h) => rw === undefined || h.areaRw === rw)
        .sort((a, b) => (a.areaRw ?? 0) - (b.areaRw ?? 0) || (a.rt ?? 0) - (b.rt ?? 0) || a.grantId - b.grantId),
    holderByGrant: (id) => {
      const g = store.roles.get(id);
      return g && store.roles.grantsOf(g.residentId).some((a) => a.id === id) ? holder(g) : undefined;
    },
    pokmasByName: (name) => store.roles.pokmasByName(name),
    pokmasList: () => store.db.prepare(`SELECT id, name, rw FROM pokmas ORDER BY name`).all() as Array<{ id: number; name: string; rw: number | null }>,
  };
}

export interface RoleEffectsOptions {
  t: Translate;
  /** INVITE_TTL_DAYS. */
  ttlDays: number;
  /** The Telegram `t.me/<bot>?start=` link for a code, when the bot's username is known. */
  startLink?: (payload: string) => string | undefined;
  /** Send what was queued for someone else (the head who was replaced or revoked). */
  flush?: (channel: ChannelName, address: string) => void;
}

export function roleEffects(o: RoleEffectsOptions): EffectHandlers {
  const told = new WeakMap<EffectCtx, Array<{ channel: ChannelName; address: string }>>();
  const tell = (c: EffectCtx, residentId: number, key: string, g: GrantRow) => {
    const lang = residentLang(c.store, residentId);
    const pokmasName = g.pokmasId === null ? null : (c.store.roles.pokmasById(g.pokmasId)?.name ?? null);
    const text = o.t(lang, key, { role: roleLabel(o.t, lang, { ...g, pokmasName }) });
    const to = queueForResident(c.store, residentId, { text, lang }, "notification", c.now);
    if (to) told.set(c, [...(told.get(c) ?? []), to]);
  };
  const flushTold = (c: EffectCtx) => {
    for (const to of told.get(c) ?? []) o.flush?.(to.channel, to.address);
  };
  const actor = (c: EffectCtx) => `resident:${c.residentId}`;
  return {
    "invite.create": {
      apply: (e, c) => {
        const { role, rw, rt, pokmasId } = e;
        const grant = { role, ...(rw !== undefined ? { rw } : {}), ...(rt !== undefined ? { rt } : {}), ...(pokmasId !== undefined ? { pokmasId } : {}) };
        const { code, expiresAt } = createInvite(c.store, { grant, by: actor(c), now: c.now, ttlDays: o.ttlDays });
        const lang = residentLang(c.store, c.residentId);
        const pokmasName = pokmasId === undefined ? null : (c.store.roles.pokmasById(pokmasId)?.name ?? null);
        const lines = [o.t(lang, "undang-created", { role: roleLabel(o.t, lang, { ...grant, pokmasName }), code, expires: new Date(expiresAt) })];
        const link = o.startLink?.(code);
        if (link) lines.push(o.t(lang, "undang-link", { link }));
        c.store.outbound.add(c.channel, c.address, { text: lines.join("\n"), lang }, "reply", c.now);
      },
    },
    "invite.hold": { apply: (e, c) => c.store.invites.hold(e.inviteId, c.residentId) },
    "invite.failed": {
      apply: (_e, c) => {
        c.store.invites.recordFailure(c.residentId, c.now);
        c.store.audit.record(actor(c), "invite.failed", null, undefined, c.now);
        if (lockedUntil(c.store.invites.failuresSince(c.residentId, c.now - lockoutLookback()), c.now) !== undefined) {
          c.store.audit.record(actor(c), "invite.locked", null, undefined, c.now);
        }
      },
    },
    "invite.redeem": {
      apply: (e, c) => {
        const done = redeemInvite(c.store, { inviteId: e.inviteId, residentId: c.residentId, now: c.now });
        // The flow checked the invite in this same transaction: a refusal here is a bug, and rolls the turn back.
        if (!done) throw new Error(`invite ${e.inviteId} could not be redeemed`);
        for (const old of done.replaced) tell(c, old.residentId, "peran-replaced-notice", old);
      },
      after: (_e, c) => flushTold(c),
    },
    "role.revoke": {
      apply: (e, c) => {
        const row = revokeGrant(c.store, { grantId: e.grantId, by: actor(c), now: c.now });
        if (row) tell(c, row.residentId, "peran-revoked-notice", row);
      },
      after: (_e, c) => flushTold(c),
    },
    "pokmas.add": {
      apply: (e, c) => {
        const id = c.store.roles.addPokmas(e.name, e.rw ?? null, actor(c), c.now);
        c.store.audit.record(actor(c), "pokmas.added", `pokmas:${id}`, { name: e.name, ...(e.rw !== undefined ? { rw: e.rw } : {}) }, c.now);
      },
    },
  };
}
