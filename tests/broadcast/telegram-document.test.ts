/**
 * A PDF as the attachment of a sosialisasi, through real grammY against the fake Bot API: the LPMK sends it at the
 * attachment step, the preview names it, residents receive it with sendDocument; a file too large or not a PDF is
 * refused politely; a document anywhere else (a resident's aspiration description) gets the usual polite answer.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import { MAX_DOCUMENT_BYTES } from "../../src/core/media-limits.js";
import type { Pipeline } from "../../src/workers/pipeline.js";
import { DESCRIPTION_MIN } from "../../flows/aspirasi.js";
import { register, text } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, type TelegramHarness } from "../support/telegram-harness.js";
import { seedResidents } from "./seed.js";
import { until } from "../support/until.js";

const ADMIN = 9100;
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(2048, 0x20), Buffer.from("\n%%EOF\n")]);
let h: TelegramHarness;
let p: Pipeline | undefined;
afterEach(async () => {
  await p?.stop();
  p = undefined;
  await h?.close();
});


/** An LPMK admin with three residents in RW 03, at the attachment step of a sosialisasi. */
async function atAttachmentStep(): Promise<{ say: (t: string) => Promise<string>; people: Array<{ address: string }> }> {
  h = await makeTelegramHarness({ env: { LPMK_ADMINS: `telegram:${ADMIN}` } });
  seedResidents(h.app.store, "telegram", 1, { rws: [1], address: () => String(ADMIN), now: Date.now() });
  const people = seedResidents(h.app.store, "telegram", 3, { rws: [3], address: (i) => String(1100 + i), now: Date.now() });
  const say = async (t: string): Promise<string> => (await h.deliver(ADMIN, () => h.server.text(ADMIN, t))).map((r) => r.text).join("\n");
  await say("/umumkan");
  await say("Sosialisasi / informasi");
  await say("Warga RW tertentu");
  await say("3");
  const prompt = await say("Posyandu balita bulan ini dibuka di balai RW 03, bawa buku KIA.");
  expect(prompt).toContain(h.t("id", "umumkan-poster-prompt"));
  return { say, people };
}

const sendDoc = async (data: Buffer, o: { fileName: string; mime?: string }): Promise<string> =>
  (await h.deliver(ADMIN, () => h.server.document(ADMIN, data, o))).map((r) => r.text).join("\n");

