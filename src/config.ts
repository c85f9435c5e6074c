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
