/**
 * Neighbours see a neutral title (category · place) of a proposal in "Dukung usulan" and the duplicate hint,
 * never the resident's words, names or house numbers.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { neutralPlace, neutralTitle } from "../../src/aggregator/neutral-title.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

describe("the neutral place", () => {
  const table: Array<[string | null, string | null]> = [
    ["Gang Mawar dekat rumah Bu Sri nomor 7", "Gang Mawar"],
    ["depan warung Pak Budi, Gang Melati", "Gang Melati"],
    ["Jl. Kenanga 5", "Jl. Kenanga"],
    ["Jalan Raya Sukamaju 120 depan SDN 3", "Jalan Raya Sukamaju depan SDN 3"],
    ["Blok C no. 12A", "Blok C"],
    ["dekat masjid Al-Ikhlas, Jl. Anggrek No 3", "dekat masjid Al-Ikhlas, Jl. Anggrek"],
    ["Gang Mawar depan musala", "Gang Mawar depan musala"],
    ["Gang 7 RT 03", "Gang 7 RT 03"],
    ["Gg. Haji Naim", "Gg. Haji Naim"],
    ["samping rumah saya", null],
    ["rumah Pak RT", null],
    ["jalan depan rumah Bu Sri nomor 7", null],
    ["Gang Kenari #12\ndekat rumah Ibu Wati", "Gang Kenari"],
    [null, null],
  ];
  it.each(table)("%j is shown as %j", (input, expected) => {
    expect(neutralPlace(input)).toBe(expected);
  });

  it("builds the title from the category label and the place, or the stand-in when no place is left", () => {
    expect(neutralTitle("Drainase / gorong-gorong", "Gang Mawar dekat rumah Bu Sri nomor 7", "RW 03")).toBe("Drainase / gorong-gorong · Gang Mawar");
    expect(neutralTitle("Jalan / gang", "depan rumah Pak Darto", "RW 03")).toBe("Jalan / gang · RW 03");
  });

  it("keeps a long place short", () => {
    expect([...neutralPlace("Jalan Raya Sukamaju Timur arah perbatasan kelurahan sebelah utara pasar")!].length).toBeLessThanOrEqual(40);
  });
});

describe("what neighbours see", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const WORDS = "Got di Jl. Mawar mampet kalau hujan, air masuk rumah";
  async function file(user: string, description: string, location: string, ingest = true): Promise<number> {
    await h.send(user, "/aspirasi");
    await h.press(user, "drainase");
    await h.send(user, description);
    await h.send(user, location);
    await h.send(user, "lewati");
    const ticket = /ASP-\w{4}/.exec(textOf(await h.send(user, "kirim")))![0];
    const id = h.app.store.aspirations.byTicket(ticket)!.id;
    if (!ingest) return id;
    expect(h.app.aggregator.ingest(id).ok).toBe(true);
    await h.app.host.idle();
    return id;
  }
  const leaks = (text: string) => /Sri|nomor 7|mampet|air masuk|hujan/.test(text);

  it("the duplicate hint and the neighbour's session hold the neutral title, not the words", async () => {
    await h.register("u1", "Sri Wahyuni");
    await h.register("u2", "Budi Santoso");
    // u2 files before u1's aspiration is aggregated (else the summary step offers it): the hint speaks afterwards.
    const first = await file("u1", WORDS, "Jl Mawar depan rumah Bu Sri nomor 7", false);
    const second = await file("u2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar depan rumah bu sri no 7", false);
    expect(h.app.aggregator.ingest(first).ok).toBe(true);
    const mark = h.channel.mark;
    expect(h.app.aggregator.ingest(second).ok).toBe(true);
    await h.app.host.idle();
    const hint = h.channel.sentSince("u2", mark).at(-1)!;
    expect(hint.text).toContain('"Drainase / gorong-gorong · Jl Mawar"');
    expect(leaks(hint.text)).toBe(false);
    const u2 = h.app.store.residents.findByIdentity("fake", "u2")!.id;
    expect(leaks(JSON.stringify(h.app.store.sessions.get(u2)))).toBe(false);
    // Answering later with /dukung <ticket> shows the same neutral title.
    const ticket = /\((ASP-\w{4})\)/.exec(hint.text)![1]!;
    await h.send("u2", "menu");
    const later = textOf(await h.send("u2", `/dukung ${ticket}`));
    expect(later).toContain("Drainase / gorong-gorong · Jl Mawar");
    expect(leaks(later)).toBe(false);
  });

  it("Dukung usulan lists the neutral title only", async () => {
    await h.register("u1", "Sri Wahyuni");
    await h.register("u3", "Ani", "3", "4");
    await file("u1", WORDS, "Jl Mawar depan rumah Bu Sri nomor 7");
    const list = textOf(await h.send("u3", "dukung"));
    expect(h.lastQuestion("u3")!.options?.[0]?.label).toBe("Drainase / gorong-gorong · Jl Mawar (1 warga)");
    const added = textOf(await h.send("u3", "1"));
    expect(leaks(list + added)).toBe(false);
  });
});
