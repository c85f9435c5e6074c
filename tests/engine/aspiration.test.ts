import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InboundContent } from "../../src/core/messages.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { imageTypeOf } from "../../src/app/media.js";
import { jpegWithGps } from "../support/photos.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.register("u1", "Siti Aminah", "3", "2");
});
afterEach(async () => {
  await h.close();
});

const DESC = "Jalan di Gang Mawar berlubang besar dan tergenang saat hujan";

async function fillTo(step: "description" | "location" | "photo" | "summary"): Promise<void> {
  await h.send("u1", "/aspirasi");
  await h.send("u1", "1");
  if (step === "description") return;
  await h.send("u1", DESC);
  if (step === "location") return;
  await h.send("u1", "Gang Mawar depan musala");
  if (step === "photo") return;
  await h.send("u1", "lewati");
}

interface Case {
  description: string;
  at: "description" | "location" | "photo" | "summary";
  input: string | InboundContent;
  expected: RegExp;
}

const badInputs: Case[] = [
  { description: "a too-short description says how short", at: "description", input: "jalan rusak", expected: /terlalu pendek \(11 huruf\)[\s\S]*15/ },
  { description: "a 5,000-character description says it is too long", at: "description", input: "a".repeat(5000), expected: /terlalu panjang \(5\.000 huruf\)[\s\S]*2\.000/ },
  { description: "an empty description (only control characters) is refused", at: "description", input: "\u0000\u0007  ", expected: /kosong/ },
  { description: "emoji only is refused", at: "description", input: "😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡", expected: /bukan hanya emoji/ },
  { description: "a photo where text was expected is explained", at: "description", input: { kind: "photo", ref: "x", path: "p.jpg" }, expected: /langkah foto[\s\S]*ceritakan/ },
  { description: "a voice note gets a polite answer", at: "location", input: { kind: "unsupported", what: "voice" }, expected: /pesan suara[\s\S]*lokasinya/ },
  { description: "text at the photo step asks for a photo or Lewati", at: "photo", input: "nanti saja ya", expected: /kirim satu foto/ },
  { description: "an unknown command keeps the flow", at: "location", input: "/foo", expected: /\/foo tidak dikenal[\s\S]*lokasinya/ },
  { description: "a number out of range at the summary", at: "summary", input: "7", expected: /1 sampai 3/ },
];

describe("aspiration flow", () => {
  it("goes category, description, location, photo, summary and gives a ticket", async () => {
    expect(textOf(await h.send("u1", "1"))).toMatch(/termasuk bidang apa/);
    expect(textOf(await h.send("u1", "jalan"))).toMatch(/ceritakan usulan/);
    expect(textOf(await h.send("u1", DESC))).toMatch(/Di mana lokasinya/);
    expect(textOf(await h.send("u1", "Gang Mawar depan musala"))).toMatch(/kirim satu foto/);
    const summary = textOf(await h.press("u1", "skip"));
    expect(summary).toMatch(/Bidang: Jalan \/ gang[\s\S]*Lokasi: Gang Mawar depan musala[\s\S]*Foto: tidak ada[\s\S]*RT 02 \/ RW 03/);
    const done = textOf(await h.send("u1", "Kirim"));
    const ticket = /ASP-[2-9A-Z]{4}/.exec(done)?.[0];
    expect(ticket).toBeDefined();
    const stored = h.app.store.aspirations.byTicket(ticket!);
    expect(stored).toMatchObject({ category: "jalan", tridaya: "lingkungan", rw: 3, rt: 2, status: "diterima", description: DESC });
  });

  it("stores a shared location pin and a downloaded photo", async () => {
    await fillTo("location");
    await h.send("u1", { kind: "location", lat: -6.2, lon: 106.816666 });
    const ref = h.channel.addMedia(await jpegWithGps());
    expect(textOf(await h.send("u1", { kind: "photo", ref }))).toMatch(/Foto diterima[\s\S]*Titik lokasi -6\.20000, 106\.81667/);
    const done = textOf(await h.send("u1", "1"));
    const a = h.app.store.aspirations.byTicket(/ASP-\w{4}/.exec(done)![0])!;
    expect(a).toMatchObject({ lat: -6.2, lon: 106.816666, locationText: null });
    expect(a.photoPath).toMatch(/^photos\/2026\/11\//);
    expect(imageTypeOf(readFileSync(path.join(h.dataDir, a.photoPath!)))).toBe("jpeg");
  });

  it("a photo sent on the summary screen is taken as the photo, as the photo step takes it", async () => {
    await fillTo("summary");
    const ref = h.channel.addMedia(await jpegWithGps());
    const r = textOf(await h.send("u1", { kind: "photo", ref }));
    expect(r).toMatch(/Foto diterima[\s\S]*Foto: ada[\s\S]*Kirim aspirasi ini/);
    expect(r).not.toMatch(/balas dengan angka pilihan/i);
    const a = h.app.store.aspirations.byTicket(/ASP-\w{4}/.exec(textOf(await h.send("u1", "1")))![0])!;
    expect(imageTypeOf(readFileSync(path.join(h.dataDir, a.photoPath!)))).toBe("jpeg");
  });

  it("a photo on the summary that could not be downloaded is asked again, without offering Lewati", async () => {
    await fillTo("summary");
    const r = textOf(await h.send("u1", { kind: "photo", ref: "missing" }));
    expect(r).toMatch(/foto gagal kami terima\. Mohon kirim ulang fotonya\.[\s\S]*Kirim aspirasi ini/);
    expect(r).not.toMatch(/Lewati/);
  });

  it("asks again when a photo could not be downloaded", async () => {
    await fillTo("photo");
    expect(textOf(await h.send("u1", { kind: "photo", ref: "missing" }))).toMatch(/gagal/);
  });

  it("Ubah fixes one field and returns to the summary with the rest kept", async () => {
    await fillTo("summary");
    expect(textOf(await h.send("u1", "ubah"))).toMatch(/Bagian mana/);
    expect(textOf(await h.send("u1", "Lokasi"))).toMatch(/Di mana lokasinya/);
    const summary = textOf(await h.send("u1", "Gang Melati RT 02"));
    expect(summary).toMatch(/Ringkasan[\s\S]*Lokasi: Gang Melati RT 02/);
    expect(summary).toContain(DESC);
  });

  it("Batal at the summary stores nothing", async () => {
    await fillTo("summary");
    expect(textOf(await h.send("u1", "3"))).toMatch(/dibatalkan[\s\S]*Menu utama/);
    expect(h.app.store.aspirations.listByResident(h.app.store.residents.findByIdentity("fake", "u1")!.id)).toEqual([]);
  });

  it.each(badInputs)("$description, keeping what was entered", async ({ at, input, expected }) => {
    await fillTo(at);
    expect(textOf(await h.send("u1", input))).toMatch(expected);
    if (at === "summary") expect(textOf(await h.send("u1", "1"))).toMatch(/ASP-/);
  });

  it("gives different tickets to different aspirations", async () => {
    const tickets = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await fillTo("summary");
      tickets.add(/ASP-\w{4}/.exec(textOf(await h.send("u1", "kirim")))![0]);
    }
    expect(tickets.size).toBe(5);
    expect(existsSync(path.join(h.dataDir, "rembug.db"))).toBe(true);
  });
});
