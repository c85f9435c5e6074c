import { describe, expect, it } from "vitest";
import type { InboundMessage, OutboundMessage } from "../../src/core/messages.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { jpegWithGps } from "../support/photos.js";

describe("inbound and outbound are never lost nor repeated", () => {
  // Each redelivered input below WOULD change the session if handled again: "1" at the menu opens the aspiration
  // and "1" at the category question picks "Jalan / gang"; a description typed again would become the location.
  const stepOf = (h: Harness, user: string) => {
    const s = h.app.store.sessions.get(h.app.store.residents.findByIdentity("fake", user)!.id) as { step?: string; data?: Record<string, unknown> } | undefined;
    return { step: s?.step, data: s?.data };
  };

  it("a message redelivered while the first copy is still in hand is handled once", async () => {
    const h = await createHarness();
    await h.register("u1");
    const mark = h.channel.mark;
    await h.channel.say("u1", "1", { messageId: "dup-1" });
    await h.channel.say("u1", "1", { messageId: "dup-1" });
    await h.app.host.idle();
    expect(textOf(h.channel.sentSince("u1", mark))).toMatch(/termasuk bidang apa/);
    expect(h.channel.sentSince("u1", mark)).toHaveLength(1);
    expect(stepOf(h, "u1").step).toBe("category");
    await h.close();
  });

  it("a message redelivered after it was handled changes nothing and is not answered again", async () => {
    const h = await createHarness();
    await h.register("u1");
    await h.send("u1", "1");
    await h.channel.say("u1", "1", { messageId: "dup-2" });
    await h.app.host.idle();
    const mark = h.channel.mark;
    await h.channel.say("u1", "1", { messageId: "dup-2" });
    await h.app.host.idle();
    expect(h.channel.sentSince("u1", mark)).toEqual([]);
    expect(stepOf(h, "u1")).toMatchObject({ step: "description", data: { category: "jalan" } });
    await h.close();
  });

  it("a message redelivered after a restart changes nothing and is not answered again", async () => {
    let h = await createHarness();
    await h.register("u1");
    await h.send("u1", "1");
    await h.send("u1", "1");
    await h.channel.say("u1", "Jalan berlubang di depan sekolah dasar negeri", { messageId: "dup-3" });
    await h.app.host.idle();
    h = await h.restart();
    const mark = h.channel.mark;
    await h.channel.say("u1", "Jalan berlubang di depan sekolah dasar negeri", { messageId: "dup-3" });
    await h.app.host.idle();
    expect(h.channel.sentSince("u1", mark)).toEqual([]);
    expect(stepOf(h, "u1")).toMatchObject({ step: "location", data: { description: "Jalan berlubang di depan sekolah dasar negeri" } });
    expect(stepOf(h, "u1").data).not.toHaveProperty("locationText");
    await h.close();
  });

  it("a message journaled but not handled before the process died is handled after the restart", async () => {
    let h = await createHarness();
    await h.register("u1");
    const msg: InboundMessage = {
      channel: "fake",
      address: "u1",
      messageId: "journaled-only",
      content: { kind: "text", text: "/aspirasi" },
      receivedAt: Date.now(),
    };
    h.app.store.inbound.add(msg); // journaled, then the process "dies" before handling it
    h = await h.restart();
    expect(textOf(h.channel.sentTo("u1"))).toMatch(/termasuk bidang apa/);
    await h.channel.say("u1", "x", { messageId: "journaled-only" });
    await h.app.host.idle();
    expect(h.channel.sentTo("u1")).toHaveLength(1);
    await h.close();
  });

  it("a reply decided but not sent before the process died is sent after the restart, once", async () => {
    let h = await createHarness();
    await h.register("u1");
    h.channel.failNext({ ok: false, permanent: false, reason: "network down", retryAfterMs: 3_600_000 }, { times: 5 });
    await h.send("u1", "/aspirasi");
    const pending = h.app.store.db.prepare(`SELECT count(*) AS n FROM outbound WHERE status = 'pending'`).get() as { n: number };
    expect(pending.n).toBe(1);
    h = await h.restart();
    const h2 = h;
    // The restarted process sends it as soon as its retry time comes; move the clock past it.
    h2.clock.now += 3_600_001;
    h2.app.host.delivery.flushAll();
    await h2.app.host.idle();
    expect(textOf(h2.channel.sentTo("u1"))).toMatch(/termasuk bidang apa/);
    expect(h2.channel.sentTo("u1")).toHaveLength(1);
    await h2.close();
  });

  it("a blocked user is marked unreachable and the reply is not retried", async () => {
    const h = await createHarness();
    await h.register("u1");
    h.channel.failNext({ ok: false, permanent: true, reason: "Forbidden: bot was blocked by the user" });
    await h.send("u1", "/aspirasi");
    const row = h.app.store.db.prepare(`SELECT unreachable_at FROM identities WHERE address = 'u1'`).get() as { unreachable_at: number | null };
    expect(row.unreachable_at).not.toBeNull();
    const failed = h.app.store.db.prepare(`SELECT count(*) AS n FROM outbound WHERE status = 'failed'`).get() as { n: number };
    expect(failed.n).toBe(1);
    await h.close();
  });

  it("after a block, the other messages pending for that user are dropped without further sends", async () => {
    const h = await createHarness();
    await h.register("u1");
    const id = h.app.store.residents.findByIdentity("fake", "u1")!.id;
    const now = h.clock.now;
    for (const text of ["satu", "dua", "tiga"]) h.app.store.outbound.add("fake", "u1", { text }, "notification", now);
    let attempts = 0;
    const send = h.channel.send.bind(h.channel);
    h.channel.send = async (address: string, msg: OutboundMessage) => {
      attempts++;
      return address === "u1" ? { ok: false, permanent: true, reason: "Forbidden: bot was blocked by the user" } : send(address, msg);
    };
    h.app.host.delivery.flush("fake", "u1");
    await h.app.host.idle();
    expect(attempts).toBe(1);
    const rows = h.app.store.db.prepare(`SELECT status, count(*) AS n FROM outbound WHERE address = 'u1' AND kind = 'notification' GROUP BY status`).all();
    expect(rows).toEqual([{ status: "failed", n: 3 }]);
    expect(h.app.host.notify(id, { text: "lagi" })).toBe(false);
    await h.close();
  });

  it("replies to one resident keep their order", async () => {
    const h = await createHarness();
    await h.register("u1");
    await Promise.all(["/aspirasi", "1", "Jalan berlubang di depan sekolah dasar"].map((t) => h.channel.say("u1", t)));
    await h.app.host.idle();
    const texts = h.channel.sentTo("u1").slice(-3).map((m) => m.text);
    expect(texts[0]).toMatch(/bidang apa/);
    expect(texts[1]).toMatch(/ceritakan/);
    expect(texts[2]).toMatch(/lokasinya/);
    await h.close();
  });
});

