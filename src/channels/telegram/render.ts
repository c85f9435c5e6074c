/** Renders an OutboundMessage as Telegram sendMessage payloads: text chunks under 4096 chars, options as an inline keyboard. */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { encodeChoice, type OutboundMessage, type ReplyOption } from "../../core/messages.js";
import { splitText, withNumberedList } from "../text-render.js";

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
    else text = withNumberedList(text, options, numberHint); // the same numbered list as WhatsApp and the console
  }
  if (text.trim() === "") {
    if (!markup) return [];
    text = numberHint;
  }
  const chunks = splitText(text, TELEGRAM_TEXT_LIMIT).map(toTelegramHtml);
  return chunks.map((c, i) => (i === chunks.length - 1 && markup ? { text: c, reply_markup: markup } : { text: c }));
}
