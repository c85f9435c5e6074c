import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function file(user: string, description: string): Promise<string> {
  await h.send(user, "/aspirasi");
  await h.send(user, "persampahan");
  await h.send(user, description);
  await h.send(user, "TPS di ujung gang");
  await h.send(user, "lewati");
  return /ASP-\w{4}/.exec(textOf(await h.send(user, "kirim")))![0];
}

describe("status", () => {
  it("lists the resident's own aspirations with ticket, title, category, status and date", async () => {
    await h.register("u1");
    const t1 = await file("u1", "Sampah menumpuk di TPS ujung gang tidak diangkut");
    const t2 = await file("u1", "Butuh tempat sampah terpilah di pos ronda");
    const text = textOf(await h.send("u1", "/status"));
    expect(text).toMatch(/Aspirasi Bapak\/Ibu \(2\)/);
    expect(text).toContain(t1);
    expect(text).toContain(t2);
    expect(text).toMatch(/Persampahan · Diterima · 25 Nov 2026/);
  });

  it("shows one aspiration in full, however the ticket is typed", async () => {
    await h.register("u1");
    const t = await file("u1", "Sampah menumpuk di TPS ujung gang tidak diangkut");
    for (const typed of [t, t.toLowerCase(), t.replace("-", " "), t.slice(4)]) {
      const text = textOf(await h.send("u1", `/status ${typed}`));
      expect(text).toMatch(new RegExp(`${t}[\\s\\S]*Bidang: Persampahan \\(Lingkungan\\)[\\s\\S]*Status: \\*Diterima\\*`));
    }
  });

  it("reveals nothing about someone else's ticket", async () => {
    await h.register("u1");
    await h.register("u2", "Agus", "1", "1");
    const t = await file("u1", "Sampah menumpuk di TPS ujung gang tidak diangkut");
    const other = textOf(await h.send("u2", `/status ${t}`));
    const missing = textOf(await h.send("u2", "/status ASP-2222"));
    expect(other).not.toContain("Sampah");
    expect(other.replace(t, "X")).toBe(missing.replace("ASP-2222", "X"));
  });

  it("answers /status in the middle of a flow and repeats the question", async () => {
    await h.register("u1");
    await h.send("u1", "/aspirasi");
    expect(textOf(await h.send("u1", "/status"))).toMatch(/belum pernah[\s\S]*termasuk bidang apa/);
  });

  it("asks an unregistered resident to register first", async () => {
    expect(textOf(await h.send("u9", "/status"))).toMatch(/selesaikan pendaftaran[\s\S]*Persetujuan/);
  });
});

describe("asking about someone else's ticket", () => {
  const denials = () => h.app.store.audit.recent(10, "access.denied");

  it("is audited for /status and /dukung, as a refused /rekap is, and the answer stays the same", async () => {
    await h.register("u1");
    await h.register("u2", "Agus", "1", "1");
    const t = await file("u1", "Sampah menumpuk di TPS ujung gang tidak diangkut");
    const u2 = `resident:${h.app.store.residents.findByIdentity("fake", "u2")!.id}`;
    await h.send("u2", `/status ${t}`);
    expect(denials()).toEqual([expect.objectContaining({ actor: u2, action: "access.denied", subject: `ticket:${t}`, detail: '{"command":"status"}' })]);
    await h.send("u2", `/dukung ${t}`);
    expect(denials()[0]).toMatchObject({ actor: u2, subject: `ticket:${t}`, detail: '{"command":"dukung"}' });
    expect(denials()).toHaveLength(2);
  });

  it("is not audited for one's own ticket or a ticket that does not exist", async () => {
    await h.register("u1");
    const t = await file("u1", "Sampah menumpuk di TPS ujung gang tidak diangkut");
    await h.send("u1", `/status ${t}`);
    await h.send("u1", "/status ASP-2222");
    await h.send("u1", "/dukung ASP-2222");
    expect(denials()).toEqual([]);
  });
});
