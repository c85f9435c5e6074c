/** The environment, parsed once by a zod schema. `.env.example` lists exactly these keys. */
import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "yes");

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

/** The forms an LPMK_ADMINS entry takes, named in the start-up error. */
const ADMIN_FORMS =
  "Write channel:address, e.g. telegram:123456789, whatsapp:6281234567890@s.whatsapp.net or console:warga-1 (the console simulator's --user)";

/** Why an LPMK_ADMINS entry can never match a sender, or undefined when it is well-formed. */
export function adminEntryProblem(entry: string): string | undefined {
  const i = entry.indexOf(":");
  if (i < 0) return "has no channel";
  const channel = entry.slice(0, i).toLowerCase();
  const address = entry.slice(i + 1);
  if (!address) return "has no address after the channel";
  switch (channel) {
    case "telegram":
      return /^-?\d+$/.test(address) ? undefined : "is not a numeric Telegram user id";
    case "whatsapp":
      return /^\d+(?::\d+)?@(s\.whatsapp\.net|lid)$/.test(address) ? undefined : "is not a WhatsApp id (digits@s.whatsapp.net or digits@lid)";
    case "console":
    case "fake":
      return /^\S+$/.test(address) ? undefined : "has a space in the user name";
    default:
      return `names an unknown channel "${channel}" (telegram, whatsapp or console)`;
  }
}

export const configSchema = z.object({
  DATA_DIR: z.string().default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  KELURAHAN_NAME: z.string().default("Sukamaju"),
  WILAYAH_FILE: optionalString,
  DEFAULT_LANG: z.enum(["id", "en"]).default("id"),
  /** IANA time zone in which residents' dates and times are read and shown (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura). */
  TZ_KELURAHAN: z
    .string()
    .default("Asia/Jakarta")
    .refine((z) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: z });
        return true;
      } catch {
        return false;
      }
    }, "an IANA time zone such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura"),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(24),
  /** Days a role invite (/undang) can be redeemed before it expires. */
  INVITE_TTL_DAYS: z.coerce.number().positive().default(7),
  CONSOLE_USER: z.string().min(1).default("warga-1"),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
  /** Telegram sends per second over all chats, and per chat (the Bot API's flood limits are about 30 and 1). */
  TELEGRAM_SENDS_PER_SECOND: z.coerce.number().positive().default(25),
  TELEGRAM_SENDS_PER_CHAT_PER_SECOND: z.coerce.number().positive().default(1),
  /** A reply that still fails (5xx, network) is retried this long after it was queued before it is given up. */
  DELIVERY_GIVE_UP_HOURS: z.coerce.number().positive().default(24),
  /**
   * Longest wait before the "sent" marks of delivered replies are committed when no inbound message's transaction
   * carries them. A reply delivered this shortly before a crash is sent once more after the restart.
   */
  DELIVERY_MARK_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(20),
  /** Days after a proposal becomes `selesai` before its residents are asked whether it is really fixed. */
  FOLLOWUP_DELAY_DAYS: z.coerce.number().nonnegative().default(3),
  /** Meeting reminders: the day before at this hour (kelurahan time), and this many minutes before the start. */
  BROADCAST_REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(19),
  BROADCAST_REMINDER_BEFORE_MIN: z.coerce.number().int().positive().default(120),
  /** Longest priority list of a rembug RT (and of a Pokmas group), and of a rembug RW. */
  REMBUG_MAX_ITEMS: z.coerce.number().int().min(1).max(50).default(5),
  REMBUG_RW_MAX_ITEMS: z.coerce.number().int().min(1).max(100).default(10),
  LPMK_ADMINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const entries = (v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      for (const entry of entries) {
        const problem = adminEntryProblem(entry);
        if (problem) ctx.addIssue({ code: "custom", message: `"${entry}" ${problem}. ${ADMIN_FORMS}` });
      }
      return entries;
    }),
  REDIS_URL: optionalString,
  /** Redis key prefix of every queue; deployments sharing one Redis need different prefixes. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")
    .default("rembug"),
  /** Jobs a worker process runs at the same time per queue. */
  WORKER_CONCURRENCY: z.coerce.number().int().positive().max(64).default(4),
  /** Re-publish an outbox event its consumer has not acknowledged this many seconds after it was queued. */
  OUTBOX_REDELIVER_AFTER_S: z.coerce.number().int().positive().default(300),
  WHATSAPP_ENABLED: bool,
  /** Link with an 8-character pairing code for this number (country code, e.g. 62812...) instead of a QR code. */
  WHATSAPP_PAIRING_NUMBER: optionalString.refine((v) => v === undefined || /^\+?[\d\s().-]{8,24}$/.test(v), "a phone number with country code, e.g. 6281234567890"),
  /** Random gap between messages the bot sends on its own initiative over WhatsApp (notifications, broadcasts). */
  WHATSAPP_MIN_DELAY_MS: z.coerce.number().int().nonnegative().default(4000),
  WHATSAPP_MAX_DELAY_MS: z.coerce.number().int().nonnegative().default(9000),
  /** At most this many such messages per sliding hour, shared by every process. */
  WHATSAPP_HOURLY_CAP: z.coerce.number().int().positive().default(60),
  /** The web server (health, metrics, Telegram webhook, dashboard); "false" turns it off. */
  WEB_ENABLED: z
    .enum(["true", "false", "1", "0", "yes", "no", ""])
    .optional()
    .transform((v) => v === undefined || v === "" || v === "true" || v === "1" || v === "yes"),
  WEB_HOST: z.string().min(1).default("127.0.0.1"),
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Public address of the dashboard, the start of every /dasbor sign-in link; unset = http://WEB_HOST:WEB_PORT. */
  WEB_BASE_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), "an http(s) URL, e.g. https://dasbor.example.id"),
  /** Hours a dashboard sign-in lasts. */
  WEB_SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  /** Bearer token for GET /metrics; unset = /metrics is not served. */
  METRICS_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, "at least 16 characters"),
  /** Public https URL Telegram POSTs updates to (webhook mode); unset = long polling, and a webhook left set is removed. */
  TELEGRAM_WEBHOOK_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), "an http(s) URL, e.g. https://rembug.example.id/telegram/webhook"),
  /** Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z a-z 0-9 _ -). */
  TELEGRAM_WEBHOOK_SECRET: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(v), "16-256 characters of A-Z a-z 0-9 _ -"),
  /** Directory for the daily backup; unset = no automatic backup. */
  BACKUP_DIR: optionalString,
  /** Daily backups older than this many days are deleted. */
  BACKUP_KEEP_DAYS: z.coerce.number().int().positive().default(14),
});

export type Config = z.infer<typeof configSchema> & {
  /** Absolute path of the wilayah CSV actually used. */
  wilayahFile: string;
  dataDir: string;
  /** Absolute BACKUP_DIR, when set. */
  backupDir?: string;
};

/** Parse the environment. Throws a readable error naming the bad keys. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
    throw new Error("Invalid configuration:\n  TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL (requests without it are refused)");
  }
  if (c.TELEGRAM_WEBHOOK_URL && !c.WEB_ENABLED) {
    throw new Error("Invalid configuration:\n  WEB_ENABLED: the Telegram webhook (TELEGRAM_WEBHOOK_URL) is served by the web server; do not set WEB_ENABLED=false");
  }
  return {
    ...c,
    dataDir: path.resolve(cwd, c.DATA_DIR),
    wilayahFile: path.resolve(cwd, c.WILAYAH_FILE ?? "wilayah.example.csv"),
    ...(c.BACKUP_DIR ? { backupDir: path.resolve(cwd, c.BACKUP_DIR) } : {}),
  };
}
