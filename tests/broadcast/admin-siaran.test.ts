/** `npm run admin -- siaran [id]` and `hapus data` for broadcast recipients, on a broadcast made through /umumkan. */
import { afterEach, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/admin/run-admin.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { createHarness, type Harness } from "../support/flow-harness.js";
import { grant, residentIdOf, settle, startPipelineFor } from "./helpers.js";

let h: Harness;
let p: Pipeline | undefined;
afterEach(async () => {
  await p?.stop();
  await h.close();
});

async function sosialisasiToRw3(): Promise<void> {
  h = await createHarness();
  await h.register("kader", "Bu Kader", "3", "1");
  grant(h, "kader", { role: "kader", rw: 3 });
  await h.register("w1", "Warga Satu", "3", "1");
  await h.register("w2", "Warga Dua", "3", "2");
  await h.send("w2", "berhenti");
  p = await startPipelineFor(h);
  for (const text of ["/umumkan", "Sosialisasi", "Warga RW tertentu", "3", "Posyandu Melati buka Selasa pagi di Balai RW 03.", "lewati", "https://example.org/posyandu", "Sekarang", "Kirim"]) {
    await h.send("kader", text);
  }
  await settle(h, p);
}

describe("admin siaran", () => {
  it("lists the broadcasts and prints the delivery report of one", async () => {
    await sosialisasiToRw3();
    expect(h.channel.sentTo("w1").at(-1)?.text).toContain("Selengkapnya: https://example.org/posyandu");
    const lines: string[] = [];
    const env = { DATA_DIR: h.dataDir, LOG_LEVEL: "silent" };
    expect(await runAdmin(["siaran"], (l) => lines.push(l), () => undefined, env)).toBe(0);
    expect(lines.join("\n")).toContain("#1 Sosialisasi / informasi: Posyandu Melati buka Selasa pagi di B");
    lines.length = 0;
    expect(await runAdmin(["siaran", "1"], (l) => lines.push(l), () => undefined, env)).toBe(0);
    // kader, w1 reached; w2 said berhenti.
    expect(lines.join("\n")).toContain("Penerima 3: terkirim 2, gagal 0, diblokir 0, dilewati (berhenti) 1, menunggu 0.");
    expect(await runAdmin(["siaran", "x"], () => undefined, () => undefined, env)).toBe(2);
  });

  it("hapus data removes the resident's delivery record and RSVP, and the sender link", async () => {
    await sosialisasiToRw3();
    const w1 = residentIdOf(h, "w1");
    const kader = residentIdOf(h, "kader");
    await h.send("w1", "hapus data");
    await h.send("w1", "1");
    await h.send("kader", "hapus data");
    await h.send("kader", "1");
    const db = h.app.store.db;
    expect(db.prepare(`SELECT COUNT(*) AS n FROM broadcast_recipients WHERE resident_id IN (?, ?)`).get(w1, kader)).toEqual({ n: 0 });
    expect(db.prepare(`SELECT sender_resident_id FROM broadcasts`).all()).toEqual([{ sender_resident_id: null }]);
  });
});
