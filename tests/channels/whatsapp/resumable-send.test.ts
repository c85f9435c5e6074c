/** A message WhatsApp gets in several parts resumes after the parts already delivered: real Delivery, real adapter, fake socket. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WHATSAPP_SAFE_TEXT_LIMIT } from "../../../src/channels/whatsapp/render.js";
import { closeError } from "../../support/fake-baileys.js";
import { makeWaTestApp, type WaTestApp } from "../../support/fake-baileys-app.js";

const PN = "6281234567890@s.whatsapp.net";
const LONG = Array.from({ length: 150 }, (_, i) => `Baris ${i}: ${"data ".repeat(12).trim()}`).join("\n");

describe("WhatsApp multi-part sends after a failure", () => {
  let h: WaTestApp;
  afterEach(async () => {
    await h?.close();
  });

  /** The `n`-th sendMessage on the current socket (counting from now, 1-based) throws once, as a dropped connection does. */
  function failNthSend(n: number): void {
    const sock = h.sock;
    const real = sock.sendMessage.bind(sock);
    let calls = 0;
    sock.sendMessage = async (jid, content) => {
      if (++calls === n) throw closeError(503, "Connection Closed");
      return real(jid, content);
    };
  }

  const row = () =>
    h.app.store.db.prepare("SELECT status, attempts, parts_sent FROM outbound ORDER BY id DESC LIMIT 1").get() as {
      status: string;
      attempts: number;
      parts_sent: number;
    };

  /** Let the scheduled retry come due now and send again. */
  async function retryNow(): Promise<void> {
    h.app.store.db.prepare("UPDATE outbound SET next_attempt_at = 0 WHERE status = 'pending'").run();
    h.app.host.delivery.flush("whatsapp", PN);
    await h.app.host.idle();
  }

  it("delivers each part of a long text exactly once when the second part fails once", async () => {
    h = await makeWaTestApp();
    failNthSend(2);
    h.app.store.outbound.add("whatsapp", PN, { text: LONG }, "reply", Date.now());
    h.app.host.delivery.flush("whatsapp", PN);
    await h.app.host.idle();
    expect(row()).toEqual({ status: "pending", attempts: 1, parts_sent: 1 });
    expect(h.sock.textsTo(PN)).toHaveLength(1);

    await retryNow();
    const texts = h.sock.textsTo(PN);
    expect(texts.length).toBeGreaterThan(2);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(WHATSAPP_SAFE_TEXT_LIMIT);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.join("\n")).toBe(LONG);
    expect(row()).toEqual({ status: "sent", attempts: 2, parts_sent: texts.length - 1 });
  });

  it("sends only the document again when the text before it was delivered", async () => {
    h = await makeWaTestApp();
    writeFileSync(path.join(h.dataDir, "rekap.csv"), "rw,usulan\n3,Drainase\n");
    failNthSend(2);
    h.app.store.outbound.add(
      "whatsapp",
      PN,
      { text: "Rekap RW 03", document: { path: "rekap.csv", filename: "rekap-rw03.csv", mime: "text/csv" } },
      "reply",
      Date.now(),
    );
    h.app.host.delivery.flush("whatsapp", PN);
    await h.app.host.idle();
    expect(row()).toMatchObject({ status: "pending", parts_sent: 1 });

    await retryNow();
    expect(h.sock.textsTo(PN)).toEqual(["Rekap RW 03"]);
    const docs = h.sock.sent.filter((s) => s.jid === PN && "document" in s.content);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.content).toMatchObject({ fileName: "rekap-rw03.csv" });
    expect(row().status).toBe("sent");
  });
});
