import { describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { mapUpdate, stripBotName } from "../../../src/channels/telegram/update-mapping.js";

const chat = { id: 42, type: "private", first_name: "Sri" };
const from = { id: 42, is_bot: false, first_name: "Sri" };
const msg = (fields: Record<string, unknown>): Update =>
  ({ update_id: 9, message: { message_id: 1, date: 1, chat, from, ...fields } }) as unknown as Update;
const contentOf = (u: Update) => {
  const m = mapUpdate(u, 1000);
  if (m.kind !== "inbound") throw new Error(`expected inbound, got ${m.kind}`);
  return m.msg.content;
};

describe("mapUpdate", () => {
  it("turns a private text message into an inbound message keyed by update id and chat id", () => {
    const m = mapUpdate(msg({ text: "halo" }), 1000);
    expect(m).toEqual({
      kind: "inbound",
      msg: { channel: "telegram", address: "42", messageId: "9", displayName: "Sri", content: { kind: "text", text: "halo" }, receivedAt: 1000 },
    });
  });

  it("strips the bot name from a command", () => {
    expect(contentOf(msg({ text: "/status@rembug_bot ASP-7K3Q" }))).toEqual({ kind: "text", text: "/status ASP-7K3Q" });
    expect(stripBotName("/menu@x_bot")).toBe("/menu");
    expect(stripBotName("email a@b.c")).toBe("email a@b.c");
  });

  it("takes the largest photo size and keeps the caption", () => {
    const photo = [
      { file_id: "small", file_unique_id: "s", width: 90, height: 60, file_size: 100 },
      { file_id: "big", file_unique_id: "b", width: 1280, height: 960, file_size: 90_000 },
      { file_id: "mid", file_unique_id: "m", width: 320, height: 240, file_size: 9_000 },
    ];
    expect(contentOf(msg({ photo, caption: "got mampet" }))).toEqual({ kind: "photo", ref: "big", caption: "got mampet" });
  });

  it("treats a picture sent as a file as a photo, and other files as documents with their name, type and size", () => {
    expect(contentOf(msg({ document: { file_id: "d1", file_unique_id: "u", mime_type: "image/jpeg" } }))).toEqual({ kind: "photo", ref: "d1" });
    expect(contentOf(msg({ document: { file_id: "d2", file_unique_id: "u", mime_type: "application/pdf", file_name: "poster.pdf", file_size: 1234 }, caption: "lihat" }))).toEqual({
      kind: "document",
      ref: "d2",
      fileName: "poster.pdf",
      mime: "application/pdf",
      size: 1234,
      caption: "lihat",
    });
  });

  it("maps pins and venues to locations", () => {
    expect(contentOf(msg({ location: { latitude: -6.2, longitude: 106.8 } }))).toEqual({ kind: "location", lat: -6.2, lon: 106.8 });
    expect(contentOf(msg({ venue: { location: { latitude: -6.2, longitude: 106.8 }, title: "Musala Al-Ikhlas", address: "Gang Mawar" } }))).toEqual({
      kind: "location",
      lat: -6.2,
      lon: 106.8,
      text: "Musala Al-Ikhlas, Gang Mawar",
    });
  });

  it.each([
    ["sticker", { sticker: { file_id: "s" } }, "sticker"],
    ["voice", { voice: { file_id: "v" } }, "voice"],
    ["audio", { audio: { file_id: "a" } }, "audio"],
    ["video", { video: { file_id: "v" } }, "video"],
    ["video note", { video_note: { file_id: "v" } }, "video"],
    ["animation (which also carries a document)", { animation: { file_id: "g" }, document: { file_id: "g", mime_type: "image/gif" } }, "video"],
    ["contact", { contact: { phone_number: "+62", first_name: "A" } }, "contact"],
    ["poll", { poll: { id: "p" } }, "other"],
    ["dice", { dice: { emoji: "🎲", value: 3 } }, "other"],
  ])("marks a %s as unsupported", (_name, fields, what) => {
    expect(contentOf(msg(fields))).toEqual({ kind: "unsupported", what });
  });

  it("ignores service messages", () => {
    expect(mapUpdate(msg({ pinned_message: {} }), 0).kind).toBe("ignore");
  });

  it("maps an edited message to an edited inbound message without its text", () => {
    const m = mapUpdate({ update_id: 3, edited_message: { message_id: 1, date: 1, edit_date: 2, chat, text: "Gang Melati" } } as unknown as Update, 0);
    expect(m).toMatchObject({ kind: "inbound", msg: { channel: "telegram", messageId: "3", edited: true, content: { kind: "unsupported", what: "other" } } });
    expect(JSON.stringify(m)).not.toContain("Melati");
  });

  it("reports messages from groups as not private", () => {
    const u = { update_id: 4, message: { message_id: 1, date: 1, chat: { id: -100, type: "supergroup", title: "RW" }, from, text: "halo" } } as unknown as Update;
    expect(mapUpdate(u, 0)).toEqual({ kind: "not-private", chatId: -100 });
  });

  it("turns a button press into a choice and finds the pressed label", () => {
    const u = {
      update_id: 5,
      callback_query: {
        id: "cq1",
        from,
        chat_instance: "c",
        data: "registrasi.consent|yes",
        message: {
          message_id: 77,
          date: 1,
          chat,
          text: "Setuju?",
          entities: [{ type: "bold", offset: 0, length: 6 }],
          reply_markup: { inline_keyboard: [[{ text: "Setuju", callback_data: "registrasi.consent|yes" }]] },
        },
      },
    } as unknown as Update;
    expect(mapUpdate(u, 5)).toEqual({
      kind: "inbound",
      msg: { channel: "telegram", address: "42", messageId: "5", displayName: "Sri", content: { kind: "choice", value: "registrasi.consent|yes" }, receivedAt: 5 },
      callback: { queryId: "cq1", chatId: 42, messageId: 77, text: "Setuju?", entities: [{ type: "bold", offset: 0, length: 6 }], label: "Setuju" },
    });
  });

  it("attributes a press on an inaccessible (old) message to the sender's private chat", () => {
    const u = {
      update_id: 6,
      callback_query: { id: "cq2", from, chat_instance: "c", data: "x|y", message: { message_id: 3, date: 0, chat } },
    } as unknown as Update;
    const m = mapUpdate(u, 0);
    expect(m.kind === "inbound" && m.callback).toEqual({ queryId: "cq2", chatId: 42, messageId: 3 });
  });

  it("only answers a press without data", () => {
    const u = { update_id: 7, callback_query: { id: "cq3", from, chat_instance: "c", game_short_name: "g" } } as unknown as Update;
    expect(mapUpdate(u, 0)).toEqual({ kind: "answer-only", callbackQueryId: "cq3" });
  });
});
