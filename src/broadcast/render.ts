/** The texts of a broadcast as a resident sees them, in their language (locale keys in locales/<lang>/umumkan.ftl). */
import type { Lang } from "../core/domain.js";
import type { OutboundMessage, ReplyOption } from "../core/messages.js";
import { formatDateTime } from "../engine/steps/date-time.js";
import type { TArgs, Translate } from "../i18n/fluent.js";
import type { BroadcastContent, RsvpAnswer } from "./types.js";

export const RSVP_FLOW = "rsvp";
export const RSVP_STEP = "jawab";
export const RSVP_VERSION = 1;

type T = (key: string, args?: TArgs) => string;

export function langT(t: Translate, lang: Lang): T {
  return (key, args) => t(lang, key, args);
}

/** "Sabtu, 12 Desember 2026 pukul 19.30 WIB" in the resident's language. */
export function whenText(t: T, at: number, zone: string, lang: Lang): string {
  return formatDateTime(at, zone, lang, (k, a) => t(k, a));
}

/** The RSVP buttons (numbers on WhatsApp): Hadir / Tidak hadir / Mungkin. */
export function rsvpOptions(t: T): Array<ReplyOption & { aliases?: string[] }> {
  const answers: RsvpAnswer[] = ["hadir", "tidak", "mungkin"];
  return answers.map((a) => ({ value: a, label: t(`umumkan-rsvp-${a}`) }));
}

/** The body of a broadcast (without the RSVP question). */
export function broadcastBody(t: T, c: BroadcastContent, o: { id: number; zone: string; lang: Lang; from: string }): string {
  if (c.kind === "undangan") {
    return t("umumkan-msg-undangan", { id: String(o.id), from: o.from, title: c.title, when: whenText(t, c.at, o.zone, o.lang), place: c.place, agenda: c.agenda });
  }
  const link = c.link ? `\n${t("umumkan-msg-link", { link: c.link })}` : "";
  return `${t("umumkan-msg-sosialisasi", { id: String(o.id), from: o.from, text: c.text })}${link}`;
}

/** The whole message: the body, with the RSVP question for an undangan; the poster as a document for a sosialisasi. */
export function broadcastMessage(t: T, c: BroadcastContent, o: { id: number; zone: string; lang: Lang; from: string }): OutboundMessage {
  const body = broadcastBody(t, c, o);
  if (c.kind === "undangan") return { text: `${body}\n\n${t("umumkan-rsvp-question")}`, lang: o.lang, options: rsvpOptions(t) };
  const msg: OutboundMessage = { text: body, lang: o.lang };
  if (c.photo) msg.document = { path: c.photo, filename: `poster-${o.id}.jpg`, mime: "image/jpeg", caption: t("umumkan-msg-poster", { id: String(o.id) }) };
  else if (c.document) msg.document = { path: c.document.path, filename: c.document.fileName, mime: "application/pdf", caption: t("umumkan-msg-poster", { id: String(o.id) }) };
  return msg;
}

/** The invitation for a resident busy in another conversation: no buttons, how to answer later. */
export function broadcastFallback(t: T, c: BroadcastContent, o: { id: number; zone: string; lang: Lang; from: string }): OutboundMessage {
  return { text: `${broadcastBody(t, c, o)}\n\n${t("umumkan-rsvp-later", { id: String(o.id) })}`, lang: o.lang };
}
