import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../../src/store/index.js";
import { PacingGate } from "../../../src/channels/whatsapp/pacing-gate.js";

describe("WhatsApp pacing gate", () => {
  let dir: string;
  let a: Store;
  let b: Store;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "rembug-wa-pace-"));
    a = openStore(path.join(dir, "rembug.db"));
    b = openStore(path.join(dir, "rembug.db"));
  });
  afterEach(() => {
    a.close();
    b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("leaves a random gap between min and max delay after each paced send", () => {
    const gate = new PacingGate(a.db, { minDelayMs: 4000, maxDelayMs: 9000, hourlyCap: 100, random: () => 0.5 });
    const t0 = 1_000_000;
    expect(gate.tryAcquire(t0).ok).toBe(true);
    expect(gate.tryAcquire(t0 + 1000)).toEqual({ ok: false, reason: "spacing", waitMs: 5500 });
    expect(gate.tryAcquire(t0 + 6500).ok).toBe(true);
  });

  it("is shared by every process on the same database", () => {
    const t0 = 2_000_000;
    const worker1 = new PacingGate(a.db, { minDelayMs: 4000, maxDelayMs: 9000, hourlyCap: 100, random: () => 0 });
    const worker2 = new PacingGate(b.db, { minDelayMs: 4000, maxDelayMs: 9000, hourlyCap: 100, random: () => 0 });
    expect(worker1.tryAcquire(t0).ok).toBe(true);
    expect(worker2.tryAcquire(t0 + 10)).toEqual({ ok: false, reason: "spacing", waitMs: 3990 });
    expect(worker2.tryAcquire(t0 + 4000).ok).toBe(true);
    expect(worker1.sentLastHour(t0 + 4000)).toBe(2);
  });

  it("stops at the hourly cap and says when the oldest send leaves the window", () => {
    const gate = new PacingGate(a.db, { minDelayMs: 0, maxDelayMs: 0, hourlyCap: 3, random: () => 0 });
    const t0 = 10_000_000;
    for (let i = 0; i < 3; i++) expect(gate.tryAcquire(t0 + i * 1000).ok).toBe(true);
    const refused = gate.tryAcquire(t0 + 5000);
    expect(refused).toEqual({ ok: false, reason: "hourly-cap", waitMs: 3_600_000 - 5000 + 1 });
    expect(gate.tryAcquire(t0 + 3_600_001).ok).toBe(true);
  });
});
