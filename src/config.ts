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
  CONSOLE_USER: z.string().min(1).default("warga-1"),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
  LPMK_ADMINS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  REDIS_URL: optionalString,
  /** Redis key prefix of every queue; deployments sharing one Redis need different prefixes. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")
    .default("rembug"),
  /** Jobs a worker process runs at the same time per queue. */
  WORKER_CONCURRENCY: z.coerce.number().int().positive().max(64).default(4),
  WHATSAPP_ENABLED: bool,
  /** Link with an 8-character pairing code for this number (country code, e.g. 62812...) instead of a QR code. */
  WHATSAPP_PAIRING_NUMBER: optionalString.refine((v) => v === undefined || /^\+?[\d\s().-]{8,24}$/.test(v), "a phone number with country code, e.g. 6281234567890"),
  /** Random gap between messages the bot sends on its own initiative over WhatsApp (notifications, broadcasts). */
  WHATSAPP_MIN_DELAY_MS: z.coerce.number().int().nonnegative().default(4000),
  WHATSAPP_MAX_DELAY_MS: z.coerce.number().int().nonnegative().default(9000),
  /** At most this many such messages per sliding hour, shared by every process. */
  WHATSAPP_HOURLY_CAP: z.coerce.number().int().positive().default(60),
});

export type Config = z.infer<typeof configSchema> & {
  /** Absolute path of the wilayah CSV actually used. */
  wilayahFile: string;
  dataDir: string;
};

/** Parse the environment. Throws a readable error naming the bad keys. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: path.resolve(cwd, c.DATA_DIR),
    wilayahFile: path.resolve(cwd, c.WILAYAH_FILE ?? "wilayah.example.csv"),
  };
}
