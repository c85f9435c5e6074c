/** Who may run or see which rembug: residents and heads of other areas are refused politely, and it is audited. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RoleGrant } from "../../src/core/roles.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { auditRows, file, head, openCycle, residentId } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
  await h.register("w1", "Siti Aminah");
  await file(h, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
  openCycle(h);
});
afterEach(async () => {
  await h.close();
});

const cases: Array<{ who: string; grant?: RoleGrant; input: string; refusal: RegExp; subject: string }> = [
  { who: "a resident", input: "/rembug", refusal: /tidak memiliki akses|tidak berhak|hanya untuk/i, subject: "flow:rembug" },
  { who: "a resident", input: "/rembug 3 2", refusal: /tidak memiliki akses|tidak berhak|hanya untuk/i, subject: "flow:rembug" },
  { who: "the head of RT 05 / RW 03", grant: { role: "ketua_rt", rw: 3, rt: 5 }, input: "/rembug 3 2", refusal: /Rembug RT 02 \/ RW 03 hanya dapat/, subject: "rembug:rt:3/2" },
  { who: "the head of RT 02 / RW 04", grant: { role: "ketua_rt", rw: 4, rt: 2 }, input: "/rembug 3 2", refusal: /Rembug RT 02 \/ RW 03 hanya dapat/, subject: "rembug:rt:3/2" },
  { who: "the head of RW 04", grant: { role: "ketua_rw", rw: 4 }, input: "/rembug rw 3", refusal: /Rembug RW 03 hanya dapat/, subject: "rembug:rw:3" },
  { who: "the head of RW 03 (not the RT's head)", grant: { role: "ketua_rw", rw: 3 }, input: "/rembug 3 2", refusal: /Rembug RT 02 \/ RW 03 hanya dapat/, subject: "rembug:rt:3/2" },
  { who: "an RT head reopening", grant: { role: "ketua_rt", rw: 3, rt: 2 }, input: "/rembug buka 3 2", refusal: /hanya dapat dilakukan pengurus LPMK/, subject: "rembug:reopen" },
];

describe("rembug access", () => {
  for (const c of cases) {
    it(`refuses ${c.who} typing ${c.input}, politely, and audits it`, async () => {
      await h.register("x", "Orang Lain");
      if (c.grant) h.app.store.roles.grant(residentId(h, "x"), c.grant, "test");
      const reply = textOf(await h.send("x", c.input));
      expect(reply).toMatch(c.refusal);
      // The shared refusal first, then (inside the flow) what is specific.
      expect(reply.startsWith(h.app.i18n.t("id", "access-denied"))).toBe(true);
      expect(reply).not.toMatch(/ASP-|Anda/);
      expect(auditRows(h, "access.denied")).toEqual([{ actor: `resident:${residentId(h, "x")}`, subject: c.subject }]);
      expect(h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM rembug_results`).get()).toEqual({ n: 0 });
    });
  }

  it("lets the RT's own head open it with or without the area", async () => {
    await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
    expect(h.lastQuestion("ketua")?.text ?? "").not.toContain("Kandidat");
    await h.send("ketua", "/rembug 3 2");
    expect(h.lastQuestion("ketua")!.text).toContain("Kandidat usulan RT 02 / RW 03");
    expect(auditRows(h, "access.denied")).toEqual([]);
  });

  it("refuses politely while no cycle is open", async () => {
    h.app.store.db.prepare(`UPDATE cycles SET closed_at = 1`).run();
    await head(h, "ketua", { role: "ketua_rt", rw: 3, rt: 2 });
    expect(textOf(await h.send("ketua", "/rembug"))).toContain("Belum ada siklus perencanaan yang dibuka");
  });
});
