/**
 * Photos: downloaded only when the current step asks for one, checked by their bytes, and stored re-encoded
 * without EXIF (no GPS position, no phone model) and within a bounded size.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { imageTypeOf, PhotoRejectedError, sanitizePhoto } from "../../src/app/media.js";
import { MAX_PHOTO_BYTES, STORED_PHOTO_MAX_SIDE } from "../../src/core/media-limits.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { exifIfd0Tags, jpegWithGps } from "../support/photos.js";

const GPS_IFD_POINTER = 0x8825;

describe("a stored photo", () => {
  it("loses its EXIF (GPS position, phone model) and is bounded in size", async () => {
    const input = await jpegWithGps({ width: 4000, height: 3000 });
    expect(await exifIfd0Tags(input)).toContain(GPS_IFD_POINTER);
    expect(input.includes(Buffer.from("RembugPhone"))).toBe(true);
    const out = await sanitizePhoto(input);
    expect(await exifIfd0Tags(out)).toEqual([]);
    expect(out.includes(Buffer.from("RembugPhone"))).toBe(false);
    const meta = await sharp(out).metadata();
    expect(meta.format).toBe("jpeg");
    expect(Math.max(meta.width!, meta.height!)).toBe(STORED_PHOTO_MAX_SIDE);
  });

  it("is checked by its bytes: not an image, or over the size cap, is refused", async () => {
    expect(imageTypeOf(Buffer.from("<html>not a photo</html>"))).toBeNull();
    expect(imageTypeOf(await jpegWithGps())).toBe("jpeg");
    expect(imageTypeOf(await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } }).png().toBuffer())).toBe("png");
    await expect(sanitizePhoto(Buffer.from("MZ\x90\x00 an executable"))).rejects.toMatchObject({ reason: "not-an-image" });
    const huge = Buffer.concat([await jpegWithGps(), Buffer.alloc(MAX_PHOTO_BYTES)]);
    await expect(sanitizePhoto(huge)).rejects.toBeInstanceOf(PhotoRejectedError);
    await expect(sanitizePhoto(huge)).rejects.toMatchObject({ reason: "too-large" });
    // The right magic number but no decodable image behind it.
    await expect(sanitizePhoto(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]))).rejects.toMatchObject({ reason: "unreadable" });
  });
});

describe("downloading photos", () => {
  let h: Harness;
  let downloads: string[];
  beforeEach(async () => {
    h = await createHarness();
    downloads = [];
    const original = h.channel.downloadMedia.bind(h.channel);
    h.channel.downloadMedia = async (ref) => {
      downloads.push(ref);
      return original(ref);
    };
  });
  afterEach(async () => {
    await h.close();
  });

  const photo = async (user: string) => h.send(user, { kind: "photo", ref: h.channel.addMedia(await jpegWithGps()) });
  const stored = () => {
    const dir = path.join(h.dataDir, "photos");
    const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)]));
    return existsSync(dir) ? walk(dir) : [];
  };

  async function toPhotoStep(user: string) {
    await h.send(user, "/aspirasi");
    await h.press(user, "drainase");
    await h.send(user, "Saluran air di depan musala mampet sejak seminggu");
    await h.send(user, "Gang Mawar");
  }

  it("never downloads a photo sent at the consent question or after a refusal", async () => {
    expect(textOf(await photo("u1"))).toMatch(/Persetujuan data pribadi/);
    await h.send("u1", "2");
    await photo("u1");
    expect(downloads).toEqual([]);
    expect(stored()).toEqual([]);
  });

  it("never downloads a photo sent at the menu, but does at the photo step and on the summary (which takes it), and stores it without EXIF", async () => {
    await h.register("u1");
    await photo("u1");
    await toPhotoStep("u1");
    expect(downloads).toEqual([]);
    expect(textOf(await photo("u1"))).toMatch(/Foto diterima/);
    expect(downloads).toHaveLength(1);
    expect(textOf(await photo("u1"))).toMatch(/Foto diterima[\s\S]*Kirim aspirasi ini/);
    expect(downloads).toHaveLength(2);
    const files = stored();
    expect(files).toHaveLength(2);
    for (const f of files) expect(await exifIfd0Tags(readFileSync(f))).toEqual([]);
  });

  it("asks again, storing nothing, when the bytes are not an image", async () => {
    await h.register("u1");
    await toPhotoStep("u1");
    const reply = textOf(await h.send("u1", { kind: "photo", ref: h.channel.addMedia(Buffer.from("%PDF-1.4 not a photo")) }));
    expect(reply).toContain(h.app.i18n.t("id", "input-photo-failed"));
    expect(stored()).toEqual([]);
    expect(h.lastQuestion("u1")?.choiceKey).toMatch(/^aspirasi\.photo~\w+$/);
  });
});
