/**
 * Resident photos: downloaded only when the current step asks for one, checked by their bytes (image type by magic
 * number, size cap), re-encoded with sharp (which drops EXIF: GPS position, phone model) and stored under DATA_DIR/photos.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES, STORED_PHOTO_MAX_SIDE } from "../core/media-limits.js";
import type { DocumentProblem } from "../core/messages.js";
import type { MediaFile } from "../core/ports.js";
import type { EngineDefinition } from "../engine/engine.js";
import { BUILT_IN_STEP_KINDS } from "../engine/steps/index.js";
import { StepKindRegistry, type StepKind } from "../engine/steps/step-kind.js";
import type { StepDef } from "../engine/types.js";

/** Image types accepted, by their first bytes. */
const MAGIC: Array<{ type: string; test: (b: Buffer) => boolean }> = [
  { type: "jpeg", test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "png", test: (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "webp", test: (b) => b.length > 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP" },
  { type: "heif", test: (b) => b.length > 12 && b.toString("latin1", 4, 8) === "ftyp" && /^(heic|heix|mif1|msf1|avif)$/.test(b.toString("latin1", 8, 12)) },
];

/** The image type of `data` by its magic number, or null when it is not an image we accept. */
export function imageTypeOf(data: Buffer): string | null {
  return MAGIC.find((m) => m.test(data))?.type ?? null;
}

export class PhotoRejectedError extends Error {
  constructor(
    message: string,
    readonly reason: "too-large" | "not-an-image" | "unreadable",
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PhotoRejectedError";
  }
}

/**
 * Check and re-encode a photo: a JPEG at most STORED_PHOTO_MAX_SIDE pixels on its longer side, turned upright
 * by its EXIF orientation, with no metadata at all (sharp keeps none unless asked to).
 */
export async function sanitizePhoto(data: Buffer): Promise<Buffer> {
  if (data.length > MAX_PHOTO_BYTES) throw new PhotoRejectedError(`photo of ${data.length} bytes is over the cap`, "too-large");
  if (!imageTypeOf(data)) throw new PhotoRejectedError("the bytes are not a JPEG, PNG, WebP or HEIF image", "not-an-image");
  try {
    return await sharp(data, { limitInputPixels: 64_000_000 })
      .rotate()
      .resize({ width: STORED_PHOTO_MAX_SIDE, height: STORED_PHOTO_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
  } catch (err) {
    throw new PhotoRejectedError("the image could not be decoded", "unreadable", { cause: err });
  }
}

/**
 * Check, re-encode and write the photo; returns its path relative to dataDir.
 * `ref` must not hold personal data (use messageRef, not a WhatsApp message id).
 */
export async function storeMedia(dataDir: string, channel: string, ref: string, file: MediaFile, now: number): Promise<string> {
  const clean = await sanitizePhoto(file.data);
  const d = new Date(now);
  const dir = path.join("photos", String(d.getUTCFullYear()), String(d.getUTCMonth() + 1).padStart(2, "0"));
  mkdirSync(path.join(dataDir, dir), { recursive: true });
  const safeId = `${channel}-${ref}`.replace(/[^\w.-]/g, "_").slice(0, 120);
  const rel = path.join(dir, `${safeId}.jpg`);
  writeFileSync(path.join(dataDir, rel), clean);
  return rel;
}

/** What is wrong with the bytes of a document said to be a PDF, or null: over the cap, or no `%PDF-` header. */
export function pdfProblem(data: Buffer): DocumentProblem | null {
  if (data.length > MAX_DOCUMENT_BYTES) return "too-large";
  return data.subarray(0, 5).toString("latin1") === "%PDF-" ? null : "not-pdf";
}

/**
 * Write a checked PDF under DATA_DIR/documents, named like photos by the message's hash (never by the sender's file
 * name, which stays in the flow's data only); returns its path relative to dataDir.
 */
export function storeDocument(dataDir: string, channel: string, ref: string, data: Buffer, now: number): string {
  const d = new Date(now);
  const dir = path.join("documents", String(d.getUTCFullYear()), String(d.getUTCMonth() + 1).padStart(2, "0"));
  mkdirSync(path.join(dataDir, dir), { recursive: true });
  const safeId = `${channel}-${ref}`.replace(/[^\w.-]/g, "_").slice(0, 120);
  const rel = path.join(dir, `${safeId}.pdf`);
  writeFileSync(path.join(dataDir, rel), data);
  return rel;
}

/**
 * Whether a stored session is at a step that takes a photo (its step kind says so: a photo step, or a choice with
 * onPhoto such as the aspiration summary), of the same flow version, not expired. Photos sent anywhere else (at the
 * consent question, after a refusal) are never downloaded.
 */
export function photoStepPredicate(def: EngineDefinition, sessionTtlMs: number): (session: unknown, now: number) => boolean {
  return stepPredicate(def, sessionTtlMs, (kind, step) => kind.acceptsPhoto?.(step) ?? false);
}

/** As photoStepPredicate, for documents: only a step whose kind takes them (the umumkan attachment) downloads one. */
export function documentStepPredicate(def: EngineDefinition, sessionTtlMs: number): (session: unknown, now: number) => boolean {
  return stepPredicate(def, sessionTtlMs, (kind, step) => kind.acceptsDocument?.(step) ?? false);
}

function stepPredicate(def: EngineDefinition, sessionTtlMs: number, takes: (kind: StepKind, step: StepDef) => boolean): (session: unknown, now: number) => boolean {
  const byId = new Map(def.flows.map((f) => [f.id, f]));
  const kinds = new StepKindRegistry([...BUILT_IN_STEP_KINDS, ...(def.stepKinds ?? [])]);
  return (session, now) => {
    if (typeof session !== "object" || session === null) return false;
    const s = session as { flow?: unknown; flowVersion?: unknown; step?: unknown; updatedAt?: unknown };
    const flow = typeof s.flow === "string" ? byId.get(s.flow) : undefined;
    if (!flow || flow.version !== s.flowVersion || typeof s.step !== "string") return false;
    if (typeof s.updatedAt !== "number" || now - s.updatedAt > sessionTtlMs) return false;
    const step = flow.steps[s.step];
    const kind = step ? kinds.get(step.kind) : undefined;
    return step !== undefined && kind !== undefined && takes(kind, step);
  };
}
