import { describe, expect, it } from "vitest";
import { createHarness, textOf } from "../support/flow-harness.js";

describe("LPMK-only commands", () => {
  it("an LPMK member named in LPMK_ADMINS can use /rekap without registering as a resident", async () => {
    const h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
    const text = textOf(await h.send("admin", "/rekap"));
    expect(text).not.toMatch(/Persetujuan data pribadi/);
    expect(text).toMatch(/RW/);
    await h.close();
  });

  it("anyone else is refused politely and the attempt is audited", async () => {
    const h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
    await h.register("u1");
    expect(textOf(await h.send("u1", "/rekap"))).toMatch(/hanya untuk pengurus yang berwenang/);
    const denied = h.app.store.audit.recent(5, "access.denied");
    expect(denied[0]).toMatchObject({ actor: expect.stringMatching(/^resident:/), subject: "flow:rekap" });
    await h.close();
  });
});
