/** The undici client under grammY: JSON and multipart bodies arrive whole, answers are read, grammY's abort ends a call. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { Api, HttpError } from "grammy";
import { Agent } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { botApiFetch } from "../../../src/channels/telegram/bot-api-fetch.js";

describe("botApiFetch", () => {
  let server: http.Server;
  let root: string;
  let pool: Agent;
  const seen: Array<{ url: string; type: string; body: string }> = [];

  beforeEach(async () => {
    seen.length = 0;
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({ url: req.url ?? "", type: req.headers["content-type"] ?? "", body: Buffer.concat(chunks).toString() });
        if (req.url?.endsWith("/getUpdates")) return; // never answered: only an abort ends it
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: true, result: { message_id: 7, echoed: seen.at(-1)!.body.length } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    pool = new Agent({ keepAliveTimeout: 1000 });
  });
  afterEach(async () => {
    await pool.destroy();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it("sends grammY's JSON payload and returns the decoded answer", async () => {
    const api = new Api("123:abc", { apiRoot: root, fetch: botApiFetch(() => pool) });
    const sent = await api.sendMessage(42, "Halo, Bapak/Ibu", { parse_mode: "HTML" });
    expect(sent.message_id).toBe(7);
    expect(seen[0]!.url).toBe("/bot123:abc/sendMessage");
    expect(seen[0]!.type).toBe("application/json");
    expect(JSON.parse(seen[0]!.body)).toEqual({ chat_id: 42, text: "Halo, Bapak/Ibu", parse_mode: "HTML" });
  });

  it("streams a multipart upload whole", async () => {
    const api = new Api("123:abc", { apiRoot: root, fetch: botApiFetch(() => pool) });
    const { InputFile } = await import("grammy");
    const pdf = Buffer.from("%PDF-1.4 isi undangan rembug");
    await api.sendDocument(42, new InputFile(Readable.from([pdf]), "undangan.pdf"));
    expect(seen[0]!.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]!.body).toContain("%PDF-1.4 isi undangan rembug");
    expect(seen[0]!.body).toContain("filename=undangan.pdf");
  });

  it("ends a call when grammY aborts it (stop, timeout)", async () => {
    const api = new Api("123:abc", { apiRoot: root, fetch: botApiFetch(() => pool) });
    const abort = new AbortController();
    const call = api.getUpdates({ timeout: 30 }, abort.signal as Parameters<Api["getUpdates"]>[1]);
    await new Promise((r) => setTimeout(r, 100));
    abort.abort();
    await expect(call).rejects.toBeInstanceOf(HttpError);
  });
});
