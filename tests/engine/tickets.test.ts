/** Ticket numbers: unambiguous characters, never a taken number, longer only when the shorter ones run out. */
import { describe, expect, it } from "vitest";
import { newTicket, parseTicket, TICKET_ALPHABET } from "../../src/engine/tickets.js";
import { seededRandom } from "../support/seeded-random.js";

const SEED = Number(process.env.TICKET_SEED ?? 20261201);

describe("tickets", () => {
  it("are short and use only unambiguous characters", () => {
    const rnd = seededRandom(SEED);
    for (let n = 0; n < 200; n++) {
      const t = newTicket("ASP", () => false, rnd);
      expect(t).toMatch(/^ASP-[2-9A-Z]{4}$/);
      for (const ch of t.slice(4)) expect(TICKET_ALPHABET).toContain(ch);
    }
    expect(TICKET_ALPHABET).not.toMatch(/[01ILOU]/);
  });

  it("skip a number that is already taken", () => {
    // The number the generator would draw first with this seed is taken: it must draw another.
    const first = newTicket("ASP", () => false, seededRandom(SEED));
    const asked: string[] = [];
    const t = newTicket("ASP", (x) => (asked.push(x), x === first), seededRandom(SEED));
    expect(asked[0]).toBe(first);
    expect(t).not.toBe(first);
    expect(t).toMatch(/^ASP-[2-9A-Z]{4}$/);
  });

  it("stay unique over 5,000 numbers drawn from a crowded space", () => {
    // A random source with only 64 distinct values per character keeps collisions frequent.
    const base = seededRandom(SEED);
    const coarse = () => Math.floor(base() * 8) / 8;
    const taken = new Set<string>();
    let collisions = 0;
    for (let n = 0; n < 5000; n++) {
      const t = newTicket("ASP", (x) => (taken.has(x) ? (collisions++, true) : false), coarse);
      expect(taken.has(t)).toBe(false);
      taken.add(t);
    }
    expect(taken.size).toBe(5000);
    // The space of 4 coarse characters (8^4 = 4,096) is smaller than 5,000: the generator had to grow.
    expect(collisions).toBeGreaterThan(0);
    expect([...taken].some((t) => t.length === "ASP-".length + 5)).toBe(true);
  });

  it("grow to five characters after 16 taken four-character draws, and to six after 16 more", () => {
    const asked: string[] = [];
    const five = newTicket("ASP", (x) => (asked.push(x), x.length === 8), seededRandom(SEED));
    expect(asked.map((x) => x.length)).toEqual([...Array(16).fill(8), 9]);
    expect(five).toMatch(/^ASP-[2-9A-Z]{5}$/);

    asked.length = 0;
    const six = newTicket("ASP", (x) => (asked.push(x), x.length <= 9), seededRandom(SEED));
    expect(asked.map((x) => x.length)).toEqual([...Array(16).fill(8), ...Array(16).fill(9), 10]);
    expect(six).toMatch(/^ASP-[2-9A-Z]{6}$/);
  });

  it("give up with an error, never a taken number, when every draw is taken", () => {
    let calls = 0;
    expect(() => newTicket("ASP", () => (calls++, true), seededRandom(SEED))).toThrow(/free ticket/);
    expect(calls).toBe(64);
  });

  it("are read however a person types them", () => {
    expect(parseTicket("ASP", "asp 7k3q")).toBe("ASP-7K3Q");
    expect(parseTicket("ASP", "7K3Q")).toBe("ASP-7K3Q");
    expect(parseTicket("ASP", "ASP-7K3QX")).toBe("ASP-7K3QX");
    expect(parseTicket("ASP", "hello world")).toBeNull();
  });
});
