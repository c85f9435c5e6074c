/**
 * Tell everyone behind a proposal what happened to it: the resident who sent each aspiration of the cluster and
 * every supporter, once per person, each in their own language, through the outbox (inside the caller's
 * transaction, or one of its own). Used by the rembug result, the Musrenbang follow-up and every later status change.
 *
 * The statements are prepared once per database (a consumer fans out hundreds of notices per job), and the people,
 * their language, consent and reachable identity come from one query per proposal.
 */
import type { Statement } from "better-sqlite3";
import type { ChannelName } from "../core/messages.js";
import type { Lang } from "../core/domain.js";
import { HASHED_PREFIX } from "../store/address-key.js";
import type { Db } from "../store/db.js";
import type { Store } from "../store/index.js";

const PEOPLE_OF_CLUSTER = `SELECT a.resident_id AS id FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id
    WHERE m.cluster_id = @cluster AND a.resident_id IS NOT NULL
  UNION
  SELECT s.resident_id AS id FROM cluster_supporters s WHERE s.cluster_id = @cluster AND s.resident_id IS NOT NULL`;

/**
 * The recipients: each person once, with their language and, when they gave consent and can be reached, the
 * identity they last spoke from that still works (as queueForResident picks it).
 */
const recipientsSql = (people: string) => `WITH people(id) AS (${people})
  SELECT r.id, r.lang, r.consent,
    (SELECT i.channel || char(31) || i.address FROM identities i
      WHERE i.resident_id = r.id AND i.unreachable_at IS NULL AND i.address NOT LIKE '${HASHED_PREFIX}%'
      ORDER BY i.last_seen_at DESC LIMIT 1) AS target
  FROM people p JOIN residents r ON r.id = p.id ORDER BY r.id`;

interface Statements {
  people: Statement;
  clusterOf: Statement;
  ofCluster: Statement;
  ofAspiration: Statement;
}

const cache = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      people: db.prepare(`${PEOPLE_OF_CLUSTER} ORDER BY id`),
      clusterOf: db.prepare(`SELECT cluster_id FROM cluster_members WHERE aspiration_id = ?`),
      ofCluster: db.prepare(recipientsSql(PEOPLE_OF_CLUSTER)),
      ofAspiration: db.prepare(recipientsSql(`SELECT resident_id FROM aspirations WHERE id = @aspiration AND resident_id IS NOT NULL`)),
    };
    cache.set(db, s);
  }
  return s;
}

/** The distinct residents behind a cluster (members' senders and supporters), without deleted ones. */
export function peopleBehindCluster(store: Pick<Store, "db">, clusterId: number): number[] {
  return (statements(store.db).people.all({ cluster: clusterId }) as Array<{ id: number }>).map((r) => r.id);
}

/** The cluster an aspiration was grouped into, if it was aggregated. */
export function clusterOfAspiration(store: Pick<Store, "db">, aspirationId: number): number | undefined {
  const r = statements(store.db).clusterOf.get(aspirationId) as { cluster_id: number } | undefined;
  return r?.cluster_id;
}

/**
 * Queue one notification per person behind the proposal. `text(lang)` renders it in the person's language.
 * A resident of a deleted account or with no reachable identity is skipped. Returns the residents queued.
 *
 * @example
 * notifyProposal(store, { clusterId }, (lang) => noticeText(lang), now);
 */
export function notifyProposal(
  store: Store,
  about: { clusterId?: number; aspirationId?: number },
  text: (lang: Lang) => string,
  now: number,
): number[] {
  const s = statements(store.db);
  const clusterId = about.clusterId ?? (about.aspirationId !== undefined ? clusterOfAspiration(store, about.aspirationId) : undefined);
  let rows: Array<{ id: number; lang: string | null; consent: string | null; target: string | null }>;
  if (clusterId !== undefined) rows = s.ofCluster.all({ cluster: clusterId }) as typeof rows;
  else if (about.aspirationId !== undefined) rows = s.ofAspiration.all({ aspiration: about.aspirationId }) as typeof rows;
  else rows = [];
  const queued: number[] = [];
  // One transaction for the whole fan-out (a savepoint inside the caller's).
  store.db.transaction(() => {
    const rendered = new Map<Lang, string>();
    for (const r of rows) {
      // A deleted account has no identity left; `berhenti` stops announcements only, not news of their own proposals.
      if (r.consent !== "given" || r.target === null) continue;
      const lang: Lang = r.lang === "en" ? "en" : "id";
      let body = rendered.get(lang);
      if (body === undefined) rendered.set(lang, (body = text(lang)));
      const cut = r.target.indexOf("\u001f");
      store.outbound.add(r.target.slice(0, cut) as ChannelName, r.target.slice(cut + 1), { text: body }, "notification", now);
      queued.push(r.id);
    }
  })();
  return queued;
}
