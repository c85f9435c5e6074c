/** Effect handlers: how the host carries out what the engine decided. Core handlers plus a registry for later modules. */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../core/logger.js";
import type { ChannelName } from "../core/messages.js";
import type { Store } from "../store/index.js";
import type { Effect, EffectMap } from "../engine/types.js";

export interface EffectCtx {
  store: Store;
  residentId: number;
  channel: ChannelName;
  address: string;
  now: number;
  log: Logger;
}

export interface EffectHandler<K extends keyof EffectMap> {
  /** Runs inside the transaction that saves the session and the replies. Must be synchronous. */
  apply?(effect: { type: K } & EffectMap[K], ctx: EffectCtx): void;
  /** Runs after the commit (e.g. kick a relay, build a file). Failures are logged, not retried. */
  after?(effect: { type: K } & EffectMap[K], ctx: EffectCtx): Promise<void> | void;
}

export type EffectHandlers = { [K in keyof EffectMap]?: EffectHandler<K> };

/** A random stand-in for a deleted resident in the audit log and status history (never derived from the id). */
export const newPseudonym = (): string => `anon:${randomBytes(6).toString("hex")}`;

/**
 * `hapus data`: everything that names the person goes in the transaction; after the commit the draft photo is
 * removed and the WAL checkpointed (secure_delete is on, so the freed pages hold zeros).
 * `dataDir` is where photos live; without it (tests of the engine alone) no file is touched.
 */
export function residentDeleteHandler(dataDir?: string): EffectHandler<"resident.delete"> {
  const photos = new WeakMap<EffectCtx, string[]>();
  return {
    apply: (_e, c) => {
      photos.set(c, c.store.residents.draftPhotosOf(c.residentId));
      const pseudonym = newPseudonym();
      c.store.residents.deletePersonalData(c.residentId, c.now, { pseudonym, current: { channel: c.channel, address: c.address } });
      c.store.audit.record(pseudonym, "resident.delete", null, undefined, c.now);
    },
    after: (_e, c) => {
      for (const p of photos.get(c) ?? []) {
        // Draft photos, and PDFs stored at a broadcast's attachment step that never went out.
        if (dataDir && (p.startsWith("photos/") || p.startsWith("documents/")) && !p.includes("..")) rmSync(path.join(dataDir, p), { force: true });
      }
      c.store.residents.checkpointAfterDeletion();
    },
  };
}

export const coreEffectHandlers: EffectHandlers = {
  "resident.update": {
    apply: (e, c) => {
      c.store.residents.update(c.residentId, e.patch, c.now);
      // Without consent nothing but the refusal is kept; with it, the address is kept so replies can follow.
      if (e.patch.consent === "refused") forgetUnconsented(c);
      if (e.patch.consent === "given") c.store.residents.rememberAddress(c.residentId, c.channel, c.address, c.now);
    },
  },
  "resident.delete": residentDeleteHandler(),
  "aspiration.create": {
    apply: (e, c) => {
      const created = c.store.aspirations.create(
        { ...e.draft, ticket: e.ticket, residentId: c.residentId, rw: e.rw, rt: e.rt, channel: c.channel },
        c.now,
      );
      // Chosen at the summary step (issue 9 candidates, issue 11 rahasia); read by the aggregator's ingest.
      if (e.confidential || e.preferredClusterId !== undefined || e.declinedClusterIds?.length) {
        c.store.db
          .prepare(`UPDATE aspirations SET confidential = ?, preferred_cluster_id = ?, declined_cluster_ids = ? WHERE id = ?`)
          .run(
            e.confidential ? 1 : 0,
            e.confidential ? null : (e.preferredClusterId ?? null),
            e.declinedClusterIds?.length ? JSON.stringify(e.declinedClusterIds) : null,
            created.id,
          );
      }
    },
  },
  audit: {
    apply: (e, c) => {
      c.store.audit.record(`resident:${c.residentId}`, e.action, e.subject ?? null, e.detail, c.now);
      if (e.action === "access.denied") c.log.warn({ residentId: c.residentId, channel: c.channel, subject: e.subject }, "access denied");
    },
  },
};

/** After a refusal: the addresses become keyed hashes and the journal rows that name them go. */
function forgetUnconsented(c: EffectCtx): void {
  c.store.residents.forgetAddresses(c.residentId);
  c.store.db
    .prepare(`DELETE FROM inbound WHERE channel = ? AND processed_at IS NOT NULL AND (address = ? OR substr(message_id, 1, length(?) + 1) = ? || ':')`)
    .run(c.channel, c.address, c.address, c.address);
  c.store.db.prepare(`DELETE FROM outbound WHERE channel = ? AND address = ? AND status <> 'pending'`).run(c.channel, c.address);
}

export function applyEffect(handlers: EffectHandlers, effect: Effect, ctx: EffectCtx): void {
  const h = handlers[effect.type] as EffectHandler<typeof effect.type> | undefined;
  if (!h) throw new Error(`no handler for effect ${effect.type}`);
  h.apply?.(effect as never, ctx);
}

export async function afterEffect(handlers: EffectHandlers, effect: Effect, ctx: EffectCtx): Promise<void> {
  const h = handlers[effect.type] as EffectHandler<typeof effect.type> | undefined;
  try {
    await h?.after?.(effect as never, ctx);
  } catch (err) {
    ctx.log.error({ err, effect: effect.type }, "after-commit effect failed");
  }
}
