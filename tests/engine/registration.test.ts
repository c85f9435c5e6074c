import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InboundContent } from "../../src/core/messages.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

type Input = string | InboundContent;
interface Case {
  description: string;
  inputs: Input[];
  /** Matched against the replies to the last input. */
  expected: { text: RegExp; options?: string[]; not?: RegExp };
}

const cases: Case[] = [
  {
    description: "any first message gets the welcome and the consent question",
    inputs: ["halo pak"],
    expected: { text: /Selamat datang[\s\S]*UU No\. 27 Tahun 2022/, options: ["Setuju", "Tidak setuju"] },
  },
  {
    description: "/start also begins registration",
    inputs: ["/start"],
    expected: { text: /Persetujuan data pribadi/ },
  },
  {
    description: "consent by typing the label asks for the name",
    inputs: ["halo", "setuju"],
    expected: { text: /Siapa nama/ },
  },
  {
    description: "refusing consent explains how to start again",
    inputs: ["halo", "2"],
    expected: { text: /ketik \/start/i },
  },
  {
    description: "after refusing, later messages get a reminder, not the consent form",
    inputs: ["halo", "Tidak setuju", "mau lapor jalan rusak"],
    expected: { text: /belum menyetujui/, not: /Persetujuan data pribadi/ },
  },
  {
    description: "RW is accepted as 'RW 3'",
    inputs: ["halo", "1", "Budi", "RW 3"],
    expected: { text: /RW 03, Bapak\/Ibu tinggal di RT berapa/, options: ["RT 01", "RT 02", "RT 03", "RT 04", "RT 05", "RT 06"] },
  },
  {
    description: "RW is accepted as '003'",
    inputs: ["halo", "1", "Budi", "003"],
    expected: { text: /RW 03/ },
  },
  {
    description: "an RW that does not exist is refused politely and the question repeats",
    inputs: ["halo", "1", "Budi", "9"],
    expected: { text: /tidak ada[\s\S]*RW berapa/ },
  },
  {
    description: "an RT must belong to the chosen RW",
    inputs: ["halo", "1", "Budi", "4", "6"],
    expected: { text: /tidak ada[\s\S]*RT berapa/ },
  },
  {
    description: "a name made only of emoji is refused",
    inputs: ["halo", "1", "😀😀😀"],
    expected: { text: /kata-kata[\s\S]*Siapa nama/ },
  },
  {
    description: "registration ends on the main menu",
    inputs: ["halo", "1", "Budi Santoso", "3", "RT 05"],
    expected: {
      text: /Pendaftaran selesai[\s\S]*Budi Santoso \(RT 05 \/ RW 03\)[\s\S]*Menu utama/,
      options: ["Sampaikan aspirasi", "Cek status aspirasi", "Ubah data diri", "Bahasa / Language", "Bantuan", "Dukung usulan warga"],
    },
  },
  {
    description: "a typo in a choice label is tolerated",
    inputs: ["halo", "stuju"],
    expected: { text: /Siapa nama/ },
  },
  {
    description: "a sticker during registration gets a polite answer and the question again",
    inputs: ["halo", "1", { kind: "unsupported", what: "sticker" }],
    expected: { text: /stiker[\s\S]*Siapa nama/ },
  },
];

describe("registration", () => {
  it.each(cases)("$description", async ({ inputs, expected }) => {
    let replies = await h.send("u1", inputs[0]!);
    for (const input of inputs.slice(1)) replies = await h.send("u1", input);
    const text = textOf(replies);
    expect(text).toMatch(expected.text);
    if (expected.not) expect(text).not.toMatch(expected.not);
    if (expected.options) expect(replies.at(-1)?.options?.map((o) => o.label)).toEqual(expected.options);
  });

  it("stores the resident with consent, name, RW and RT", async () => {
    await h.register("u1", "Budi Santoso", "RW 3", "05");
    const r = h.app.store.residents.findByIdentity("fake", "u1");
    expect(r).toMatchObject({ name: "Budi Santoso", rw: 3, rt: 5, consent: "given", registered: true });
  });

  it("stores nothing but the refusal when consent is refused", async () => {
    await h.send("u1", "halo");
    await h.send("u1", "2");
    const r = h.app.store.residents.findByIdentity("fake", "u1");
    expect(r).toMatchObject({ name: null, rw: null, rt: null, consent: "refused", registered: false });
    const audit = h.app.store.audit.recent(10, "consent.refused");
    expect(audit).toHaveLength(1);
  });

  it("accepts a button press for a choice", async () => {
    await h.send("u1", "halo");
    const replies = await h.press("u1", "yes");
    expect(textOf(replies)).toMatch(/Siapa nama/);
  });

  it("answers a button from an earlier question as stale and repeats the current one", async () => {
    await h.send("u1", "halo");
    const consent = h.lastQuestion("u1")!;
    await h.send("u1", "1");
    await h.send("u1", "Budi");
    const replies = await h.send("u1", { kind: "choice", value: `${consent.choiceKey}|yes` });
    expect(textOf(replies)).toMatch(/tidak berlaku[\s\S]*RW berapa/);
  });
});
