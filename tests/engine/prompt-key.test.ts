import { describe, expect, it } from "vitest";
import { isCurrentPrompt, promptKey } from "../../src/engine/prompt-key.js";

const summary = (location: string) => ({ text: `*Ringkasan aspirasi*\nLokasi: ${location}`, options: [{ value: "kirim", label: "Kirim" }] });

describe("prompt keys: a button belongs to the prompt it was sent with", () => {
  it.each([
    { description: "the same prompt shown again", pressed: promptKey("aspirasi.confirm", summary("Gang Mawar")), current: summary("Gang Mawar"), expected: true },
    { description: "the same step showing another draft", pressed: promptKey("aspirasi.confirm", summary("Gang Mawar")), current: summary("Gang Melati"), expected: false },
    { description: "another step", pressed: promptKey("aspirasi.edit", summary("Gang Mawar")), current: summary("Gang Mawar"), expected: false },
    { description: "a button from before nonces existed (matched by step)", pressed: "aspirasi.confirm", current: summary("Gang Melati"), expected: true },
    { description: "a step with no prompt now", pressed: promptKey("aspirasi.confirm", summary("Gang Mawar")), current: undefined, expected: false },
  ])("$description: current = $expected", ({ pressed, current, expected }) => {
    expect(isCurrentPrompt(pressed, "aspirasi.confirm", current)).toBe(expected);
  });

  it("is short enough for Telegram's 64-byte callback data", () => {
    expect(promptKey("registrasi.consent", summary("x")).length).toBeLessThanOrEqual("registrasi.consent".length + 8);
  });
});
