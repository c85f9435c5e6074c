/** The logger handed to Baileys: our pino logger, one level quieter, with the JIDs Baileys logs masked. */
import type { SocketConfig } from "@whiskeysockets/baileys";
import type { Logger } from "../../core/logger.js";

type ILogger = SocketConfig["logger"];

/**
 * Fields in which Baileys logs JIDs, at warn and error too ("failed to decrypt message" with the key and sender,
 * binary nodes as `<message from="62…@s.whatsapp.net">`, ack errors with `attrs.from`).
 */
const JID_FIELDS = [
  "jid", "from", "fromJid", "sender", "senderAlt", "author", "participant", "pn", "lid", "me", "myPN", "myLID",
  "deviceJids", "key", "attrs", "msgAttrs", "node", "fullErrorNode", "reasonNode", "payloadNode", "groupNode", "child", "content",
];

/** The user part of a person's JID (phone number or LID), with its optional agent and device suffixes. */
const JID_USER = /\d{5,}(?=(?:_\d+)?(?::\d+)?@(?:s\.whatsapp\.net|c\.us|lid|hosted(?:\.lid)?)\b)/g;

/** `6281234567890@s.whatsapp.net` -> `6281…90@s.whatsapp.net`, wherever it appears in the value. */
export function maskJids(value: unknown): unknown {
  try {
    const text = typeof value === "string" ? value : JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    return text === undefined ? value : text.replace(JID_USER, (d) => `${d.slice(0, 4)}…${d.slice(-2)}`);
  } catch {
    return "[Redacted]";
  }
}

/** Info becomes warn (Baileys is chatty at info and logs stack traces there); debug/trace and warn/error stay as configured. */
export function baileysLogger(log: Logger): ILogger {
  const level = log.level === "info" ? "warn" : log.level;
  return log.child({ module: "baileys" }, { level, redact: { paths: JID_FIELDS, censor: maskJids } }) as unknown as ILogger;
}
