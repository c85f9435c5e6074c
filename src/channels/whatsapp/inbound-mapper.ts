/** Turns one Baileys `messages.upsert` message into a channel-neutral InboundMessage (or says why it is skipped). */
import {
  BufferJSON,
  getContentType,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isJidStatusBroadcast,
  isLidUser,
  isPnUser,
  jidNormalizedUser,
  normalizeMessageContent,
  proto,
  type WAMessage,
  type WAMessageKey,
} from "@whiskeysockets/baileys";
import type { InboundContent, InboundMessage } from "../../core/messages.js";
import { IMAGE_FILE_MIME } from "../../core/media-limits.js";

export type MappedUpsert =
  | { kind: "message"; msg: InboundMessage }
  /** A message in a group: the bot does not take part, but says so once per group. */
  | { kind: "group"; groupJid: string }
  | { kind: "skip"; reason: string };

/** Message types that carry no resident input (protocol traffic, reactions, edits): ignored without an answer. */
const SILENT_TYPES = new Set<string>([
  "protocolMessage",
  "reactionMessage",
  "senderKeyDistributionMessage",
  "pollUpdateMessage",
  "keepInChatMessage",
  "pinInChatMessage",
  "encReactionMessage",
  "encEventResponseMessage",
  "messageHistoryBundle",
  "messageHistoryNotice",
]);

/**
 * The sender's addresses: the phone-number JID is preferred as the main address when the library gives it
 * (`remoteJidAlt` in Baileys 7; older builds called it `senderPn`), and the other form goes to `alt`.
 * JIDs are only ever handled through the library's helpers.
 */
export function senderAddresses(key: WAMessageKey, knownPn?: string): { address: string; alt: string[] } {
  const main = jidNormalizedUser(key.remoteJid ?? undefined);
  const legacyPn = (key as { senderPn?: string }).senderPn;
  const altRaw = key.remoteJidAlt ?? legacyPn ?? knownPn;
  const other = altRaw ? jidNormalizedUser(altRaw) : "";
  if (!other || other === main) return { address: main, alt: [] };
  if (isLidUser(main) && isPnUser(other)) return { address: other, alt: [main] };
  return { address: main, alt: [other] };
}

/** A self-contained reference to an image or document, so it can be downloaded later (also after a restart). */
export function encodeMediaRef(
  m: WAMessage,
  media: { imageMessage: proto.Message.IImageMessage } | { documentMessage: proto.Message.IDocumentMessage },
): string {
  const [type, value] = Object.entries(media)[0]! as [string, proto.Message.IImageMessage & proto.Message.IDocumentMessage];
  const { jpegThumbnail: _thumb, contextInfo: _ctx, ...rest } = value;
  return JSON.stringify({ key: m.key, message: { [type]: rest } }, BufferJSON.replacer);
}

export function decodeMediaRef(ref: string): WAMessage {
  return JSON.parse(ref, BufferJSON.reviver) as WAMessage;
}

function finite(n: number | null | undefined): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

