/** Roles from configuration: LPMK_ADMINS lists `channel:address` entries (e.g. `telegram:123`). */
import type { ChannelName } from "../core/messages.js";

export type RolesOf = (channel: ChannelName, address: string) => ReadonlySet<string>;

const NONE: ReadonlySet<string> = new Set();
const LPMK: ReadonlySet<string> = new Set(["lpmk"]);

export function rolesFromConfig(lpmkAdmins: string[]): RolesOf {
  const admins = new Set(lpmkAdmins.map((a) => a.trim().toLowerCase()));
  return (channel, address) => (admins.has(`${channel}:${address}`.toLowerCase()) ? LPMK : NONE);
}
