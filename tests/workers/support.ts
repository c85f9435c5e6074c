/** Support for pipeline tests: temp stores, an idempotent counting consumer, aspiration confirmation, a private redis-server. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterEffect, applyEffect, type EffectCtx, type EffectHandlers } from "../../src/app/effects.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Effect } from "../../src/engine/types.js";
import type { Db } from "../../src/store/db.js";
import { openStore, type Store } from "../../src/store/index.js";

export interface TempStore {
  store: Store;
  file: string;
  dir: string;
  cleanup(): void;
}

export function tempStore(): TempStore {
  const dir = mkdtempSync(path.join(tmpdir(), "rembug-pipeline-"));
  const file = path.join(dir, "rembug.db");
  const store = openStore(file);
  return {
    store,
    file,
    dir,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A stand-in for the aggregator: idempotent by aspiration id (one row per id), while counting every
 * delivery so tests can show a redelivery happened and was absorbed.
 */
export class CountingConsumer {
  private readonly upsert;
  constructor(private readonly db: Db) {
    db.exec(`CREATE TABLE IF NOT EXISTS test_aggregate (
      aspiration_id INTEGER PRIMARY KEY, rw INTEGER NOT NULL, deliveries INTEGER NOT NULL DEFAULT 1)`);
    this.upsert = db.prepare(
      `INSERT INTO test_aggregate (aspiration_id, rw) SELECT id, rw FROM aspirations WHERE id = ?
       ON CONFLICT(aspiration_id) DO UPDATE SET deliveries = deliveries + 1`,
    );
  }

  readonly ingest = (aspirationId: number): void => {
    const res = this.upsert.run(aspirationId);
    if (res.changes === 0) throw new Error(`aspiration ${aspirationId} not found`);
  };

  /** Distinct aspirations aggregated. */
  count(): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM test_aggregate`).get() as { n: number }).n;
  }

  deliveries(): Map<number, number> {
    const rows = this.db.prepare(`SELECT aspiration_id, deliveries FROM test_aggregate`).all() as Array<{ aspiration_id: number; deliveries: number }>;
    return new Map(rows.map((r) => [r.aspiration_id, r.deliveries]));
  }

  perRw(): Record<number, number> {
    const rows = this.db.prepare(`SELECT rw, COUNT(*) AS n FROM test_aggregate GROUP BY rw`).all() as Array<{ rw: number; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.rw, r.n]));
  }
}

export function makeResident(store: Store, address: string): number {
  const r = store.residents.resolve("fake", address, { lang: "id", now: Date.now() });
  store.residents.update(r.id, { name: `Warga ${address}`, rw: 1, rt: 1, consent: "given", registered: true }, Date.now());
  return r.id;
}

/**
 * Confirm one aspiration exactly as the conversation host does: the effect's `apply` in one transaction,
 * then `after` once committed. Returns the aspiration id.
 */
export async function confirmAspiration(store: Store, effects: EffectHandlers, residentId: number, n: number, rw = 1 + (n % 5)): Promise<number> {
  const ticket = `ASP-T${n.toString(36).toUpperCase().padStart(4, "0")}`;
  const effect: Effect = {
    type: "aspiration.create",
    ticket,
    rw,
    rt: 1,
    draft: { category: "drainase", description: `Selokan mampet nomor ${n} di gang mawar`, locationText: "Gang Mawar", lat: null, lon: null, photoPath: null },
  };
  const ctx: EffectCtx = { store, residentId, channel: "fake", address: `user-${residentId}`, now: Date.now(), log: silentLogger() };
  store.tx(() => applyEffect(effects, effect, ctx));
  await afterEffect(effects, effect, ctx);
  return store.aspirations.byTicket(ticket)!.id;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A throwaway redis-server on its own port, with no persistence. */
export class RedisServer {
  private child?: ChildProcess;
  constructor(
    readonly port: number,
    private readonly extraArgs: string[] = [],
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn("/usr/bin/redis-server", ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", ...this.extraArgs], {
      stdio: "ignore",
    });
    this.child = child;
    const until = Date.now() + 10_000;
    for (;;) {
      const r = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      r.on("error", () => undefined);
      try {
        await r.connect();
        if ((await r.ping()) === "PONG") return;
      } catch {
        if (Date.now() > until) throw new Error(`redis-server on ${this.port} did not start`);
        await new Promise((res) => setTimeout(res, 50));
      } finally {
        r.disconnect();
      }
    }
  }

  /** Kill it (no save): like a crash or an outage. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((res) => child.once("exit", () => res()));
    child.kill("SIGKILL");
    await exited;
    this.child = undefined;
  }
}

/**
 * Spawn a TypeScript file with tsx (with `args`); `waitFor` resolves once `text` appeared on its stdout or stderr
 * (pino logs go to stderr).
 */
export function spawnTs(
  file: string,
  env: Record<string, string>,
  args: string[] = [],
): { child: ChildProcess; waitFor(text: string, timeoutMs?: number): Promise<void>; output(): string; kill(): Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", file, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  return {
    child,
    waitFor: (text, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const until = Date.now() + timeoutMs;
        const tick = () => {
          if (out.includes(text) || err.includes(text)) return resolve();
          if (child.exitCode !== null) return reject(new Error(`child exited (${child.exitCode}) before "${text}": ${err.slice(-4000)}`));
          if (Date.now() > until) return reject(new Error(`timed out waiting for "${text}" from child: ${err.slice(-4000)}`));
          setTimeout(tick, 20);
        };
        tick();
      }),
    output: () => out + err,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((res) => child.once("exit", () => res()));
      child.kill("SIGKILL");
      await exited;
    },
  };
}
