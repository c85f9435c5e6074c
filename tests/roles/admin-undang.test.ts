/** `npm run admin -- undang ...`: the same invite as /undang, from the shell; its code is redeemed in the chat. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { undangCommand } from "../../src/admin/commands/undang.js";
import { silentLogger } from "../../src/core/logger.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { INVITE_TTL_DAYS: "3" } });
});
afterEach(async () => {
  await h.close();
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await undangCommand.run({ config: h.app.config, store: h.app.store, t: h.app.i18n.t, log: silentLogger(), args, out: (l) => lines.push(l) });
  return { code, out: lines.join("\n") };
}

describe("admin undang", () => {
  it("prints a code for the head of RT 02 / RW 03 that works once in the chat, audited as admin-cli", async () => {
    const r = await run(["ketua_rt", "--rw", "3", "--rt", "2"]);
    expect(r.code).toBe(0);
    const code = /RT-\w{4}-\w{4}/.exec(r.out)![0];
    expect(r.out).toContain("Ketua RT 02 / RW 03");
    const row = h.app.store.db.prepare(`SELECT created_by, expires_at - created_at AS ttl FROM invites`).get();
    expect(row).toEqual({ created_by: "admin-cli", ttl: 3 * 86_400_000 });
    await h.register("budi", "Budi", "3", "2");
    await h.send("budi", `/kode ${code}`);
    expect(textOf(await h.send("budi", "1"))).toMatch(/Ketua RT 02 \/ RW 03/);
    expect(h.app.store.roles.holdersOf("ketua_rt", { rw: 3, rt: 2 })).toHaveLength(1);
  });

  it("refuses an incomplete or unknown area with a usage line and exit code 2", async () => {
    expect((await run(["ketua_rt", "--rw", "3"])).code).toBe(2);
    const unknown = await run(["ketua_rw", "--rw", "42"]);
    expect(unknown).toEqual({ code: 2, out: "RW 42 tidak terdaftar di kelurahan ini." });
    expect((await run(["walikota"])).out).toMatch(/^usage: npm run admin -- undang/);
    expect(h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM invites`).get()).toEqual({ n: 0 });
  });
});
