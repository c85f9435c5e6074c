/** Builds the conversation core (store, i18n, wilayah, engine, host) from configuration. Used by main, tests and benches. */
import path from "node:path";
import type { Config } from "../config.js";
import type { Wilayah } from "../core/domain.js";
import type { Logger } from "../core/logger.js";
import { loadWilayahFile } from "../core/wilayah.js";
import { createEngine, type EngineDefinition } from "../engine/engine.js";
import { FlowDefinitionError, inspectFlows } from "../engine/validate-flows.js";
import { DEFAULT_LOCALES_DIR, loadI18n, type I18n } from "../i18n/fluent.js";
import { openStore, type Store } from "../store/index.js";
import { flowSet } from "../../flows/index.js";
import { ConversationHost } from "./conversation-host.js";
import { rolesFromConfig } from "./roles.js";
import { installAggregator } from "../aggregator/install.js";
import type { Aggregator } from "../aggregator/aggregator.js";
import { identityLinkEffects } from "./identity-link.js";
import { whatsAppStatusEffects } from "./whatsapp-status.js";

export interface App {
  config: Config;
  store: Store;
  i18n: I18n;
  wilayah: Wilayah;
  host: ConversationHost;
  log: Logger;
  /** The RW aggregator; the queue's aggregate worker calls `aggregator.ingest(id)`. */
  aggregator: Aggregator;
}

export interface BuildOptions {
  config: Config;
  log: Logger;
  /** Override the flow set (tests). */
  flows?: EngineDefinition;
  now?: () => number;
  random?: () => number;
  localesDir?: string;
}

export function buildApp(o: BuildOptions): App {
  const { config, log } = o;
  const wilayah = loadWilayahFile(config.wilayahFile);
  const i18n = loadI18n(o.localesDir ?? DEFAULT_LOCALES_DIR);
  const flows = o.flows ?? flowSet;
  const engine = createEngine(flows);
  const problems = inspectFlows(flows, { t: i18n.t, has: i18n.has, langs: i18n.langs, wilayah });
  if (problems.length) throw new FlowDefinitionError(`flow inspection failed:\n  ${problems.join("\n  ")}`);
  const store = openStore(path.join(config.dataDir, "rembug.db"));
  const host = new ConversationHost({
    store,
    engine,
    t: i18n.t,
    wilayah,
    kelurahan: config.KELURAHAN_NAME,
    timeZone: config.TZ_KELURAHAN,
    dataDir: config.dataDir,
    sessionTtlMs: config.SESSION_TTL_HOURS * 3_600_000,
    defaultLang: config.DEFAULT_LANG,
    log,
    rolesOf: rolesFromConfig(config.LPMK_ADMINS),
    now: o.now,
    random: o.random,
  });
  // /tautkan (any channel) and /status-wa; main.ts re-registers the latter with the WhatsApp channel when it runs.
  host.registerEffects(identityLinkEffects({ t: i18n.t, flush: (c, a) => host.delivery.flush(c, a) }));
  host.registerEffects(whatsAppStatusEffects({ t: i18n.t }));
  // Duplicate clustering, supporters, /rekap and "Dukung usulan": reads, effects and the duplicate hint.
  const aggregator = installAggregator({ store, t: i18n.t, log, dataDir: config.dataDir, kelurahan: config.KELURAHAN_NAME, host, now: o.now });
  return { config, store, i18n, wilayah, host, log, aggregator };
}
