import { getRelease, ZReleaseQuery } from "@dyad/db";
import { HttpProblem } from "../../../../../../lib/api/problem";
import { type DownloadFile, FORMATS, releaseStream } from "../../../../../../lib/api/release-download";
import { parseQuery } from "../../../../../../lib/api/request";
import { CACHE, notModified } from "../../../../../../lib/api/respond";
import { publicRead, route } from "../../../../../../lib/api/route";

/**
 * A release's facts as facts.ndjson (the canonical serialization: its SHA-256 is the release's
 * contentHash, also sent as Repr-Digest), facts.json or facts.csv, streamed. Entries taken down
 * since the cut are left out (Dyad-Redacted-Entries counts them; no Repr-Digest then).
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) => {
    const { asOf } = parseQuery(request, ZReleaseQuery);
    const file = String(params.file);
    if (!(file in FORMATS)) {
      throw new HttpProblem(404, "NOT_FOUND", `No file ${file}: a release has ${Object.keys(FORMATS).join(", ")}`);
    }
    const name = String(params.name);
    const release = await getRelease({ name, asOf });
    if (name === "latest") {
      return new Response(null, {
        status: 302,
        headers: { location: `${release.url}/${file}`, "cache-control": "no-cache" },
      });
    }
    const format = FORMATS[file as DownloadFile];
    // A takedown changes what is served (never the hash): the ETag counts the redactions, and
    // the bytes are cached for an hour, not for ever, so a takedown reaches shared caches.
    const redactions = release.redactions.length;
    const etag = `"${release.contentHash}.${redactions}.${format.extension}"`;
    const headers: Record<string, string> = { etag, "cache-control": CACHE.reference };
    if (redactions > 0) headers["dyad-redacted-entries"] = String(redactions);
    if (notModified(request, etag)) return new Response(null, { status: 304, headers });
    if (file === "facts.ndjson" && redactions === 0) {
      headers["repr-digest"] = `sha-256=:${Buffer.from(release.contentHash, "hex").toString("base64")}:`;
    }
    return new Response(releaseStream(release, file as DownloadFile), {
      headers: {
        ...headers,
        "content-type": format.type,
        "content-disposition": `attachment; filename="dyad-${release.name}-facts.${format.extension}"`,
      },
    });
  }),
});
