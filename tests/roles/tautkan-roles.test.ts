/** A role belongs to the person: after /tautkan merges their WhatsApp record into their Telegram one, the role is on both. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { issueLinkCode, redeemLinkCode } from "../../src/app/identity-link.js";
import { grantsOf } from "../../src/app/roles.js";
import { addResident, tmpStore, type TestStore } from "../aggregator/helpers.js";

const PN = "6281234567890@s.whatsapp.net";
const CODE = "7K3QM9XA";
let ts: TestStore;
beforeEach(() => {
  ts = tmpStore("link-roles");
});
afterEach(() => ts.cleanup());

describe("roles across linked accounts", () => {
  it("moves the WhatsApp record's grants to the Telegram record, without doubling one both hold", () => {
    const tg = addResident(ts.store, 3, 2);
    ts.store.residents.rememberAddress(tg, "telegram", "u-tg", 1_000);
    const wa = ts.store.residents.resolve("whatsapp", PN, { lang: "id", now: 1_000 }).id;
    ts.store.residents.update(wa, { name: "Budi (WA)", rw: 3, rt: 2, consent: "given", registered: true }, 1_000);
    ts.store.roles.grant(wa, { role: "ketua_rt", rw: 3, rt: 2 }, "test", 2_000);
    ts.store.roles.grant(wa, { role: "pengurus_lpmk" }, "test", 2_000);
    ts.store.roles.grant(tg, { role: "pengurus_lpmk" }, "test", 2_000);

    issueLinkCode(ts.store, tg, "telegram", "u-tg", 5_000, () => CODE);
    const outcome = ts.store.tx(() => redeemLinkCode(ts.store, wa, { channel: "whatsapp", address: PN }, CODE, 6_000));
    expect(outcome.ok).toBe(true);

    const onBoth = ["telegram:u-tg", `whatsapp:${PN}`].map((a) => {
      const [channel, address] = [a.slice(0, a.indexOf(":")), a.slice(a.indexOf(":") + 1)] as ["telegram" | "whatsapp", string];
      const id = ts.store.residents.findByIdentity(channel, address)!.id;
      return grantsOf(ts.store, undefined, id, channel, address).map((g) => g.role).sort();
    });
    expect(onBoth).toEqual([
      ["ketua_rt", "pengurus_lpmk"],
      ["ketua_rt", "pengurus_lpmk"],
    ]);
    expect(ts.store.roles.grantsOf(wa)).toEqual([]);
  });
});
