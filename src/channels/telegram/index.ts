/** The Telegram channel's public surface. */
export { createTelegramChannel, TelegramChannel, type TelegramChannelOptions } from "./telegram-channel.js";
export { TelegramMediaError } from "./telegram-media-error.js";
