/** Channel-neutral message types: every adapter turns platform updates into InboundMessage and renders OutboundMessage. */

export type ChannelName = "telegram" | "whatsapp" | "console" | "fake";

/** What kind of non-text content arrived where the bot can only use text, a choice, a pin or a photo. */
export type UnsupportedKind = "sticker" | "voice" | "audio" | "video" | "document" | "contact" | "other";

/** Why a document is not taken: over MAX_DOCUMENT_BYTES, or not a PDF. */
export type DocumentProblem = "too-large" | "not-pdf";

export type InboundContent =
  | { kind: "text"; text: string }
  /** A button press. `value` is the callback payload the adapter got back (see encodeChoice). */
  | { kind: "choice"; value: string }
  | { kind: "location"; lat: number; lon: number; text?: string }
  /**
   * A photo. `ref` is the channel's own reference (Telegram file_id, WhatsApp message key);
   * the host downloads it through the channel and sets `path` (relative to DATA_DIR) before the engine runs.
   */
  | { kind: "photo"; ref: string; caption?: string; path?: string }
  /**
   * A file sent as a document (a poster PDF). `fileName`, `mime` and `size` are what the sender's app declared;
   * the host downloads it only at a step that takes documents, sets `path` (relative to DATA_DIR), or `refused`
   * when the bytes are not what was declared or are over the cap.
   */
  | { kind: "document"; ref: string; fileName: string; mime: string; size?: number; caption?: string; path?: string; refused?: DocumentProblem }
  | { kind: "unsupported"; what: UnsupportedKind };

export interface InboundMessage {
  channel: ChannelName;
  /** The sender's address on the channel (Telegram chat id, WhatsApp JID, console user id). */
  address: string;
  /** Unique per channel: Telegram update id, WhatsApp remoteJid+id, console line counter. Used for dedup. */
  messageId: string;
  /** Display name offered by the platform, if any (never trusted as the registered name). */
  displayName?: string;
  /** Alternative addresses that identify the same person (WhatsApp LID vs phone JID). */
  altAddresses?: string[];
  content: InboundContent;
  receivedAt: number;
  /**
   * The resident edited an earlier message (Telegram edited_message, WhatsApp edit). Not processed: the answer
   * it would change was given already; the chat is asked once to send it again.
   */
  edited?: true;
}

export interface ReplyOption {
  /** Stable value sent back on a button press. */
  value: string;
  label: string;
  /**
   * The number this option is listed under and answered by. Either every option of a message has one or none
   * has (then options are numbered 1, 2, 3 …). Area lists use the RW/RT number itself, so `5. RW 05` is answered by 5.
   */
  number?: number;
}

export interface OutboundMessage {
  text: string;
  /** Language of the text, so adapters can add their own hints ("Balas dengan angka:") in the same language. */
  lang?: "id" | "en";
  /** Choices to offer: inline keyboard on Telegram, numbered list on WhatsApp/console. */
  options?: ReplyOption[];
  /** The step the options belong to (`flow.step`); buttons carry it so a stale button is recognised. */
  choiceKey?: string;
  /** A file to send as a document (exports, berita acara). Path is absolute or relative to DATA_DIR. */
  document?: { path: string; filename: string; mime: string; caption?: string };
}

/** Choice payload for buttons: the step it belongs to plus the option value, so stale buttons can be recognised. */
export function encodeChoice(stepKey: string, value: string): string {
  return `${stepKey}|${value}`;
}

export function decodeChoice(payload: string): { stepKey: string; value: string } | null {
  const i = payload.lastIndexOf("|");
  if (i <= 0) return null;
  return { stepKey: payload.slice(0, i), value: payload.slice(i + 1) };
}
