/** What roles and invites add to the flow engine: read-only lookups and the effects of /undang, /kode, /peran, /pokmas. */
import type { RoleName } from "../core/roles.js";

/** An invite that can still be redeemed, as a flow sees it (never its code). */
export interface InviteView {
  id: number;
  role: RoleName;
  rw?: number;
  rt?: number;
  pokmasId?: number;
  pokmasName?: string;
  expiresAt: number;
}

/** An active grant with the holder's name, for /peran. */
export interface HolderView {
  grantId: number;
  residentId: number;
  name: string;
  role: RoleName;
  rw?: number;
  rt?: number;
  pokmasName?: string;
  /** The RW the grant is listed under: its own, or its group's; absent for kelurahan-wide roles. */
  areaRw?: number;
}

/** Read-only; implementations must not write. */
export interface RoleReads {
  /** The open invite with this canonical code, or undefined (used, expired and unknown codes look the same). */
  openInvite(code: string, now: number): InviteView | undefined;
  openInviteById(id: number, now: number): InviteView | undefined;
  /** The open invite kept for a person who opened it before registering. */
  heldInvite(residentId: number, now: number): InviteView | undefined;
  /** Until when the person may not try codes, or undefined. */
  lockedUntil(residentId: number, now: number): number | undefined;
  /** Wrong codes in the current window (the lock starts when one more would exceed the limit). */
  wrongCodesInWindow(residentId: number, now: number): number;
  /** Active role holders (stored grants), optionally of one RW (a Pokmas head by the group's RW), ordered by RW. */
  holders(rw?: number): HolderView[];
  holderByGrant(grantId: number): HolderView | undefined;
  pokmasByName(name: string): { id: number; name: string; rw: number | null } | undefined;
  pokmasList(): Array<{ id: number; name: string; rw: number | null }>;
}

declare module "../engine/types.js" {
  interface EngineReads {
    /** Present when roles are installed (src/roles/install.ts). */
    roles?: RoleReads;
  }
  interface EffectMap {
    /** Create a one-time invite; the handler makes the code and answers with it (and the Telegram link). */
    "invite.create": { role: RoleName; rw?: number; rt?: number; pokmasId?: number };
    /** Keep the invite for this (unregistered) person so registration continues to it. */
    "invite.hold": { inviteId: number };
    /** A wrong, used or expired code was tried. */
    "invite.failed": Record<never, never>;
    /** The person accepts the invite: the role is granted (a previous head of the same area loses it). */
    "invite.redeem": { inviteId: number };
    /** An admin or LPMK member ends a grant. */
    "role.revoke": { grantId: number };
    /** Register a Pokmas group. */
    "pokmas.add": { name: string; rw?: number };
  }
}