describe("a PDF attached to a sosialisasi on Telegram", () => {
  it("is taken at the attachment step, named in the preview and sent to every recipient with sendDocument", async () => {
    const { say, people } = await atAttachmentStep();
    const afterDoc = await sendDoc(PDF, { fileName: "jadwal-posyandu.pdf" });
    expect(afterDoc).toContain(h.t("id", "umumkan-link-prompt"));
    // Stored under DATA_DIR/documents by the message's hash, never by the sender's file name.
    const month = path.join(h.dataDir, "documents", String(new Date().getUTCFullYear()), String(new Date().getUTCMonth() + 1).padStart(2, "0"));
    const stored = readdirSync(month);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^telegram-[0-9a-f]{16}\.pdf$/);
    expect(readFileSync(path.join(month, stored[0]!)).equals(PDF)).toBe(true);

    await say("Lewati");
    const preview = await say("Sekarang");
    expect(preview).toContain("Lampiran: jadwal-posyandu.pdf (PDF)");
    p = await startAppPipeline(h.app, "all");
    await h.deliver(ADMIN, () => h.server.press(ADMIN, "Kirim"));

    const docsTo = (chat: number) => h.server.calls.filter((c) => c.method === "sendDocument" && Number(c.params.chat_id) === chat && !c.fault);
    // The PDF and the text are two sends; wait for both, since the text may land after the document.
    const gotText = (chat: number) => h.server.messagesTo(chat).some((c) => String(c.params.text ?? "").includes("Posyandu balita bulan ini"));
    await until(() => people.every((r) => docsTo(Number(r.address)).length >= 1 && gotText(Number(r.address))), "every recipient to get the PDF and the text");
    for (const r of people) {
      const chat = Number(r.address);
      expect(docsTo(chat)).toHaveLength(1);
      const call = docsTo(chat)[0]!;
      const upload = call.files.document ?? Object.values(call.files)[0];
      expect(upload?.filename).toBe("jadwal-posyandu.pdf");
      expect(upload?.data.equals(PDF)).toBe(true);
      expect(call.params.caption).toBe(h.t("id", "umumkan-msg-poster", { id: "1" }));
      // The text comes as its own message, as with a photo poster.
      expect(gotText(chat)).toBe(true);
    }
  }, 40_000);

  it("refuses a file over the cap, a file that is not a PDF and bytes that are not a PDF, asks again after a failed download, and stays at the step", async () => {
    await atAttachmentStep();
    const tooBig = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(MAX_DOCUMENT_BYTES, 0x20)]);
    expect(await sendDoc(tooBig, { fileName: "besar.pdf" })).toContain(h.t("id", "input-document-too-large", { mb: 10 }));
    expect(await sendDoc(Buffer.from("PK\u0003\u0004 word"), { fileName: "surat.docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" })).toContain(
      h.t("id", "input-document-not-pdf"),
    );
    expect(await sendDoc(Buffer.from("MZ not a pdf at all"), { fileName: "palsu.pdf" })).toContain(h.t("id", "input-document-not-pdf"));
    // A download that fails is asked again, not taken as a refusal.
    h.server.failNext("getFile", { kind: "400", description: "Bad Request: file is temporarily unavailable" });
    expect(await sendDoc(PDF, { fileName: "jadwal.pdf" })).toContain(h.t("id", "input-document-failed"));
    expect(existsSync(path.join(h.dataDir, "documents"))).toBe(false);
    const session = h.app.store.sessions.get(h.app.store.residents.findByIdentity("telegram", String(ADMIN))!.id) as { step: string };
    expect(session.step).toBe("lampiran");
  }, 40_000);
});

describe("a PDF of a sosialisasi never sent", () => {
  it("is deleted with the sender's data by hapus data", async () => {
    const { say } = await atAttachmentStep();
    await sendDoc(PDF, { fileName: "jadwal-posyandu.pdf" });
    const stored = () => (existsSync(path.join(h.dataDir, "documents")) ? readdirSync(path.join(h.dataDir, "documents"), { recursive: true }).filter((f) => String(f).endsWith(".pdf")) : []);
    expect(stored()).toHaveLength(1);
    await say("hapus data");
    // The journal row of this very message goes with the data, so wait for the answer instead of the row.
    h.server.text(ADMIN, "1");
    await until(() => h.server.messagesTo(ADMIN).some((c) => String(c.params.text ?? "").includes(h.t("id", "hapus-data-done"))), "the deletion to be confirmed");
    await h.app.host.idle();
    expect(stored()).toEqual([]);
  }, 40_000);
});

describe("a document where none is expected", () => {
  it("gets the polite unsupported answer at a resident's aspiration description, and the draft is kept", async () => {
    h = await makeTelegramHarness();
    await register(h, "3101");
    await h.send("3101", text("/aspirasi"));
    await h.send("3101", text("1"));
    const replies = await h.deliver(3101, () => h.server.document(3101, PDF, { fileName: "proposal.pdf" }));
    expect(replies.map((r) => r.text).join("\n\n")).toBe([h.t("id", "input-unsupported-document"), h.t("id", "aspirasi-description", { min: String(DESCRIPTION_MIN) })].join("\n\n"));
    expect(existsSync(path.join(h.dataDir, "documents"))).toBe(false);
    await h.send("3101", text("Jalan berlubang besar di depan sekolah dasar"));
    await h.send("3101", text("Jl. Kenanga"));
    const summary = (await h.send("3101", text("lewati"))).at(-1)!;
    expect(summary.text).toContain("Jalan berlubang besar di depan sekolah dasar");
    expect(summary.text).toContain("Jalan / gang");
  }, 40_000);
});
