/**
 * The invite's Telegram link through real grammY and the fake Bot API: the bot's username comes from getMe, and a
 * new person who opens `t.me/<bot>?start=<code>` (Telegram sends "/start <code>") registers and takes the role.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lastOf, text } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";

let h: TelegramHarness;
beforeEach(async () => {
  h = await makeTelegramHarness({ env: { LPMK_ADMINS: "telegram:1000" } });
});
afterEach(async () => {
  await h.close();
});

describe("invite link on Telegram", () => {
  it("answers /undang with a t.me start link named from getMe, which a new person opens, registers and accepts", async () => {
    h.server.botUser.username = "kelurahan_sukamaju_bot";
    await h.channel.fetchUsername();
    const answer = (await h.send("1000", text("/undang ketua_rt 3 2"))).map((r) => r.text).join("\n");
    const link = /https:\/\/t\.me\/kelurahan_sukamaju_bot\?start=(RT-\w{4}-\w{4})/.exec(answer);
    expect(link, answer).not.toBeNull();
    const code = link![1]!;
    expect(answer).toContain(`/kode ${code}`);

    const first = await h.send("2002", text(`/start ${code}`));
    expect(first.map((r) => r.text).join("\n")).toMatch(/perlu mendaftar dulu/);
    const consent = lastOf(first);
    await h.press("2002", consent, "Setuju");
    await h.send("2002", text("Hartono"));
    await h.send("2002", text("3"));
    const offer = lastOf(await h.send("2002", text("2")));
    expect(offer.text).toMatch(/diundang sebagai Ketua RT 02 \/ RW 03/);
    expect(offer.options).toEqual(["Terima", "Tolak"]);
    const done = await h.press("2002", offer, "Terima");
    expect(done.map((r) => r.text).join("\n")).toMatch(/kini tercatat sebagai Ketua RT 02 \/ RW 03/);
    const id = h.app.store.residents.findByIdentity("telegram", "2002")!.id;
    expect(h.app.store.roles.grantsOf(id).map((g) => [g.role, g.rw, g.rt])).toEqual([["ketua_rt", 3, 2]]);
  });
});
