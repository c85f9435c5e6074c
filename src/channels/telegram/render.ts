/** Renders an OutboundMessage as Telegram sendMessage payloads: text chunks under 4096 chars, options as an inline keyboard. */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { encodeChoice, type OutboundMessage, type ReplyOption } from "../../core/messages.js";

/** Telegram's limit is 4096 characters; keep a margin. */
export const TELEGRAM_TEXT_LIMIT = 4000;
/** Telegram rejects callback_data longer than 64 bytes. */
export const CALLBACK_DATA_LIMIT = 64;

export interface TelegramText {
  /** HTML (parse_mode "HTML"). */
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

/**
 * Plain chat text to Telegram HTML: escape `&`, `<`, `>` and turn the house style's `*bold*`
 * (shared with WhatsApp) into `<b>bold</b>`.
 */
export function toTelegramHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped.replace(/\*([^*\n]+)\*/g, "<b>$1</b>");
}

/**
 * Split text into chunks of at most `limit` characters, preferring line boundaries, then spaces.
 * Never splits a surrogate pair.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) {
      const space = rest.lastIndexOf(" ", limit);
      cut = space >= limit / 2 ? space : limit;
    }
    // Do not cut between a high and a low surrogate.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk.trim()) chunks.push(chunk);
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.trim()) chunks.push(rest);
  return chunks;
}

/** The callback payload of an option (the step key lets the engine recognise a stale button). */
export function callbackDataOf(msg: OutboundMessage, option: ReplyOption): string {
  return msg.choiceKey ? encodeChoice(msg.choiceKey, option.value) : option.value;
}

/** Buttons one per row, or two per row when there are many short labels. */
export function keyboardOf(msg: OutboundMessage, options: ReplyOption[]): InlineKeyboardMarkup {
  const buttons: InlineKeyboardButton[] = options.map((o) => ({ text: o.label, callback_data: callbackDataOf(msg, o) }));
  const perRow = options.length >= 4 && options.every((o) => o.label.length <= 14) ? 2 : 1;
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return { inline_keyboard: rows };
}

/** A numbered list, for options whose payload does not fit in a button. */
export function numberedList(options: ReplyOption[], hint: string): string {
  return [hint, ...options.map((o, i) => `${i + 1}. ${o.label}`)].join("\n");
}

/**
 * Render text and options as one or more sendMessage payloads. The keyboard goes on the last chunk.
 * `numberHint` introduces the numbered list used when a button payload would exceed 64 bytes.
 */
export function renderText(msg: OutboundMessage, numberHint: string): TelegramText[] {
  const options = msg.options ?? [];
  let text = msg.text;
  let markup: InlineKeyboardMarkup | undefined;
  if (options.length > 0) {
    const fits = options.every((o) => Buffer.byteLength(callbackDataOf(msg, o), "utf8") <= CALLBACK_DATA_LIMIT && o.label.trim() !== "");
    if (fits) markup = keyboardOf(msg, options);
    else text = `${text}${text ? "\n\n" : ""}${numberedList(options, numberHint)}`;
  }
  if (text.trim() === "") {
    if (!markup) return [];
    text = numberHint;
  }
  const chunks = splitText(text).map(toTelegramHtml);
  return chunks.map((c, i) => (i === chunks.length - 1 && markup ? { text: c, reply_markup: markup } : { text: c }));
}
