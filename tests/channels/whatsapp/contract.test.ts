/** The channel contract suite run against the WhatsApp adapter on a fake Baileys socket. */
import type { WAMessage } from "@whiskeysockets/baileys";
import { describeChannelContract, plain, type ChannelHarness, type HarnessInput, type HarnessReply } from "../contract/channel-contract.js";
import { makeWaTestApp } from "../../support/fake-baileys-app.js";
import { wa } from "../../support/fake-baileys.js";

const jidOf = (user: string) => `6281200${user.padStart(6, "0")}@s.whatsapp.net`;

/** Split a WhatsApp text back into the message and its numbered options. */
function toReply(text: string, hint: string): HarnessReply {
  const at = text.lastIndexOf(`\n\n${hint}\n`);
  if (at < 0) return { text: plain(text), options: [], ref: text };
  const list = text.slice(at + hint.length + 3).split("\n");
  return { text: plain(text.slice(0, at)), options: list.map((l) => l.replace(/^\d+\.\s/, "")), ref: text };
}

async function makeWhatsAppHarness(): Promise<ChannelHarness> {
  const media = new Map<string, Buffer>();
  const h = await makeWaTestApp({ download: async (m) => media.get(m.key.id!) ?? Buffer.alloc(0) });
  const hint = h.app.i18n.t("id", "whatsapp-reply-with-number");
  const last = new Map<string, WAMessage>();

  const deliver = async (user: string, m: WAMessage): Promise<HarnessReply[]> => {
    last.set(user, m);
    const texts = await h.receive(jidOf(user), m);
    return texts.map((t) => toReply(t, hint));
  };
  const build = (user: string, input: HarnessInput): WAMessage => {
    const jid = jidOf(user);
    switch (input.kind) {
      case "text":
        return wa.text(jid, input.text);
      case "photo": {
        const m = wa.image(jid, input.caption);
        media.set(m.key.id!, input.data);
        return m;
      }
      case "location":
        return wa.location(jid, input.lat, input.lon);
      case "sticker":
        return wa.sticker(jid);
    }
  };
  return {
    buttons: false,
    store: h.app.store,
    t: h.app.i18n.t,
    send: (user, input) => deliver(user, build(user, input)),
    press(user, reply, label) {
      const n = reply.options.indexOf(label);
      if (n < 0) throw new Error(`reply has no option "${label}"`);
      return deliver(user, wa.text(jidOf(user), String(n + 1)));
    },
    redeliverLast(user) {
      const m = last.get(user);
      if (!m) throw new Error(`${user} sent nothing yet`);
      return deliver(user, m);
    },
    close: () => h.close(),
  };
}

describeChannelContract("whatsapp", makeWhatsAppHarness);
