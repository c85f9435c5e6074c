import { describe, expect, it } from "vitest";
import { grantCovers, mayAct, roleWords, type RoleGrant, type Scope } from "../../src/core/roles.js";

const rt0203: RoleGrant = { role: "ketua_rt", rw: 3, rt: 2 };
const rw03: RoleGrant = { role: "ketua_rw", rw: 3 };
const pkk: RoleGrant = { role: "ketua_pokmas", pokmasId: 7 };
const lpmk: RoleGrant = { role: "pengurus_lpmk" };
const kaderRw4: RoleGrant = { role: "kader", rw: 4 };

describe("role scopes", () => {
  const table: Array<{ grant: RoleGrant; scope: Scope; covers: boolean }> = [
    { grant: rt0203, scope: { rw: 3, rt: 2 }, covers: true },
    { grant: rt0203, scope: { rw: 3, rt: 1 }, covers: false },
    { grant: rt0203, scope: { rw: 4, rt: 2 }, covers: false },
    { grant: rt0203, scope: { rw: 3 }, covers: false },
    { grant: rw03, scope: { rw: 3 }, covers: true },
    { grant: rw03, scope: { rw: 3, rt: 5 }, covers: true },
    { grant: rw03, scope: { rw: 4 }, covers: false },
    { grant: rw03, scope: {}, covers: false },
    { grant: pkk, scope: { pokmasId: 7 }, covers: true },
    { grant: pkk, scope: { pokmasId: 8 }, covers: false },
    { grant: pkk, scope: { rw: 3 }, covers: false },
    { grant: lpmk, scope: { rw: 9, rt: 9 }, covers: true },
    { grant: lpmk, scope: {}, covers: true },
    { grant: kaderRw4, scope: { rw: 4 }, covers: true },
    { grant: kaderRw4, scope: { rw: 3 }, covers: false },
    { grant: { role: "kader" }, scope: { rw: 3 }, covers: true },
  ];
  it.each(table)("$grant.role $grant.rw/$grant.rt covers $scope: $covers", ({ grant, scope, covers }) => {
    expect(grantCovers(grant, scope)).toBe(covers);
  });

  it("an RT head may act on their own RT only, an LPMK member on any", () => {
    expect(mayAct([rt0203], ["ketua_rt"], { rw: 3, rt: 2 })).toBe(true);
    expect(mayAct([rt0203], ["ketua_rt"], { rw: 3, rt: 3 })).toBe(false);
    expect(mayAct([rt0203], ["ketua_rw"], { rw: 3, rt: 2 })).toBe(false);
    expect(mayAct([lpmk], ["ketua_rt"], { rw: 5, rt: 1 })).toBe(true);
    expect(mayAct([], ["ketua_rt"], { rw: 3, rt: 2 })).toBe(false);
  });

  it("gives each role's word and 'lpmk' to admins and LPMK members only", () => {
    expect([...roleWords([rt0203, rw03])].sort()).toEqual(["ketua_rt", "ketua_rw"]);
    expect([...roleWords([{ role: "admin" }])].sort()).toEqual(["admin", "lpmk"]);
    expect([...roleWords([lpmk])].sort()).toEqual(["lpmk", "pengurus_lpmk"]);
  });
});
