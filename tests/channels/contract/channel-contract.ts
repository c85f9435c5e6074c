/**
 * The channel contract suite: the same resident conversations run through every channel adapter
 * (fake, Telegram via the fake Bot API, WhatsApp via a fake socket) on a real host, engine and SQLite file.
 * Each channel provides a ChannelHarness; `describeChannelContract` runs the scenarios against it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exifIfd0Tags, jpegWithGps } from "../../support/photos.js";
import type { Store } from "../../../src/store/index.js";
import type { Translate } from "../../../src/i18n/fluent.js";
import { DESCRIPTION_MIN } from "../../../flows/aspirasi.js";

/** One message the bot sent, as the resident sees it. */
export interface HarnessReply {
  /** Plain text without channel markup (no `*`, no HTML tags). */
  text: string;
  /** Labels of the options offered (buttons or numbered list), in order. */
  options: string[];
  /** Channel-specific handle so a later `press` can use this reply's buttons (even when stale). */
  ref: unknown;
}

export type HarnessInput =
  | { kind: "text"; text: string }
  | { kind: "photo"; data: Buffer; caption?: string }
  | { kind: "location"; lat: number; lon: number }
  | { kind: "sticker" };

export interface ChannelHarness {
  /** Whether the channel shows options as buttons (stale-button scenarios only apply then). */
  readonly buttons: boolean;
  readonly store: Store;
  readonly t: Translate;
  /** DATA_DIR of the app, when the harness knows it (stored photos are checked there). */
  readonly dataDir?: string;
  /** Send one input as `user` and return the replies it caused, once everything is handled and sent. */
  send(user: string, input: HarnessInput): Promise<HarnessReply[]>;
  /** Press the option labelled `label` on `reply` (channels without buttons answer with its number). */
  press(user: string, reply: HarnessReply, label: string): Promise<HarnessReply[]>;
  /** Deliver the last inbound message of `user` again, as the platform would after a lost confirmation. */
  redeliverLast(user: string): Promise<HarnessReply[]>;
  close(): Promise<void>;
}

export type MakeHarness = () => Promise<ChannelHarness>;

export const text = (t: string): HarnessInput => ({ kind: "text", text: t });

/** Remove the house style's `*bold*` markers so engine text compares with what a channel displays. */
export function plain(s: string): string {
  return s.replace(/\*/g, "");
}

export function lastOf(replies: HarnessReply[]): HarnessReply {
  const r = replies.at(-1);
  if (!r) throw new Error("expected at least one reply, got none");
  return r;
}

/** Register `user` as Budi in RW 01 / RT 02 with typed (numbered) answers. Returns the menu reply. */
export async function register(h: ChannelHarness, user: string, name = "Budi Santoso"): Promise<HarnessReply> {
  await h.send(user, text("halo"));
  await h.send(user, text("1"));
  await h.send(user, text(name));
  await h.send(user, text("01"));
  return lastOf(await h.send(user, text("2")));
}

