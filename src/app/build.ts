/**
 * Builds the conversation core (store, i18n, wilayah, engine, host) and, on request, the configured channels from
 * configuration: with main.ts, the one place that constructs infrastructure. Used by main, tests and benches.
 */
import path from "node:path";
import type { Config } from "../config.js";
import type { Wilayah } from "../core/domain.js";
import type { Logger } from "../core/logger.js";
import type { ChannelAdapter } from "../core/ports.js";
import { createTelegramChannel } from "../channels/telegram/index.js";
import { createWhatsAppChannel, type WhatsAppChannel } from "../channels/whatsapp/channel.js";
import { loadWilayahFile } from "../core/wilayah.js";
import { createEngine, type EngineDefinition } from "../engine/engine.js";
import { FlowDefinitionError, inspectFlows } from "../engine/validate-flows.js";
import { DEFAULT_LOCALES_DIR, loadI18n, type I18n } from "../i18n/fluent.js";
import { openStore, type Store } from "../store/index.js";
import { flowSet } from "../../flows/index.js";
import { ConversationHost } from "./conversation-host.js";
import { grantsFromConfig } from "./roles.js";
import { installAggregator } from "../aggregator/install.js";
import { installCycles } from "../cycle/install.js";
import { installFollowup, type Followup } from "../followup/install.js";
import { installRembug } from "../rembug/install.js";
import type { Aggregator } from "../aggregator/aggregator.js";
import { identityLinkEffects } from "./identity-link.js";
import { documentStepPredicate, photoStepPredicate } from "./media.js";
import { whatsAppStatusEffects } from "./whatsapp-status.js";
import { roleEffects, roleReads } from "../roles/install.js";
import { installBroadcasts, type Broadcasts } from "../broadcast/install.js";
import { dashboardChatEffects } from "../web/dashboard/chat-effects.js";
import { dashboardBaseUrl } from "../web/dashboard/base-url.js";

export interface App {
  config: Config;
  store: Store;
  i18n: I18n;
  wilayah: Wilayah;
  host: ConversationHost;
  log: Logger;
  /** The RW aggregator; the queue's aggregate worker calls `aggregator.ingest(id)`. */
  aggregator: Aggregator;
  /** The Musrenbang follow-up: /usulan reads and effects, and the "is it fixed?" scheduler (`tick()` asks due ones). */
  followup: Followup;
  /** LPMK broadcasts: the broadcaster (fan-out for the worker, `tick()` for reminders and reports). */
  broadcasts: Broadcasts;
  /** The configured channels, already added to the host (empty unless `channels: true`). */
  channels: ChannelAdapter[];
  /** The app's clock (`BuildOptions.now`, else Date.now): what workers started for this app date their writes by. */
  now: () => number;
}

export interface BuildOptions {
  config: Config;
  log: Logger;
  /** Override the flow set (tests). */
  flows?: EngineDefinition;
  now?: () => number;
  random?: () => number;
  localesDir?: string;
  /** Construct the configured channels (Telegram with a token, WhatsApp when enabled) and add them to the host. */
  channels?: boolean;
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
    configGrants: grantsFromConfig(config.LPMK_ADMINS),
    now: o.now,
    random: o.random,
    wantsPhoto: photoStepPredicate(flows, config.SESSION_TTL_HOURS * 3_600_000),
    wantsDocument: documentStepPredicate(flows, config.SESSION_TTL_HOURS * 3_600_000),
    delivery: { giveUpMs: config.DELIVERY_GIVE_UP_HOURS * 3_600_000, markDelayMs: config.DELIVERY_MARK_DELAY_MS },
  });
  const channels: ChannelAdapter[] = [];
  let whatsApp: WhatsAppChannel | undefined;
  if (o.channels && config.TELEGRAM_BOT_TOKEN) {
    channels.push(
      createTelegramChannel({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        log,
        t: i18n.t,
        dataDir: config.dataDir,
        pacing: { perSecond: config.TELEGRAM_SENDS_PER_SECOND, perChatPerSecond: config.TELEGRAM_SENDS_PER_CHAT_PER_SECOND },
        ...(config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
          ? { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET } }
          : {}),
      }),
    );
  }
  if (o.channels && config.WHATSAPP_ENABLED) {
    // Connects in the background (QR / pairing code on stderr) and keeps retrying; it never stops the other channels.
    whatsApp = createWhatsAppChannel({ store, config, log, t: i18n.t, onOpen: () => host.delivery.flushAll() });
    channels.push(whatsApp);
  }
  for (const ch of channels) host.addChannel(ch);
  // /tautkan (any channel) and /status-wa (which says "unavailable" without a WhatsApp channel), each registered once.
  host.registerEffects(identityLinkEffects({ t: i18n.t, flush: (c, a) => host.delivery.flush(c, a) }));
  host.registerEffects(whatsAppStatusEffects({ t: i18n.t, ...(whatsApp ? { channel: whatsApp } : {}) }));
  // Invites, /kode, /peran, /pokmas: the role lookups and the audited writes behind them.
  host.registerReads({ roles: roleReads(store) });
  host.registerEffects(
    roleEffects({
      t: i18n.t,
      ttlDays: config.INVITE_TTL_DAYS,
      startLink: (code) => host.startLink("telegram", code),
      flush: (c, a) => host.delivery.flush(c, a),
    }),
  );
  // Duplicate clustering, supporters, /rekap and "Dukung usulan": reads, effects and the duplicate hint.
  const aggregator = installAggregator({ store, t: i18n.t, log, dataDir: config.dataDir, kelurahan: config.KELURAHAN_NAME, host, now: o.now });
  // /rembug: candidates, drafts, confirmation with its outbox event, the berita acara PDF.
  installRembug({
    store,
    t: i18n.t,
    wilayah,
    dataDir: config.dataDir,
    kelurahan: config.KELURAHAN_NAME,
    timeZone: config.TZ_KELURAHAN,
    maxItems: config.REMBUG_MAX_ITEMS,
    rwMaxItems: config.REMBUG_RW_MAX_ITEMS,
    host,
  });
  // /siklus: the planning cycle's reads and effects.
  installCycles({ store, t: i18n.t, wilayah, host });
  const followup = installFollowup({
    store,
    t: i18n.t,
    log,
    host,
    delayDays: config.FOLLOWUP_DELAY_DAYS,
    configAdmins: config.LPMK_ADMINS,
    defaultLang: config.DEFAULT_LANG,
    now: o.now,
  });
  // /umumkan, /siaran and RSVPs: reads, effects, and the broadcaster.
  const broadcasts = installBroadcasts({
    store,
    t: i18n.t,
    log,
    host,
    now: o.now,
    telegramPerSecond: config.TELEGRAM_SENDS_PER_SECOND,
    dataDir: config.dataDir,
    kelurahan: config.KELURAHAN_NAME,
    reminders: { dayBeforeHour: config.BROADCAST_REMINDER_HOUR, beforeMinutes: config.BROADCAST_REMINDER_BEFORE_MIN, zone: config.TZ_KELURAHAN },
  });
  // /dasbor: one-time sign-in links to the web dashboard, and signing out everywhere.
  host.registerEffects(dashboardChatEffects({ t: i18n.t, baseUrl: dashboardBaseUrl(config) }));
  return { config, store, i18n, wilayah, host, log, aggregator, followup, broadcasts, channels, now: o.now ?? Date.now };
}
