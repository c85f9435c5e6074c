/** Who an audience is: the residents it names, each with the chat that reaches them, or why it does not. */
import type { ChannelName } from "../core/messages.js";
import type { Lang } from "../core/domain.js";
import { peopleBehindCluster } from "../app/notify-proposal.js";
import { HASHED_PREFIX } from "../store/address-key.js";
import type { Store } from "../store/index.js";
import type { Audience, AudienceCount } from "./types.js";

export interface Recipient {
  residentId: number;
  rw: number | null;
  rt: number | null;
  lang: Lang;
  /** Where it goes (for someone who said berhenti: where it would have gone); absent without a working chat. */
  to?: { channel: ChannelName; address: string };
  skip?: "berhenti" | "unreachable";
}

/** Registered, consenting, not deleted: the residents an announcement may reach at all. */
const LIVING = `r.deleted_at IS NULL AND r.registered_at IS NOT NULL AND r.consent = 'given'`;

function holders(store: Store, roles: string[]): number[] {
  const rows = store.db
    .prepare(`SELECT DISTINCT resident_id AS id FROM role_grants WHERE revoked_at IS NULL AND role IN (${roles.map(() => "?").join(", ")})`)
    .all(...roles) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

/** The residents behind the proposals on an RW's confirmed rembug list (senders of its aspirations and supporters). */
function behindAgenda(store: Store, rw: number): number[] {
  const items = store.db
    .prepare(
      `SELECT i.cluster_id, i.aspiration_id, (SELECT m.cluster_id FROM cluster_members m WHERE m.aspiration_id = i.aspiration_id) AS asp_cluster,
              (SELECT a.resident_id FROM aspirations a WHERE a.id = i.aspiration_id) AS asp_resident
         FROM rembug_items i JOIN rembug_results r ON r.id = i.result_id
        WHERE r.state = 'confirmed' AND r.level = 'rw' AND r.rw = ?`,
    )
    .all(rw) as Array<{ cluster_id: number | null; aspiration_id: number | null; asp_cluster: number | null; asp_resident: number | null }>;
  const ids = new Set<number>();
  for (const it of items) {
    const cluster = it.cluster_id ?? it.asp_cluster;
    if (cluster !== null) for (const id of peopleBehindCluster(store, cluster)) ids.add(id);
    else if (it.asp_resident !== null) ids.add(it.asp_resident);
  }
  return [...ids];
}

function residentIds(store: Store, a: Audience): number[] {
  const q = (where: string, ...args: unknown[]) =>
    (store.db.prepare(`SELECT r.id FROM residents r WHERE ${LIVING} AND ${where} ORDER BY r.id`).all(...args) as Array<{ id: number }>).map((r) => r.id);
  switch (a.type) {
    case "semua":
      return q("1 = 1");
    case "rw":
      return q(`r.rw IN (${a.rws.map(() => "?").join(", ")})`, ...a.rws);
    case "rt":
      return q("r.rw = ? AND r.rt = ?", a.rw, a.rt);
    case "ketua-rt":
      return holders(store, ["ketua_rt"]);
    case "ketua-rw":
      return holders(store, ["ketua_rw"]);
    case "lpmk":
      return holders(store, ["pengurus_lpmk", "admin"]);
    case "kader":
      return holders(store, ["kader"]);
    case "agenda":
      return behindAgenda(store, a.rw);
  }
}

/** Every recipient of `audience`, once each, in resident order. Deleted or unconsented people are left out. */
export function resolveAudience(store: Store, audience: Audience): Recipient[] {
  const out: Recipient[] = [];
  // Two statements prepared once for the whole audience (identitiesOf prepares one per call: most of the time
  // of a 10,000-recipient broadcast). The identity is preferredIdentity's choice (src/app/notify.ts).
  const residentStmt = store.db.prepare(`SELECT rw, rt, lang, consent, opted_out FROM residents WHERE id = ? AND deleted_at IS NULL`);
  const identityStmt = store.db.prepare(
    `SELECT channel, address FROM identities WHERE resident_id = ? AND unreachable_at IS NULL AND address NOT LIKE '${HASHED_PREFIX}%'
      ORDER BY last_seen_at DESC LIMIT 1`,
  );
  for (const id of [...new Set(residentIds(store, audience))].sort((x, y) => x - y)) {
    const r = residentStmt.get(id) as { rw: number | null; rt: number | null; lang: string; consent: string; opted_out: number } | undefined;
    if (!r || r.consent !== "given") continue;
    const base = { residentId: id, rw: r.rw, rt: r.rt, lang: (r.lang === "en" ? "en" : "id") as Lang };
    const found = identityStmt.get(id) as { channel: ChannelName; address: string } | undefined;
    const to = found ? { to: { channel: found.channel, address: found.address } } : {};
    // Someone who said berhenti is counted on the channel they use, as skipped.
    if (r.opted_out === 1) out.push({ ...base, ...to, skip: "berhenti" });
    else out.push(found ? { ...base, ...to } : { ...base, skip: "unreachable" });
  }
  return out;
}

export function countRecipients(list: readonly Recipient[]): AudienceCount {
  const c: AudienceCount = { total: list.length, telegram: 0, whatsapp: 0, other: 0, berhenti: 0, unreachable: 0 };
  for (const r of list) {
    if (r.skip) c[r.skip]++;
    else if (r.to?.channel === "telegram") c.telegram++;
    else if (r.to?.channel === "whatsapp") c.whatsapp++;
    else c.other++;
  }
  return c;
}
