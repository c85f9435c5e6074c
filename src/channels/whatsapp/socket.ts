/** The part of a Baileys socket the WhatsApp channel uses; the real socket and the test fake both satisfy it. */
import {
  Browsers,
  makeWASocket,
  type AnyMessageContent,
  type BaileysEventMap,
  type Contact,
  type SocketConfig,
  type WAMessage,
  type WAMessageKey,
} from "@whiskeysockets/baileys";
import type { SocketFactory } from "./connection.js";

export interface WaSocketLike {
  ev: {
    /** Baileys 7 delivers events in (possibly buffered) batches through `process`. */
    process(handler: (events: Partial<BaileysEventMap>) => void | Promise<void>): () => void;
  };
  readonly user?: Contact;
  sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined>;
  end(error: Error | undefined): void | Promise<void>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  /** Blue ticks for handled messages (optional). */
  readMessages?(keys: WAMessageKey[]): Promise<void>;
  /** Asks the sender's phone to re-upload expired media (used when downloading photos). */
  updateMediaMessage?(message: WAMessage): Promise<WAMessage>;
  signalRepository?: { lidMapping?: { getPNForLID(lid: string): Promise<string | null> } };
}

/**
 * The production socket factory: a real Baileys socket with our SQLite auth state and getMessage.
 * It does not fetch the latest WhatsApp Web version over the network; the version bundled with Baileys is used.
 * `overrides` are extra socket settings (tests point `waWebSocketUrl` at a local port).
 */
export function makeBaileysSocketFactory(overrides: Partial<SocketConfig> = {}): SocketFactory {
  return ({ auth, logger, getMessage }) =>
    makeWASocket({
      browser: Browsers.ubuntu("Rembug"),
      // Residents still get phone notifications while the bot is linked.
      markOnlineOnConnect: false,
      ...overrides,
      auth,
      logger,
      getMessage,
    }) as unknown as WaSocketLike;
}

export const baileysSocketFactory: SocketFactory = makeBaileysSocketFactory();
