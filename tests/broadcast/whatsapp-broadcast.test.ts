/**
 * An undangan over WhatsApp on the fake Baileys socket: paced through the shared gate (one message per gap, the
 * hourly cap) on the channel's fake clock, with the RSVP answered by number.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { wa } from "../support/fake-baileys.js";
import { makeWaTestApp, type WaTestApp } from "../support/fake-baileys-app.js";
import { seedResidents } from "./seed.js";

let h: WaTestApp;
let p: Pipeline | undefined;
afterEach(async () => {
  await p?.stop();
  p = undefined;
  await h?.close();
});

describe("a WhatsApp broadcast", () => {
  it("goes out one message per gap up to the hourly cap, and takes the RSVP as a number", async () => {
    h = await makeWaTestApp({ env: { WHATSAPP_MIN_DELAY_MS: "5000", WHATSAPP_MAX_DELAY_MS: "5000", WHATSAPP_HOURLY_CAP: "3" } });
    const now = Date.now();
    const sender = seedResidents(h.app.store, "whatsapp", 1, { rws: [1], address: () => "6281200000000@s.whatsapp.net", now })[0]!;
    const people = seedResidents(h.app.store, "whatsapp", 5, { rws: [3], address: (i) => `62813000000${10 + i}@s.whatsapp.net`, now });
    p = await startAppPipeline(h.app, "all");
    const { broadcaster } = h.app.broadcasts;
    h.app.store.tx(() => {
      const { id } = broadcaster.repo.create({
        kind: "undangan",
        senderId: sender.id,
        audience: { type: "rw", rws: [3] },
        content: { kind: "undangan", title: "Rembug warga RW 03", at: now + 3 * 86_400_000, place: "Balai RW 03", agenda: "Prioritas usulan" },
        now,
        reminders: { dayBeforeHour: 19, beforeMinutes: 120, zone: "Asia/Jakarta" },
      });
      p!.outbox.publish("broadcast.created", { broadcastId: id }, now);
    });
    expect(await p.settle(10_000)).toBe(true);

    const invited = () => people.filter((r) => h.sock.textsTo(r.address).some((t) => t.includes("Rembug warga RW 03"))).length;
    const step = async (ms: number) => {
      h.clock.advance(ms);
      h.app.host.delivery.flushAll();
      await h.app.host.idle();
    };
    await step(0);
    expect(invited()).toBe(1);
    // One more after each 5-second gap, never two at once.
    await step(4_000);
    expect(invited()).toBe(1);
    await step(1_000);
    expect(invited()).toBe(2);
    await step(5_000);
    expect(invited()).toBe(3);
    // The hourly cap of 3 holds the rest until the hour has passed.
    await step(5_000);
    await step(60_000);
    expect(invited()).toBe(3);
    await step(3_600_000);
    await step(5_000);
    await step(5_000);
    expect(invited()).toBe(5);
    for (const r of people) expect(h.sock.textsTo(r.address).filter((t) => t.includes("Rembug warga RW 03"))).toHaveLength(1);

    // Numbered on WhatsApp; "2" answers the invitation on the resident's screen.
    const first = people[0]!.address;
    expect(h.sock.textsTo(first)[0]).toContain("1. Hadir\n2. Tidak hadir\n3. Mungkin");
    const thanks = await h.receive(first, wa.text(first, "2"));
    expect(thanks.join("\n")).toContain("Terima kasih atas kabarnya");
    expect(broadcaster.repo.recipient(1, people[0]!.id)?.rsvp).toBe("tidak");
  });
});