export function describeChannelContract(name: string, make: MakeHarness): void {
  describe(`channel contract: ${name}`, () => {
    let h: ChannelHarness;
    const t = (key: string, args?: Record<string, string>) => plain(h.t("id", key, args));

    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it("registers a resident and files an aspiration that gets a ticket", async () => {
      const welcome = await h.send("501", text("halo"));
      expect(welcome.map((r) => r.text).join("\n")).toContain("LPMK");
      expect(lastOf(welcome).options).toEqual(["Setuju", "Tidak setuju"]);
      await h.send("501", text("1"));
      await h.send("501", text("Siti Aminah"));
      await h.send("501", text("RW 1"));
      const done = await h.send("501", text("RT 03"));
      expect(done[0]?.text).toContain("Siti Aminah");
      expect(lastOf(done).options).toContain(t("menu-aspirasi"));

      await h.send("501", text("1"));
      await h.send("501", text("2"));
      await h.send("501", text("Selokan di depan rumah mampet dan banjir setiap hujan"));
      await h.send("501", text("Gang Melati dekat pos ronda"));
      const summary = await h.send("501", text("lewati"));
      expect(lastOf(summary).text).toContain("Gang Melati dekat pos ronda");
      const result = await h.send("501", text("kirim"));
      const ticket = /ASP-[A-Z0-9]{4}/.exec(result.map((r) => r.text).join("\n"))?.[0];
      expect(ticket).toBeDefined();

      const rows = h.store.db.prepare("SELECT ticket, rw, rt, category, location_text FROM aspirations").all();
      expect(rows).toEqual([{ ticket, rw: 1, rt: 3, category: "drainase", location_text: "Gang Melati dekat pos ronda" }]);
    });

    it("takes a location pin and a photo in an aspiration and stores both", async () => {
      await register(h, "507");
      await h.send("507", text("/aspirasi"));
      await h.send("507", text("3"));
      await h.send("507", text("MCK umum di dekat pasar rusak dan tidak bisa dipakai"));
      const afterPin = await h.send("507", { kind: "location", lat: -7.25, lon: 112.75 });
      expect(lastOf(afterPin).text).toBe(t("aspirasi-photo"));
      const photo = await jpegWithGps();
      const summary = await h.send("507", { kind: "photo", data: photo, caption: "kondisi MCK" });
      expect(summary[0]?.text.startsWith(t("aspirasi-photo-received"))).toBe(true);
      expect(lastOf(summary).text).toContain(t("aspirasi-summary-photo-yes"));
      await h.send("507", text("kirim"));
      const row = h.store.db.prepare("SELECT category, lat, lon, photo_path FROM aspirations").get() as Record<string, unknown>;
      expect(row).toMatchObject({ category: "sanitasi", lat: -7.25, lon: 112.75 });
      expect(typeof row.photo_path).toBe("string");
      // Stored re-encoded: a JPEG without the EXIF (GPS, phone model) it was sent with.
      if (h.dataDir) expect(await exifIfd0Tags(readFileSync(path.join(h.dataDir, String(row.photo_path))))).toEqual([]);
    });

    it("accepts numbered answers, with or without leading zeros", async () => {
      await h.send("502", text("halo"));
      await h.send("502", text("1"));
      await h.send("502", text("Joko"));
      const rt = await h.send("502", text("002"));
      expect(lastOf(rt).text).toContain("RW 02");
      const done = await h.send("502", text("1"));
      expect(done[0]?.text).toContain("RT 01 / RW 02");
    });

    it("takes a button press (or its number) as the answer", async () => {
      const consent = lastOf(await h.send("503", text("halo")));
      const next = await h.press("503", consent, "Setuju");
      expect(lastOf(next).text).toBe(t("registrasi-name"));
    });

    it("answers a press on an old button politely and repeats the current question", async (ctx) => {
      if (!h.buttons) return ctx.skip();
      const consent = lastOf(await h.send("504", text("halo")));
      await h.press("504", consent, "Setuju");
      const replies = await h.press("504", consent, "Tidak setuju");
      expect(replies.map((r) => r.text).join("\n\n")).toBe([t("input-stale-button"), t("registrasi-name")].join("\n\n"));
      const resident = h.store.db.prepare("SELECT consent FROM residents").get() as { consent: string };
      expect(resident.consent).toBe("given");
    });

    it("answers a sticker in the middle of a flow and repeats the question, keeping the answers", async () => {
      await register(h, "505");
      await h.send("505", text("/aspirasi"));
      await h.send("505", text("1"));
      const replies = await h.send("505", { kind: "sticker" });
      expect(replies.map((r) => r.text).join("\n\n")).toBe([t("input-unsupported-sticker"), t("aspirasi-description", { min: String(DESCRIPTION_MIN) })].join("\n\n"));
      await h.send("505", text("Jalan berlubang besar di depan sekolah dasar"));
      await h.send("505", text("Jl. Kenanga"));
      const summary = lastOf(await h.send("505", text("lewati")));
      expect(summary.text).toContain("Jalan berlubang besar di depan sekolah dasar");
      expect(summary.text).toContain("Jalan / gang");
    });

    it("handles a redelivered message once", async () => {
      await h.send("506", text("halo"));
      const first = await h.send("506", text("1"));
      expect(lastOf(first).text).toBe(t("registrasi-name"));
      const again = await h.redeliverLast("506");
      expect(again).toEqual([]);
      const name = await h.send("506", text("Rahmat"));
      expect(lastOf(name).text).toContain("Rahmat");
      const audits = h.store.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'consent.given'").get() as { n: number };
      expect(audits.n).toBe(1);
    });
  });
}
