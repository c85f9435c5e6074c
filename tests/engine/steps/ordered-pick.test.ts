import { describe, expect, it } from "vitest";
import { parsePicks } from "../../../src/engine/steps/ordered-pick.js";
import type { ChoiceOption } from "../../../src/engine/types.js";
import { encodeChoice } from "../../../src/core/messages.js";
import { envAt, oneStep, resident } from "./step-env.js";

const options: ChoiceOption[] = ["Jalan", "Drainase", "Sampah", "Air bersih", "PJU", "Posyandu", "Pos ronda"].map((label, i) => ({
  value: `u${i + 1}`,
  label,
}));
const words = { done: ["selesai"], reset: ["ulang"] };

const cases: Array<{ input: string; expected: ReturnType<typeof parsePicks> }> = [
  { input: "4 1 7", expected: { kind: "picks", values: ["u4", "u1", "u7"], whole: true } },
  { input: "4,1,7", expected: { kind: "picks", values: ["u4", "u1", "u7"], whole: true } },
  { input: "4, 1 dan 7", expected: { kind: "picks", values: ["u4", "u1", "u7"], whole: true } },
  { input: "4", expected: { kind: "picks", values: ["u4"], whole: false } },
  { input: "drainase", expected: { kind: "picks", values: ["u2"], whole: false } },
  { input: "Selesai", expected: { kind: "done" } },
  { input: "ulang", expected: { kind: "reset" } },
  { input: "4 9", expected: { kind: "invalid", key: "input-pick-not-listed", args: { number: "9" } } },
  { input: "4 4", expected: { kind: "invalid", key: "input-pick-duplicate", args: { label: "Air bersih" } } },
  { input: "terserah", expected: { kind: "invalid", key: "input-pick-unreadable" } },
];

describe("ordered pick", () => {
  for (const c of cases) {
    it(`reads "${c.input}"`, () => {
      expect(parsePicks(c.input, options, words)).toEqual(c.expected);
    });
  }

  const step = oneStep({
    kind: "ordered-pick",
    max: 3,
    dataKey: "prioritas",
    options: () => options,
    prompt: () => "Urutkan prioritas:",
    onPick: (values) => ({ say: [{ text: `urutan ${values.join(",")}` }], end: { showMenu: false } }),
  });

  it("takes the whole order at once and shows it back", () => {
    const r = step.run(["4 1 7"], envAt(0));
    expect(r.text).toBe("Urutan pilihan Bapak/Ibu:\n1. Air bersih\n2. Jalan\n3. Pos ronda\n\nurutan u4,u1,u7");
  });

  it("takes one at a time, showing the order so far, and stops at the cap", () => {
    const step1 = step.run(["4"], envAt(0));
    expect(step1.text).toMatch(/1\. Air bersih\nPilih nomor berikutnya \(masih bisa 2 lagi\)[\s\S]*Urutkan prioritas/);
    expect(step1.session.data.prioritas).toEqual(["u4"]);
    expect(step.run(["4", "1"], envAt(0)).text).toMatch(/1\. Air bersih\n2\. Jalan\nPilih nomor berikutnya \(masih bisa 1 lagi\)/);
    expect(step.run(["4", "1", "7"], envAt(0)).text).toMatch(/3\. Pos ronda\n\nurutan u4,u1,u7$/);
  });

  it("SELESAI ends with fewer than the cap; the words come from the locale files", () => {
    expect(step.run(["4", "2", "selesai"], envAt(0)).text).toMatch(/2\. Drainase\n\nurutan u4,u2$/);
    expect(step.run(["4", "cukup"], envAt(0)).text).toMatch(/urutan u4$/);
  });

  it("refuses more than the cap, a repeated pick and SELESAI before any pick", () => {
    expect(step.run(["4 1 7 2"], envAt(0)).text).toMatch(/Paling banyak 3 pilihan/);
    expect(step.run(["4", "4"], envAt(0)).text).toMatch(/"Air bersih" sudah dipilih/);
    expect(step.run(["selesai"], envAt(0)).text).toMatch(/paling sedikit 1/);
  });

  it("a pressed button adds one pick, as a typed number does", () => {
    const first = step.run(["4"], envAt(0));
    const r = step.engine.handle(
      { session: first.session, resident, content: { kind: "choice", value: encodeChoice("uji.ask", "u2") } },
      envAt(0),
    );
    expect(r.replies.map((m) => m.text).join("\n")).toMatch(/1\. Air bersih\n2\. Drainase\nPilih nomor berikutnya/);
    expect(r.session.data.prioritas).toEqual(["u4", "u2"]);
  });

  it("ULANG clears the picks", () => {
    const r = step.run(["4", "ulang"], envAt(0));
    expect(r.text).toMatch(/dikosongkan/);
    expect(r.session.data.prioritas).toEqual([]);
  });
});
