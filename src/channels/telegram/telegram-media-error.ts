/** Thrown when a Telegram file cannot be fetched (getFile or the download failed). Wraps the cause. */
export class TelegramMediaError extends Error {
  override name = "TelegramMediaError";
  constructor(
    message: string,
    readonly fileId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
