/** Real image bytes for photo tests: a JPEG carrying EXIF with a phone model and a GPS position, as phones send. */
import sharp from "sharp";

/** A small JPEG whose EXIF names the phone ("RembugPhone X1") and holds a GPS position in Jakarta. */
export async function jpegWithGps(o: { width?: number; height?: number } = {}): Promise<Buffer> {
  return sharp({ create: { width: o.width ?? 64, height: o.height ?? 48, channels: 3, background: "#33aa77" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "RembugPhone", Model: "X1" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 12/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 49/1 0/1" },
    })
    .toBuffer();
}

/** Tag numbers in the first IFD of a JPEG's EXIF block (0x8825 = pointer to the GPS IFD), or [] without EXIF. */
export async function exifIfd0Tags(jpeg: Buffer): Promise<number[]> {
  const exif = (await sharp(jpeg).metadata()).exif;
  if (!exif) return [];
  const tiff = exif.subarray(6); // after "Exif\0\0"
  const le = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  const tags: number[] = [];
  for (let i = 0; i < u16(ifd); i++) tags.push(u16(ifd + 2 + i * 12));
  return tags;
}
