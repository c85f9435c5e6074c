import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../../src/core/logger.js";
import { openStore, type Store } from "../../../src/store/index.js";
import { WhatsAppConnection } from "../../../src/channels/whatsapp/connection.js";
import { makeBaileysSocketFactory } from "../../../src/channels/whatsapp/socket.js";
import { FakeClock } from "../../support/fake-baileys.js";

/** A local port nobody listens on, so the real socket fails at once without touching the network. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe("the real Baileys socket behind the connection manager", () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "rembug-wa-real-"));
    store = openStore(path.join(dir, "rembug.db"));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reports an unreachable WhatsApp server as a transient close and schedules a retry", async () => {
    const clock = new FakeClock();
    const conn = new WhatsAppConnection({
      db: store.db,
      log: silentLogger(),
      socketFactory: makeBaileysSocketFactory({ waWebSocketUrl: `ws://127.0.0.1:${await closedPort()}/ws/chat` }),
      clock,
      random: () => 0,
      onUpsert: () => undefined,
      getMessage: () => undefined,
    });
    conn.start();
    await vi.waitFor(() => expect(conn.status().state).toBe("reconnecting"), { timeout: 10_000 });
    expect(conn.status().attempt).toBe(1);
    expect(clock.pending()).toEqual([500]);
    await conn.stop();
    expect(clock.pending()).toEqual([]);
  });
});
