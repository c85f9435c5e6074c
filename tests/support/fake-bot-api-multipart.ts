/** A tolerant multipart/form-data parser for the fake Bot API (grammY writes headers without spaces and unquoted filenames). */

export interface MultipartFile {
  filename: string;
  data: Buffer;
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: Record<string, MultipartFile>;
}

/** Parse a multipart body. Fields become strings; parts with a filename become files keyed by their field name. */
export function parseMultipart(body: Buffer, contentType: string): MultipartBody {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2]?.trim();
  if (!boundary) throw new Error("multipart body without boundary");
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files: Record<string, MultipartFile> = {};
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    if (body.subarray(start, start + 2).toString() === "\r\n") start += 2;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    // The part ends with CRLF before the next delimiter.
    let end = next;
    if (body.subarray(end - 2, end).toString() === "\r\n") end -= 2;
    const part = body.subarray(start, end);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename=(?:"([^"]*)"|([^;\r\n]+))/i.exec(headers);
      if (name !== undefined) {
        if (filename) files[name] = { filename: (filename[1] ?? filename[2] ?? "").trim(), data: Buffer.from(content) };
        else fields[name] = content.toString("utf8");
      }
    }
    pos = next;
  }
  return { fields, files };
}
