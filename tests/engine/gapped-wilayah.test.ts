/**
 * A kelurahan whose RW and RT numbers have gaps (RWs 1, 2, 4, 5; RTs 1, 2, 5, 7): every RW and RT is listed under
 * its own number, so the number a resident types is the area they live in, on every channel.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { makeWaTestApp, type WaTestApp } from "../support/fake-baileys-app.js";
import { wa } from "../support/fake-baileys.js";
import { tempDataDir } from "../support/telegram-test-app.js";
import { renderNumbered } from "../../src/channels/console/render.js";

/** RWs 1, 2, 4, 5; RW 05 has RTs 1, 2, 5, 7; the others RTs 1-2. */
function gappedWilayah(): string {
  const rows = ["rw,rt", "1,1", "1,2", "2,1", "2,2", "4,1", "4,2", "5,1", "5,2", "5,5", "5,7"];
  const file = path.join(tempDataDir("rembug-wilayah-"), "wilayah.csv");
  writeFileSync(file, rows.join("\n") + "\n");
  return file;
}

interface Case {
  description: string;
  rw: string;
  rt: string;
  expected: { rw: number; rt: number };
}

const cases: Case[] = [
  { description: "RW 5 typed as 5 after a gap is RW 05, not the fourth RW", rw: "5", rt: "1", expected: { rw: 5, rt: 1 } },
  { description: "RW 4 typed as 4 is RW 04, not RW 05", rw: "4", rt: "2", expected: { rw: 4, rt: 2 } },
  { description: "RT 5 typed as 5 is RT 05", rw: "5", rt: "5", expected: { rw: 5, rt: 5 } },
  { description: "RT 7 typed as 7 is RT 07", rw: "5", rt: "7", expected: { rw: 5, rt: 7 } },
  { description: "'RW 05' and 'rt 07' still work", rw: "RW 05", rt: "rt 07", expected: { rw: 5, rt: 7 } },
];

describe("gapped wilayah through the engine", () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it("lists each RW and RT under its own number", async () => {
    h = await createHarness({ env: { WILAYAH_FILE: gappedWilayah() } });
    await h.send("u", "halo");
    await h.send("u", "1");
    await h.send("u", "Budi");
    const rwQuestion = h.lastQuestion("u")!;
    expect(rwQuestion.options).toEqual([
      { value: "1", number: 1, label: "RW 01" },
      { value: "2", number: 2, label: "RW 02" },
      { value: "4", number: 4, label: "RW 04" },
      { value: "5", number: 5, label: "RW 05" },
    ]);
    await h.send("u", "5");
    expect(h.lastQuestion("u")!.options!.map((o) => o.number)).toEqual([1, 2, 5, 7]);
  });

  for (const c of cases) {
    it(c.description, async () => {
      h = await createHarness({ env: { WILAYAH_FILE: gappedWilayah() } });
      await h.register("u", "Budi Santoso", c.rw, c.rt);
      const r = h.app.store.residents.findByIdentity("fake", "u");
      expect(r && { rw: r.rw, rt: r.rt, registered: r.registered }).toEqual({ ...c.expected, registered: true });
    });
  }

  it("refuses a number that is not on the list, naming the numbers that are", async () => {
    h = await createHarness({ env: { WILAYAH_FILE: gappedWilayah() } });
    await h.send("u", "halo");
    await h.send("u", "1");
    await h.send("u", "Budi");
    expect(textOf(await h.send("u", "3"))).toMatch(/tidak ada di daftar[\s\S]*1, 2, 4, 5[\s\S]*RW berapa/);
    await h.send("u", "5");
    expect(textOf(await h.send("u", "4"))).toMatch(/tidak ada di daftar[\s\S]*1, 2, 5, 7/);
  });
});

describe("gapped wilayah in the console simulator", () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it("prints the RW list numbered by RW", async () => {
    h = await createHarness({ env: { WILAYAH_FILE: gappedWilayah() } });
    await h.send("u", "halo");
    await h.send("u", "1");
    await h.send("u", "Budi");
    expect(renderNumbered(h.lastQuestion("u")!, "Balas dengan angka:")).toMatch(/Balas dengan angka:\n1\. RW 01\n2\. RW 02\n4\. RW 04\n5\. RW 05$/);
  });
});

describe("gapped wilayah over Telegram (grammY against the fake Bot API)", () => {
  let h: TelegramHarness;
  afterEach(async () => {
    await h.close();
  });

  it("a typed RW and RT number register the resident in that RW and RT", async () => {
    h = await makeTelegramHarness({ env: { WILAYAH_FILE: gappedWilayah() } });
    const say = async (text: string) => (await h.send("7001", { kind: "text", text })).map((r) => r.text).join("\n");
    await say("halo");
    await say("1");
    await say("Budi Santoso");
    // There is no RW 03: the third button (RW 04) is not what "3" means.
    expect(await say("3")).toMatch(/tidak ada di daftar[\s\S]*RW berapa/);
    expect(await say("5")).toMatch(/RW 05/);
    expect(await say("7")).toMatch(/RT 07 \/ RW 05/);
    const r = h.app.store.residents.findByIdentity("telegram", "7001")!;
    expect({ rw: r.rw, rt: r.rt }).toEqual({ rw: 5, rt: 7 });
  });

  it("a pressed RW button registers the RW it names", async () => {
    h = await makeTelegramHarness({ env: { WILAYAH_FILE: gappedWilayah() } });
    await h.send("7002", { kind: "text", text: "halo" });
    await h.send("7002", { kind: "text", text: "1" });
    const [rwQuestion] = await h.send("7002", { kind: "text", text: "Budi Santoso" });
    expect(rwQuestion!.options).toEqual(["RW 01", "RW 02", "RW 04", "RW 05"]);
    const [rtQuestion] = await h.press("7002", rwQuestion!, "RW 04");
    await h.press("7002", rtQuestion!, "RT 02");
    const r = h.app.store.residents.findByIdentity("telegram", "7002")!;
    expect({ rw: r.rw, rt: r.rt }).toEqual({ rw: 4, rt: 2 });
  });
});

describe("gapped wilayah over WhatsApp (fake Baileys socket)", () => {
  let h: WaTestApp;
  afterEach(async () => {
    await h.close();
  });

  it("shows the RW list numbered by RW and registers the number typed", async () => {
    h = await makeWaTestApp({ env: { WILAYAH_FILE: gappedWilayah() } });
    const jid = "6281100000009@s.whatsapp.net";
    const say = async (text: string) => (await h.receive(jid, wa.text(jid, text))).join("\n");
    await say("halo");
    await say("1");
    expect(await say("Budi Santoso")).toMatch(/1\. RW 01\n2\. RW 02\n4\. RW 04\n5\. RW 05/);
    expect(await say("5")).toMatch(/1\. RT 01\n2\. RT 02\n5\. RT 05\n7\. RT 07/);
    expect(await say("5")).toMatch(/RT 05 \/ RW 05/);
    const r = h.app.store.residents.findByIdentity("whatsapp", jid)!;
    expect({ rw: r.rw, rt: r.rt }).toEqual({ rw: 5, rt: 5 });
  });
});
