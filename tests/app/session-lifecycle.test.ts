import { describe, expect, it } from "vitest";
import { createHarness, textOf } from "../support/flow-harness.js";

const DESC = "Lampu jalan di Gang Kenari mati sudah dua minggu";

describe("sessions", () => {
  it("a bot restarted in the middle of a flow continues at the same step with the same answers", async () => {
    let h = await createHarness();
    await h.register("u1");
    await h.send("u1", "/aspirasi");
    await h.send("u1", "keamanan");
    await h.send("u1", DESC);
    h = await h.restart();
    expect(textOf(await h.send("u1", "Gang Kenari no 12"))).toMatch(/kirim satu foto/);
    const summary = textOf(await h.send("u1", "lewati"));
    expect(summary).toMatch(/Keamanan \/ ketertiban[\s\S]*Lampu jalan di Gang Kenari[\s\S]*Gang Kenari no 12/);
    await h.close();
  });

  it("an abandoned flow expires after SESSION_TTL_HOURS with a gentle note", async () => {
    const h = await createHarness({ env: { SESSION_TTL_HOURS: "24" } });
    await h.register("u1");
    await h.send("u1", "/aspirasi");
    await h.send("u1", "1");
    h.clock.now += 25 * 3_600_000;
    const text = textOf(await h.send("u1", DESC));
    expect(text).toMatch(/sudah kami tutup[\s\S]*Menu utama/);
    expect(text).not.toMatch(/lokasinya/);
    await h.close();
  });

  it("a flow left for less than the time limit continues", async () => {
    const h = await createHarness({ env: { SESSION_TTL_HOURS: "24" } });
    await h.register("u1");
    await h.send("u1", "/aspirasi");
    await h.send("u1", "1");
    h.clock.now += 23 * 3_600_000;
    expect(textOf(await h.send("u1", DESC))).toMatch(/lokasinya/);
    await h.close();
  });

  it("a session from an older flow definition restarts that flow politely", async () => {
    const h = await createHarness();
    await h.register("u1");
    await h.send("u1", "/aspirasi");
    await h.send("u1", "1");
    h.app.store.db.prepare(`UPDATE sessions SET state = json_set(state, '$.flowVersion', 0)`).run();
    const text = textOf(await h.send("u1", DESC));
    expect(text).toMatch(/baru saja diperbarui[\s\S]*termasuk bidang apa/);
    await h.close();
  });

  it("a session changed by another process since this one wrote it is checked again before it is used", async () => {
    const h = await createHarness();
    await h.register("u1");
    await h.send("u1", "/aspirasi");
    await h.send("u1", "1");
    // The same flow and step, with data outside the flow's schema (a category that is not text).
    h.app.store.db.prepare(`UPDATE sessions SET state = json_set(state, '$.data.category', 42)`).run();
    const text = textOf(await h.send("u1", DESC));
    expect(text).toMatch(/baru saja diperbarui[\s\S]*termasuk bidang apa/);
    expect(text).not.toMatch(/terjadi gangguan/);
    await h.close();
  });

  it("an unreadable session restarts from the menu", async () => {
    const h = await createHarness();
    await h.register("u1");
    h.app.store.db.prepare(`UPDATE sessions SET state = '{"v":99}'`).run();
    expect(textOf(await h.send("u1", "1"))).toMatch(/tidak bisa dilanjutkan[\s\S]*Menu utama/);
    await h.close();
  });
});