describe("notifications", () => {
  it("reach the resident where they last spoke, and skip unreachable identities", async () => {
    const h = await createHarness();
    await h.register("u1");
    const id = h.app.store.residents.findByIdentity("fake", "u1")!.id;
    expect(h.app.host.notify(id, { text: "Status berubah" })).toBe(true);
    await h.app.host.idle();
    expect(h.channel.sentTo("u1").at(-1)?.text).toBe("Status berubah");
    h.app.store.residents.markUnreachable("fake", "u1", Date.now());
    expect(h.app.host.notify(id, { text: "lagi" })).toBe(false);
    await h.close();
  });
});

describe("a bug in a flow", () => {
  it("never leaves the resident without an answer: they get an apology and start again at the menu", async () => {
    const { flowSet } = await import("../../flows/index.js");
    const broken = {
      id: "meledak",
      version: 1,
      start: "a",
      commands: ["meledak"],
      steps: {
        a: {
          kind: "text" as const,
          min: 1,
          max: 50,
          prompt: () => "tanya",
          onText: (): never => {
            throw new Error("bug");
          },
        },
      },
    };
    const h = await createHarness({ flows: { flows: [...flowSet.flows, broken], commands: flowSet.commands } });
    await h.register("u1");
    expect(textOf(await h.send("u1", "/meledak"))).toBe("tanya");
    expect(textOf(await h.send("u1", "jawab"))).toMatch(/terjadi gangguan/);
    expect(textOf(await h.send("u1", "2"))).toMatch(/belum pernah menyampaikan aspirasi/);
    const unprocessed = h.app.store.db.prepare(`SELECT count(*) AS n FROM inbound WHERE processed_at IS NULL`).get() as { n: number };
    expect(unprocessed.n).toBe(0);
    await h.close();
  });
});

describe("personal data in file names", () => {
  it("a stored photo's file name does not contain the sender's message id (WhatsApp ids hold phone numbers)", async () => {
    const h = await createHarness();
    await h.register("6281234567890@s.whatsapp.net");
    const user = "6281234567890@s.whatsapp.net";
    await h.send(user, "/aspirasi");
    await h.send(user, "1");
    await h.send(user, "Jalan berlubang di depan sekolah dasar negeri");
    await h.send(user, "Jl. Kenanga");
    const ref = h.channel.addMedia(await jpegWithGps());
    await h.channel.say(user, { kind: "photo", ref }, { messageId: "6281234567890@s.whatsapp.net:ABC" });
    await h.app.host.idle();
    const row = h.app.store.db.prepare(`SELECT state FROM sessions`).all() as Array<{ state: string }>;
    const photoPath = row.map((r) => JSON.parse(r.state).data.photoPath).find(Boolean) as string;
    expect(photoPath).toMatch(/^photos\/\d{4}\/\d{2}\/fake-[0-9a-f]{16}\.jpg$/);
    expect(photoPath).not.toContain("62812");
    await h.close();
  });
});
