/** Turns a Telegram update into a channel-neutral InboundMessage (or says why it is ignored). Pure. */
import type { CallbackQuery, Message, MessageEntity, Update } from "grammy/types";
import type { InboundContent, InboundMessage, UnsupportedKind } from "../../core/messages.js";
import { IMAGE_FILE_MIME } from "../../core/media-limits.js";

/** What the adapter must do with a button press once the message is journaled. */
export interface CallbackAck {
  queryId: string;
  chatId: number;
  /** The message carrying the keyboard, when Telegram still gives it to us. */
  messageId?: number;
  /** Its text and formatting, when accessible (used to keep the text while removing the keyboard). */
  text?: string;
  entities?: MessageEntity[];
  /** Label of the pressed button, if found in the keyboard. */
  label?: string;
}

export type MappedUpdate =
  | { kind: "inbound"; msg: InboundMessage; callback?: CallbackAck }
  /** A message in a group/supergroup/channel: the bot only serves private chats. */
  | { kind: "not-private"; chatId: number; callbackQueryId?: string }
  /** A callback query that cannot be attributed to a chat (inline message): only answer it. */
  | { kind: "answer-only"; callbackQueryId: string }
  | { kind: "ignore"; reason: string };

const UNSUPPORTED: Array<[keyof Message, UnsupportedKind]> = [
  ["sticker", "sticker"],
  ["voice", "voice"],
  ["audio", "audio"],
  ["video_note", "video"],
  // `animation` messages also carry a `document`, so they are checked first.
  ["animation", "video"],
  ["video", "video"],
  ["document", "document"],
  ["contact", "contact"],
  ["poll", "other"],
  ["dice", "other"],
  ["game", "other"],
  ["story", "other"],
  ["invoice", "other"],
  ["paid_media", "other"],
];

/** `/cmd@SomeBot args` -> `/cmd args` (Telegram adds the bot's name to commands picked from the menu in some clients). */
export function stripBotName(text: string): string {
  return text.replace(/^(\/[A-Za-z0-9_]+)@[A-Za-z0-9_]+(?=\s|$)/, "$1");
}

/** The content of a private message, or undefined for service messages (pins, timers...) that need no answer. */
export function messageContent(m: Message): InboundContent | undefined {
  if (typeof m.text === "string") return { kind: "text", text: stripBotName(m.text) };
  if (m.photo && m.photo.length > 0) {
    const largest = m.photo.reduce((a, b) => ((b.file_size ?? b.width * b.height) >= (a.file_size ?? a.width * a.height) ? b : a));
    return { kind: "photo", ref: largest.file_id, ...(m.caption ? { caption: m.caption } : {}) };
  }
  if (m.venue) {
    const label = [m.venue.title, m.venue.address].filter(Boolean).join(", ");
    return { kind: "location", lat: m.venue.location.latitude, lon: m.venue.location.longitude, ...(label ? { text: label } : {}) };
  }
  if (m.location) return { kind: "location", lat: m.location.latitude, lon: m.location.longitude };
  // A picture sent "as a file" (uncompressed) is still a photo.
  if (m.document && !m.animation && IMAGE_FILE_MIME.test(m.document.mime_type ?? "")) {
    return { kind: "photo", ref: m.document.file_id, ...(m.caption ? { caption: m.caption } : {}) };
  }
  if (m.document && !m.animation) {
    const d = m.document;
    return {
      kind: "document",
      ref: d.file_id,
      fileName: d.file_name ?? "dokumen",
      mime: d.mime_type ?? "application/octet-stream",
      ...(d.file_size !== undefined ? { size: d.file_size } : {}),
      ...(m.caption ? { caption: m.caption } : {}),
    };
  }
  for (const [field, what] of UNSUPPORTED) if (m[field] !== undefined) return { kind: "unsupported", what };
  return undefined;
}

function mapCallback(u: Update, cq: CallbackQuery, receivedAt: number): MappedUpdate {
  const msg = cq.message;
  if (msg && msg.chat.type !== "private") return { kind: "not-private", chatId: msg.chat.id, callbackQueryId: cq.id };
  if (typeof cq.data !== "string") return { kind: "answer-only", callbackQueryId: cq.id };
  // Without an accessible message the sender's user id is the private chat id.
  const chatId = msg?.chat.id ?? cq.from.id;
  const accessible = msg && msg.date !== 0 ? (msg as Message) : undefined;
  const button = accessible?.reply_markup?.inline_keyboard
    .flat()
    .find((b) => "callback_data" in b && b.callback_data === cq.data);
  return {
    kind: "inbound",
    msg: {
      channel: "telegram",
      address: String(chatId),
      messageId: String(u.update_id),
      displayName: cq.from.first_name,
      content: { kind: "choice", value: cq.data },
      receivedAt,
    },
    callback: {
      queryId: cq.id,
      chatId,
      ...(msg ? { messageId: msg.message_id } : {}),
      ...(accessible?.text !== undefined ? { text: accessible.text } : {}),
      ...(accessible?.entities ? { entities: accessible.entities } : {}),
      ...(button ? { label: button.text } : {}),
    },
  };
}

/** Map one update. `receivedAt` is the local clock (ms). */
export function mapUpdate(u: Update, receivedAt: number): MappedUpdate {
  if (u.callback_query) return mapCallback(u, u.callback_query, receivedAt);
  if (u.edited_message) {
    const e = u.edited_message;
    if (e.chat.type !== "private") return { kind: "ignore", reason: "edited message in a group" };
    // Not processed (the answer it would change was given): the host asks the resident once to send it again.
    return {
      kind: "inbound",
      msg: { channel: "telegram", address: String(e.chat.id), messageId: String(u.update_id), content: { kind: "unsupported", what: "other" }, receivedAt, edited: true },
    };
  }
  const m = u.message;
  if (!m) return { kind: "ignore", reason: "update type not handled" };
  if (m.chat.type !== "private") return { kind: "not-private", chatId: m.chat.id };
  const content = messageContent(m);
  if (!content) return { kind: "ignore", reason: "service message" };
  return {
    kind: "inbound",
    msg: {
      channel: "telegram",
      address: String(m.chat.id),
      messageId: String(u.update_id),
      ...(m.from?.first_name ? { displayName: m.from.first_name } : {}),
      content,
      receivedAt,
    },
  };
}