/** The content of a direct message, or null when it carries nothing to answer (protocol traffic). */
export function contentOf(m: WAMessage): InboundContent | null {
  const content = normalizeMessageContent(m.message);
  const type = getContentType(content);
  if (!content || !type) return null;
  if (SILENT_TYPES.has(type)) return null;
  switch (type) {
    case "conversation":
      return { kind: "text", text: content.conversation ?? "" };
    case "extendedTextMessage":
      // Replies to earlier messages (quoted) arrive here too; the resident's own text is what counts.
      return { kind: "text", text: content.extendedTextMessage?.text ?? "" };
    case "buttonsResponseMessage":
      return { kind: "text", text: content.buttonsResponseMessage?.selectedDisplayText ?? "" };
    case "listResponseMessage":
      return { kind: "text", text: content.listResponseMessage?.title ?? "" };
    case "templateButtonReplyMessage":
      return { kind: "text", text: content.templateButtonReplyMessage?.selectedDisplayText ?? "" };
    case "imageMessage": {
      const image = content.imageMessage!;
      const caption = image.caption?.trim();
      return { kind: "photo", ref: encodeMediaRef(m, { imageMessage: image }), ...(caption ? { caption } : {}) };
    }
    case "locationMessage":
    case "liveLocationMessage": {
      const loc = content.locationMessage ?? content.liveLocationMessage;
      const lat = loc?.degreesLatitude;
      const lon = loc?.degreesLongitude;
      if (!finite(lat) || !finite(lon)) return { kind: "unsupported", what: "other" };
      const named = content.locationMessage ? [content.locationMessage.name, content.locationMessage.address] : [];
      const text = named.filter((s): s is string => !!s && s.trim() !== "").join(", ");
      return { kind: "location", lat, lon, ...(text ? { text } : {}) };
    }
    case "stickerMessage":
    case "lottieStickerMessage":
      return { kind: "unsupported", what: "sticker" };
    case "audioMessage":
      return { kind: "unsupported", what: content.audioMessage?.ptt ? "voice" : "audio" };
    case "videoMessage":
    case "ptvMessage":
      return { kind: "unsupported", what: "video" };
    case "documentMessage":
    case "documentWithCaptionMessage": {
      // normalizeMessageContent unwraps documentWithCaptionMessage, but keep both spellings.
      const doc = content.documentMessage ?? content.documentWithCaptionMessage?.message?.documentMessage;
      if (!doc) return { kind: "unsupported", what: "document" };
      const mime = doc.mimetype ?? "application/octet-stream";
      const caption = doc.caption?.trim();
      // A picture sent "as a file" (uncompressed, to keep its quality) is still a photo, as on Telegram.
      if (IMAGE_FILE_MIME.test(mime)) return { kind: "photo", ref: encodeMediaRef(m, { documentMessage: doc }), ...(caption ? { caption } : {}) };
      const size = doc.fileLength === null || doc.fileLength === undefined ? undefined : Number(doc.fileLength);
      return {
        kind: "document",
        ref: encodeMediaRef(m, { documentMessage: doc }),
        fileName: doc.fileName ?? doc.title ?? "dokumen",
        mime,
        ...(size !== undefined && Number.isFinite(size) ? { size } : {}),
        ...(caption ? { caption } : {}),
      };
    }
    case "contactMessage":
    case "contactsArrayMessage":
      return { kind: "unsupported", what: "contact" };
    default:
      return { kind: "unsupported", what: "other" };
  }
}

/** Whether the message is an edit of an earlier one (a protocol message of type MESSAGE_EDIT). */
export function isEdit(m: WAMessage): boolean {
  const content = normalizeMessageContent(m.message);
  return content?.protocolMessage?.type === proto.Message.ProtocolMessage.Type.MESSAGE_EDIT;
}

/**
 * Map one upserted message. Only direct messages from other people become InboundMessages;
 * `messageId` is `${remoteJid}:${id}` so a redelivered upsert is deduplicated by the host's journal.
 */
export function mapUpsertMessage(m: WAMessage, now: number, knownPn?: string): MappedUpsert {
  const { key } = m;
  const remoteJid = key.remoteJid;
  if (!remoteJid || !key.id) return { kind: "skip", reason: "no key" };
  if (key.fromMe) return { kind: "skip", reason: "from me" };
  if (isJidStatusBroadcast(remoteJid)) return { kind: "skip", reason: "status broadcast" };
  if (isJidGroup(remoteJid)) return { kind: "group", groupJid: remoteJid };
  if (isJidBroadcast(remoteJid) || isJidNewsletter(remoteJid)) return { kind: "skip", reason: "broadcast or newsletter" };
  if (!isPnUser(remoteJid) && !isLidUser(remoteJid)) return { kind: "skip", reason: "not a person" };
  if (!m.message) return { kind: "skip", reason: "no content (not decrypted)" };
  if (isEdit(m)) {
    // Not processed (the answer it would change was given): the host asks the resident once to send it again.
    const { address, alt } = senderAddresses(key, knownPn);
    return {
      kind: "message",
      msg: {
        channel: "whatsapp",
        address,
        messageId: `${remoteJid}:${key.id}`,
        content: { kind: "unsupported", what: "other" },
        receivedAt: now,
        edited: true,
        ...(alt.length ? { altAddresses: alt } : {}),
      },
    };
  }
  const content = contentOf(m);
  if (!content) return { kind: "skip", reason: "protocol message" };
  const { address, alt } = senderAddresses(key, knownPn);
  const msg: InboundMessage = {
    channel: "whatsapp",
    address,
    messageId: `${remoteJid}:${key.id}`,
    content,
    receivedAt: now,
    ...(alt.length ? { altAddresses: alt } : {}),
    ...(m.pushName ? { displayName: m.pushName } : {}),
  };
  return { kind: "message", msg };
}
