import type { TRelease } from "@dyad/api-contract";
import { DATA_LICENCE } from "@dyad/core/licence";
import { byteRange } from "@dyad/db";
import { HttpProblem } from "./problem";
import { type DownloadFile, FORMATS } from "./release-download";
import { CODING_SUFFIX, type Coding, fileBody, fileSize, releaseFile } from "./release-files";
import { CACHE, notModified } from "./respond";

/** Content-Length, which Next.js drops from route handlers; the server restores it (serve-next.mjs). */
const DECLARED_LENGTH = "x-dyad-content-length";

/**
 * Downloads keep their bytes but a takedown can leave entries out (docs/releases.md, Takedowns),
 * so they are cached for an hour, not for ever. `no-transform` keeps a proxy (or the server's own compression) from
 * re-encoding them, which would change their length and break byte ranges.
 */
const DOWNLOAD_CACHE = `${CACHE.reference}, no-transform`;

/** The licence and the package describing the release, on every download (RFC 8288). */
export const releaseLinks = (release: TRelease) =>
  `<${DATA_LICENCE.url}>; rel="license", <${release.url}/datapackage.json>; rel="describedby"; type="application/json"`;

/**
 * One release file in one coding. Compressed files have addresses of their own (`.gz`, `.br`)
 * rather than being negotiated with Accept-Encoding: a byte range then always means the same
 * bytes, each URL has one strong ETag, and `curl -C -` or `wget -c` resume a compressed dump
 * exactly (clients that decode Content-Encoding on the fly cannot resume one). Its exact length, one byte range on request (206; 416 past the
 * end; If-Range falls back to the whole file when the client's copy is another version), a strong
 * ETag per coding (the compressed and plain bytes differ), and 304 for a copy the client has.
 */
export async function serveReleaseFile(
  request: Request,
  release: TRelease & { id: string },
  file: DownloadFile,
  coding: Coding,
): Promise<Response> {
  const format = FORMATS[file];
  // The ETag counts the takedowns: they change the bytes served, never the hash.
  const redactions = release.redactions.length;
  const etag = `"${release.contentHash}.${redactions}.${file}${CODING_SUFFIX[coding]}"`;
  const headers: Record<string, string> = {
    etag,
    "cache-control": DOWNLOAD_CACHE,
    link: releaseLinks(release),
    "accept-ranges": "bytes",
  };
  if (redactions > 0) headers["dyad-redacted-entries"] = String(redactions);
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  if (file === "facts.ndjson" && coding === "identity" && redactions === 0) {
    headers["repr-digest"] = `sha-256=:${Buffer.from(release.contentHash, "hex").toString("base64")}:`;
  }
  const filePath = await releaseFile(release, file, coding);
  const size = await fileSize(filePath);
  const name = `dyad-${release.name}-${file}${CODING_SUFFIX[coding]}`;
  headers["content-type"] =
    coding === "identity" ? format.type : coding === "gzip" ? "application/gzip" : "application/x-br";
  headers["content-disposition"] = `attachment; filename="${name}"`;
  const ifRange = request.headers.get("if-range");
  const range =
    ifRange && ifRange !== etag ? { kind: "whole" as const } : byteRange(request.headers.get("range"), size);
  if (range.kind === "unsatisfiable") {
    throw new HttpProblem(
      416,
      "RANGE_NOT_SATISFIABLE",
      `This file has ${size} bytes: a range must start before byte ${size}`,
      {},
      { "content-range": `bytes */${size}`, "accept-ranges": "bytes" },
    );
  }
  if (range.kind === "part") {
    const length = range.end - range.start + 1;
    return new Response(fileBody(filePath, range.start, range.end), {
      status: 206,
      headers: {
        ...headers,
        "content-range": `bytes ${range.start}-${range.end}/${size}`,
        [DECLARED_LENGTH]: String(length),
      },
    });
  }
  const body = size === 0 ? null : fileBody(filePath, 0, size - 1);
  return new Response(body, { headers: { ...headers, [DECLARED_LENGTH]: String(size) } });
}
