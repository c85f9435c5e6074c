/**
 * Who holds which role when a message arrives: the grants stored for the person (src/store/roles.ts) plus the
 * `admin` role of every `channel:address` listed in LPMK_ADMINS (the bootstrap: the first admin needs no invite).
 */
import type { ChannelName } from "../core/messages.js";
import type { RoleGrant } from "../core/roles.js";
import type { Store } from "../store/index.js";
import { toGrant } from "../store/roles.js";

export type ConfigGrantsOf = (channel: ChannelName, address: string) => readonly RoleGrant[];

const NONE: readonly RoleGrant[] = [];
const ADMIN: readonly RoleGrant[] = [{ role: "admin" }];

/** The `admin` grant of the LPMK_ADMINS entries (`telegram:123`, `console:warga-1`, ...). */
export function grantsFromConfig(lpmkAdmins: string[]): ConfigGrantsOf {
  const admins = new Set(lpmkAdmins.map((a) => a.trim().toLowerCase()));
  return (channel, address) => (admins.has(`${channel}:${address}`.toLowerCase()) ? ADMIN : NONE);
}

/** Every active grant of the person speaking: configured admin first, then the stored grants. */
export function grantsOf(store: Store, configGrants: ConfigGrantsOf | undefined, residentId: number, channel: ChannelName, address: string): RoleGrant[] {
  return [...(configGrants?.(channel, address) ?? NONE), ...store.roles.grantsOf(residentId).map(toGrant)];
}
