/** Limits on media residents send: checked by the channels before downloading and again on the bytes. */

/** Largest photo accepted (bytes, as sent). Phone cameras send 2-6 MB; Telegram compresses photos well below. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** A stored photo is re-encoded to fit in this many pixels on its longer side. */
export const STORED_PHOTO_MAX_SIDE = 1600;
