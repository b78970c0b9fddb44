import { ZReleaseQuery } from "@dyad/api-contract";
import { getRelease } from "@dyad/db";
import { negotiate } from "@/lib/api/negotiate";
import { HttpProblem } from "@/lib/api/problem";
import { type DownloadFile, FORMATS } from "@/lib/api/release-download";
import type { Coding } from "@/lib/api/release-files";
import { citationCff, dataPackage } from "@/lib/api/release-package";
import { parseQuery } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";
import { releaseLinks, serveReleaseFile } from "@/lib/api/serve-release-file";

const PACKAGE_FILES = ["datapackage.json", "CITATION.cff"];
const FILES = [...Object.keys(FORMATS).flatMap((f) => [f, `${f}.gz`, `${f}.br`]), ...PACKAGE_FILES];

/** A file name as the download it names and its coding: `facts.csv.gz` is facts.csv, gzipped. */
function parseFile(file: string): { data: DownloadFile; coding: Coding } | null {
  const [, base = "", suffix] = /^(.*?)(\.gz|\.br)?$/.exec(file) ?? [];
  // Own keys only: `in` also finds the prototype's (`constructor`, `__proto__`), which are no file.
  if (!Object.hasOwn(FORMATS, base)) return null;
  return { data: base as DownloadFile, coding: suffix === ".gz" ? "gzip" : suffix === ".br" ? "br" : "identity" };
}

/** The media type a file is served as (without parameters), for the 406 check. */
function typeOf(file: string, parsed: ReturnType<typeof parseFile>): string {
  if (!parsed) return file === "datapackage.json" ? "application/json" : "application/x-yaml";
  if (parsed.coding !== "identity") return parsed.coding === "gzip" ? "application/gzip" : "application/x-br";
  return FORMATS[parsed.data].type.split(";")[0] as string;
}

/**
 * A release's files: its data (facts.ndjson, the canonical serialization whose SHA-256 is the
 * contentHash, also sent as Repr-Digest; facts.json; facts.csv and the revisions, sources and
 * citations tables), each also gzipped (`.gz`) or brotli-compressed (`.br`); and the files that describe it: datapackage.json and CITATION.cff.
 * Entries taken down since the cut are left out of the data files (Dyad-Redacted-Entries counts
 * them; no Repr-Digest then).
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) => {
    const { asOf } = parseQuery(request, ZReleaseQuery);
    const file = String(params.file);
    const parsed = parseFile(file);
    if (!parsed && !PACKAGE_FILES.includes(file)) {
      const detail = `No file ${file}: a release has ${FILES.join(", ")}`;
      throw new HttpProblem(404, "NOT_FOUND", detail, {}, {}, "A release has no file of this name");
    }
    negotiate(request, [typeOf(file, parsed)]);
    const name = String(params.name);
    const release = await getRelease({ name, asOf });
    if (name === "latest") {
      return new Response(null, {
        status: 302,
        headers: { location: `${release.url}/${file}`, "cache-control": "no-cache" },
      });
    }
    if (!parsed) {
      const headers = { link: releaseLinks(release) };
      if (file === "datapackage.json") return json(request, dataPackage(release), { cache: "immutable", headers });
      return new Response(citationCff(release), {
        headers: {
          ...headers,
          "content-type": "application/x-yaml; charset=utf-8",
          "cache-control": "public, max-age=31536000, immutable",
        },
      });
    }
    return serveReleaseFile(request, release, parsed.data, parsed.coding);
  }, null), // Each file has its own type: negotiated above, by the file's name.
});
