import { describe, expect, it } from "vitest";
import { decodeMediaRef, mapUpsertMessage, senderAddresses } from "../../../src/channels/whatsapp/inbound-mapper.js";
import { wa } from "../../support/fake-baileys.js";

const PN = "6281234567890@s.whatsapp.net";
const LID = "123456789012345@lid";
const NOW = 1_764_039_600_000;

describe("mapping WhatsApp messages to inbound messages", () => {
  const cases: Array<{ description: string; message: Parameters<typeof mapUpsertMessage>[0]; expected: unknown }> = [
    { description: "plain text", message: wa.text(PN, "halo", { id: "A1" }), expected: { kind: "text", text: "halo" } },
    { description: "extended text", message: wa.extendedText(PN, "Gang Mawar"), expected: { kind: "text", text: "Gang Mawar" } },
    {
      description: "a reply quoting an earlier bot message is taken as its text",
      message: wa.extendedText(PN, "2", { quoted: "Pilih kategori" }),
      expected: { kind: "text", text: "2" },
    },
    {
      description: "text inside an ephemeral (disappearing) wrapper",
      message: wa.raw(PN, { ephemeralMessage: { message: { conversation: "batal" } } }),
      expected: { kind: "text", text: "batal" },
    },
    {
      description: "a location pin with its name",
      message: wa.location(PN, -6.9932, 110.4203, { name: "Musala Al-Ikhlas" }),
      expected: { kind: "location", lat: -6.9932, lon: 110.4203, text: "Musala Al-Ikhlas" },
    },
    { description: "a sticker", message: wa.sticker(PN), expected: { kind: "unsupported", what: "sticker" } },
    { description: "a voice note", message: wa.voice(PN), expected: { kind: "unsupported", what: "voice" } },
    { description: "an audio file", message: wa.raw(PN, { audioMessage: { ptt: false } }), expected: { kind: "unsupported", what: "audio" } },
    { description: "a video", message: wa.raw(PN, { videoMessage: {} }), expected: { kind: "unsupported", what: "video" } },
    {
      description: "a document with its name, type and size",
      message: wa.raw(PN, { documentMessage: { fileName: "a.pdf", mimetype: "application/pdf", fileLength: 2048 } }),
      expected: { kind: "document", ref: expect.any(String), fileName: "a.pdf", mime: "application/pdf", size: 2048 },
    },
    {
      description: "a picture sent as a file (uncompressed) as a photo, with its caption",
      message: wa.raw(PN, { documentMessage: { fileName: "IMG_2041.jpg", mimetype: "image/jpeg", fileLength: 900_000, caption: "got mampet" } }),
      expected: { kind: "photo", ref: expect.any(String), caption: "got mampet" },
    },
    { description: "a contact card", message: wa.raw(PN, { contactMessage: { displayName: "Pak RT" } }), expected: { kind: "unsupported", what: "contact" } },
    { description: "a poll", message: wa.raw(PN, { pollCreationMessage: { name: "?" } }), expected: { kind: "unsupported", what: "other" } },
  ];

  for (const c of cases) {
    it(`maps ${c.description}`, () => {
      const r = mapUpsertMessage(c.message, NOW);
      expect(r.kind).toBe("message");
      if (r.kind === "message") expect(r.msg.content).toEqual(c.expected);
    });
  }

  it("builds the message id from remoteJid and key id, and keeps the push name as display name only", () => {
    const r = mapUpsertMessage(wa.text(PN, "halo", { id: "ABC", pushName: "Bu Siti" }), NOW);
    expect(r).toEqual({
      kind: "message",
      msg: { channel: "whatsapp", address: PN, messageId: `${PN}:ABC`, content: { kind: "text", text: "halo" }, receivedAt: NOW, displayName: "Bu Siti" },
    });
  });

  it("maps an image with its caption to a photo whose reference can be downloaded later", () => {
    const r = mapUpsertMessage(wa.image(PN, "Got mampet", { id: "IMG1" }), NOW);
    if (r.kind !== "message" || r.msg.content.kind !== "photo") throw new Error(`unexpected ${JSON.stringify(r)}`);
    expect(r.msg.content.caption).toBe("Got mampet");
    const back = decodeMediaRef(r.msg.content.ref);
    expect(back.key.id).toBe("IMG1");
    expect(Buffer.isBuffer(back.message?.imageMessage?.mediaKey)).toBe(true);
    expect(back.message?.imageMessage?.jpegThumbnail).toBeUndefined();
  });

  it.each([
    ["a message the bot sent itself", wa.text(PN, "halo", { fromMe: true })],
    ["a status update", wa.text("status@broadcast", "halo", { participant: PN })],
    ["a newsletter post", wa.text("120363000000000000@newsletter", "halo")],
    ["a reaction", wa.raw(PN, { reactionMessage: { text: "👍" } })],
    ["a protocol message (delete)", wa.raw(PN, { protocolMessage: { type: 0 } })],
    ["a message that could not be decrypted", wa.raw(PN, null)],
  ])("skips %s without an answer", (_d, message) => {
    expect(mapUpsertMessage(message, NOW).kind).toBe("skip");
  });

  it("maps an edit to an edited message whose new text is not kept", () => {
    const m = mapUpsertMessage(wa.raw(PN, { editedMessage: { message: { protocolMessage: { type: 14, editedMessage: { conversation: "Gang Melati" } } } } }, { id: "ED1" }), NOW);
    expect(m).toMatchObject({ kind: "message", msg: { channel: "whatsapp", address: PN, edited: true, content: { kind: "unsupported", what: "other" } } });
    expect(JSON.stringify(m)).not.toContain("Melati");
  });

  it("recognises a group message so the group can be told once to write directly", () => {
    expect(mapUpsertMessage(wa.text("120363025246125486@g.us", "halo", { participant: PN }), NOW)).toEqual({
      kind: "group",
      groupJid: "120363025246125486@g.us",
    });
  });
});

describe("sender addresses (LID and phone number)", () => {
  it("prefers the phone-number JID of a LID chat and keeps the LID as alternative", () => {
    expect(senderAddresses({ remoteJid: LID, remoteJidAlt: PN, id: "x" })).toEqual({ address: PN, alt: [LID] });
  });
  it("keeps the phone-number JID and records the LID it came with", () => {
    expect(senderAddresses({ remoteJid: PN, remoteJidAlt: LID, id: "x" })).toEqual({ address: PN, alt: [LID] });
  });
  it("uses the LID alone when no phone number is known", () => {
    expect(senderAddresses({ remoteJid: LID, id: "x" })).toEqual({ address: LID, alt: [] });
  });
  it("uses a phone number looked up from the library's LID mapping", () => {
    expect(senderAddresses({ remoteJid: LID, id: "x" }, PN)).toEqual({ address: PN, alt: [LID] });
  });
  it("drops the device part of a JID through the library helper", () => {
    expect(senderAddresses({ remoteJid: "6281234567890:12@s.whatsapp.net", id: "x" })).toEqual({ address: PN, alt: [] });
  });
  it("accepts the older senderPn field", () => {
    expect(senderAddresses({ remoteJid: LID, id: "x", senderPn: PN } as never)).toEqual({ address: PN, alt: [LID] });
  });
});
