/** Without consent only the refusal is kept (a keyed hash of the address); a sent reply keeps no text. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

const USER = "6281299887766@s.whatsapp.net";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Every value in the database that contains `s`, as table.column. */
function where(s: string): string[] {
  const db = h.app.store.db;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>;
  return tables.flatMap(({ name }) =>
    (db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>).flatMap((row) =>
      Object.entries(row)
        .filter(([, v]) => typeof v === "string" && v.includes(s))
        .map(([c]) => `${name}.${c}`),
    ),
  );
}

describe("without consent", () => {
  it("a refusal keeps only a keyed hash of the address, no display name, and is still remembered", async () => {
    await h.channel.say(USER, "halo", { messageId: "m1", displayName: "Pak Darmo" });
    await h.app.host.idle();
    expect(textOf(await h.send(USER, "2"))).toMatch(/tidak menyimpan data/);
    expect(where("6281299887766")).toEqual([]);
    expect(where("Darmo")).toEqual([]);
    const idents = h.app.store.db.prepare(`SELECT address, display_name FROM identities`).all() as Array<{ address: string; display_name: string | null }>;
    expect(idents).toHaveLength(1);
    expect(idents[0]!.address).toMatch(/^h:[\w-]{43}$/);
    expect(idents[0]!.display_name).toBeNull();
    // The same person writing again is recognised as the one who refused.
    expect(textOf(await h.send(USER, "halo"))).toMatch(await refusedReminder());
    expect(h.app.store.db.prepare(`SELECT count(*) AS n FROM residents`).get()).toEqual({ n: 1 });
  });

  it("giving consent later stores the address in plain again, so notifications can reach the resident", async () => {
    await h.send(USER, "halo");
    await h.send(USER, "2");
    await h.send(USER, "/start");
    await h.send(USER, "1");
    const r = h.app.store.residents.findByIdentity("fake", USER)!;
    expect(r).toMatchObject({ consent: "given" });
    // Right with the consent, before any further message.
    expect(h.app.store.residents.identitiesOf(r.id).map((i) => i.address)).toEqual([USER]);
  });
});

async function refusedReminder(): Promise<RegExp> {
  const text = h.app.i18n.t("id", "consent-refused-reminder");
  return new RegExp(text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

describe("a sent reply", () => {
  it("keeps neither its text nor, for a resident who has not consented, the address", async () => {
    await h.register("u1", "Siti Aminah");
    await h.send("u2", "halo");
    const rows = h.app.store.db.prepare(`SELECT address, payload, status FROM outbound ORDER BY id`).all() as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r).toMatchObject({ status: "sent", payload: "" });
    expect(new Set(rows.map((r) => r.address))).toEqual(new Set(["u1", ""]));
    expect(where("Siti Aminah").filter((c) => !c.startsWith("residents."))).toEqual([]);
  });
});
