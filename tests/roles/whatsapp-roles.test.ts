/** Invites and /peran over WhatsApp (fake Baileys socket): the same flows, answered through numbered lists. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeWaTestApp, type WaTestApp } from "../support/fake-baileys-app.js";
import { wa } from "../support/fake-baileys.js";

const ADMIN = "6281100000001@s.whatsapp.net";
const HEAD = "6281100000002@s.whatsapp.net";
const NEXT = "6281100000003@s.whatsapp.net";

let h: WaTestApp;
beforeEach(async () => {
  h = await makeWaTestApp({ env: { LPMK_ADMINS: `whatsapp:${ADMIN}` } });
});
afterEach(async () => {
  await h.close();
});

const say = async (jid: string, text: string) => (await h.receive(jid, wa.text(jid, text))).join("\n");

async function register(jid: string, name: string, rw = "3", rt = "2"): Promise<void> {
  for (const text of ["halo", "1", name, rw, rt]) await say(jid, text);
}

describe("roles over WhatsApp", () => {
  it("redeems an invite typed as a bare code by answering 1 on the numbered list, and revokes through /peran", async () => {
    const created = await say(ADMIN, "/undang ketua_rw 3");
    const code = /RW-\w{4}-\w{4}/.exec(created)![0];
    // No Telegram channel here: no t.me link.
    expect(created).not.toMatch(/t\.me/);
    await register(HEAD, "Sari Wulan");
    const offer = await say(HEAD, code.replace(/-/g, " ").toLowerCase());
    expect(offer).toMatch(/diundang sebagai \*?Ketua RW 03\*?[\s\S]*1\. Terima\n2\. Tolak/);
    expect(await say(HEAD, "1")).toMatch(/kini tercatat sebagai Ketua RW 03/);
    const id = h.app.store.residents.findByIdentity("whatsapp", HEAD)!.id;
    expect(h.app.store.roles.grantsOf(id).map((g) => g.role)).toEqual(["ketua_rw"]);

    await register(NEXT, "Budi");
    const list = await say(ADMIN, "/peran");
    expect(list).toMatch(/RW 03:\n• Sari Wulan: Ketua RW 03[\s\S]*1\. Sari Wulan, Ketua RW 03\n2\. Selesai/);
    expect(await say(ADMIN, "1")).toMatch(/Cabut peran Ketua RW 03 dari Sari Wulan\?[\s\S]*1\. Ya, cabut/);
    expect(await say(ADMIN, "1")).toMatch(/sudah dicabut/);
    expect(h.app.store.roles.grantsOf(id)).toEqual([]);
    expect(h.sock.textsTo(HEAD).at(-1)).toMatch(/sudah dicabut oleh pengurus LPMK/);
  });
});
