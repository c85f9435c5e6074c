/** Invite codes as typed, and /undang requests checked against the wilayah (tables of input -> result). */
import { describe, expect, it } from "vitest";
import { loadWilayahFile } from "../../src/core/wilayah.js";
import { hashInviteCode, newInviteCode, parseInviteCode } from "../../src/roles/invite-code.js";
import { checkInviteRequest, splitInviteArgs } from "../../src/roles/invite-request.js";

describe("parseInviteCode", () => {
  const cases: Array<[string, string | null]> = [
    ["RT-4K7Q-9M2X", "RT-4K7Q-9M2X"],
    ["rt 4k7q 9m2x", "RT-4K7Q-9M2X"],
    ["rt4k7q9m2x", "RT-4K7Q-9M2X"],
    ["LPMK-4K7Q-9M2X", "LPMK-4K7Q-9M2X"],
    ["pkm.4k7q.9m2x", "PKM-4K7Q-9M2X"],
    ["RT-4K7Q-9M2", null],
    ["RT-4K7Q-9M2XX", null],
    ["RT-4K7O-9M2X", null],
    ["XX-4K7Q-9M2X", null],
    ["ASP-7K3Q", null],
    ["halo pak rt", null],
  ];
  for (const [input, expected] of cases) it(`reads "${input}" as ${expected}`, () => expect(parseInviteCode(input)).toBe(expected));

  it("makes codes it can read back, with the role's prefix, and hashes them one way", () => {
    const code = newInviteCode("ketua_pokmas");
    expect(code).toMatch(/^PKM-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseInviteCode(code)).toBe(code);
    expect(hashInviteCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteCode(code)).not.toBe(hashInviteCode(newInviteCode("ketua_pokmas")));
  });
});

describe("checkInviteRequest", () => {
  const wilayah = loadWilayahFile("wilayah.example.csv");
  const pokmas = (name: string) => (name.toLowerCase() === "pkk rw 03" ? { id: 7 } : undefined);
  const cases: Array<[string, unknown]> = [
    ["ketua_rt 3 2", { ok: true, grant: { role: "ketua_rt", rw: 3, rt: 2 } }],
    ["ketua-rt 03 02", { ok: true, grant: { role: "ketua_rt", rw: 3, rt: 2 } }],
    ["ketua_rt 3", { ok: false, key: "undang-usage" }],
    ["ketua_rt 3 2 1", { ok: false, key: "undang-usage" }],
    ["ketua_rt 3 9", { ok: false, key: "undang-unknown-rt", args: { rw: "03", rt: "09" } }],
    ["ketua_rw 3", { ok: true, grant: { role: "ketua_rw", rw: 3 } }],
    ["ketua_rw 9", { ok: false, key: "undang-unknown-rw", args: { rw: "09" } }],
    ["ketua_rw", { ok: false, key: "undang-usage" }],
    ["pengurus_lpmk", { ok: true, grant: { role: "pengurus_lpmk" } }],
    ["pengurus_lpmk 3", { ok: false, key: "undang-usage" }],
    ['ketua_pokmas "PKK RW 03"', { ok: true, grant: { role: "ketua_pokmas", pokmasId: 7 } }],
    ["ketua_pokmas “PKK RW 03”", { ok: true, grant: { role: "ketua_pokmas", pokmasId: 7 } }],
    ['ketua_pokmas "Karang Taruna"', { ok: false, key: "undang-unknown-pokmas", args: { name: "Karang Taruna" } }],
    ["kader", { ok: true, grant: { role: "kader" } }],
    ["kader 4", { ok: true, grant: { role: "kader", rw: 4 } }],
    ["kader 4 1", { ok: false, key: "undang-usage" }],
    ["admin", { ok: false, key: "undang-usage" }],
    ["lurah 3", { ok: false, key: "undang-usage" }],
    ["ketua_rt tiga dua", { ok: false, key: "undang-usage" }],
  ];
  for (const [arg, expected] of cases) it(`answers "/undang ${arg}"`, () => expect(checkInviteRequest(splitInviteArgs(arg), wilayah, pokmas)).toEqual(expected));
});
