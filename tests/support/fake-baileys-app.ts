/** A whole bot (real SQLite file, engine, flows, host) with the WhatsApp channel on a fake Baileys socket. */
import { buildApp, type App } from "../../src/app/build.js";
import { silentLogger, type Logger } from "../../src/core/logger.js";
import { createWhatsAppChannel, type WhatsAppChannel } from "../../src/channels/whatsapp/channel.js";
import { whatsAppStatusEffects } from "../../src/app/whatsapp-status.js";
import { flowSet } from "../../flows/index.js";
import { statusWaCommand } from "../../flows/status-wa.js";
import { tautkan } from "../../flows/tautkan.js";
import type { EngineDefinition } from "../../src/engine/engine.js";
import { FakeClock, FakeSocketFactory, type FakeWaSocket } from "./fake-baileys.js";
import { removeDir, tempDataDir, testConfig } from "./telegram-test-app.js";
import type { WAMessage } from "@whiskeysockets/baileys";

export interface WaTestApp {
  app: App;
  wa: WhatsAppChannel;
  factory: FakeSocketFactory;
  clock: FakeClock;
  dataDir: string;
  /** The current fake socket. */
  readonly sock: FakeWaSocket;
  /** Upsert messages (type notify) and wait until they are handled and the replies sent; returns texts sent to `to` meanwhile. */
  receive(to: string, ...messages: WAMessage[]): Promise<string[]>;
  close(): Promise<void>;
}

/** The flow set plus /tautkan and /status-wa, whether or not flows/index.ts registers them yet. */
export function flowsWithWhatsApp(): EngineDefinition {
  const flows = flowSet.flows.some((f) => f.id === tautkan.id) ? flowSet.flows : [...flowSet.flows, tautkan];
  const commands = flowSet.commands.some((c) => c.names.includes("status-wa")) ? flowSet.commands : [...flowSet.commands, statusWaCommand];
  return { ...flowSet, flows, commands };
}

export async function makeWaTestApp(
  o: {
    dataDir?: string;
    env?: Record<string, string>;
    log?: Logger;
    download?: (ref: WAMessage) => Promise<Buffer>;
    open?: boolean;
    keepDir?: boolean;
  } = {},
): Promise<WaTestApp> {
  const dataDir = o.dataDir ?? tempDataDir("rembug-wa-");
  const config = testConfig(dataDir, { WHATSAPP_ENABLED: "true", ...o.env });
  const log = o.log ?? silentLogger();
  const app = buildApp({ config, log, flows: flowsWithWhatsApp() });
  const factory = new FakeSocketFactory();
  const clock = new FakeClock(Date.now());
  const wa = createWhatsAppChannel({
    store: app.store,
    config,
    log,
    t: app.i18n.t,
    socketFactory: factory.create,
    clock,
    random: () => 0.5,
    print: () => undefined,
    onOpen: () => app.host.delivery.flushAll(),
    ...(o.download ? { downloadMedia: (m) => o.download!(m) } : {}),
  });
  // buildApp registered /status-wa without a channel (none was configured there); this test app owns the channel.
  app.host.registerEffects(whatsAppStatusEffects({ t: app.i18n.t, channel: wa }), { replace: true });
  app.host.addChannel(wa);
  await wa.start(app.host);
  app.host.recover();
  if (o.open !== false) await factory.last.open();

  const h: WaTestApp = {
    app,
    wa,
    factory,
    clock,
    dataDir,
    get sock() {
      return factory.last;
    },
    async receive(to, ...messages) {
      const sock = factory.last;
      const before = sock.sent.length;
      await sock.upsert(messages);
      await app.host.idle();
      return sock.sent
        .slice(before)
        .filter((s) => s.jid === to && "text" in s.content)
        .map((s) => (s.content as { text: string }).text);
    },
    async close() {
      await wa.stop();
      await app.host.stop();
      app.store.close();
      if (!o.keepDir) removeDir(dataDir);
    },
  };
  return h;
}
