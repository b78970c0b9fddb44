// GET /api/v1/releases/{name}/{file}: the downloads of a release and their OpenAPI path.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { commonErrors, notFound, publicAccess, redirectToNewest } from "./openapi/responses";
import { releaseParams, ZReleaseQuery } from "./releases";

const DATA_FILES = ["facts.ndjson", "facts.json", "facts.csv", "revisions.csv", "sources.csv", "citations.csv"];
const RELEASE_FILES: [string, ...string[]] = [
  "datapackage.json",
  "CITATION.cff",
  ...DATA_FILES.flatMap((f) => [f, `${f}.gz`, `${f}.br`]),
];

export const downloadReleaseFileEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/releases/{name}/{file}",
  operationId: "downloadReleaseFile",
  security: publicAccess,
  tags: ["Releases"],
  summary: "Download a release",
  description:
    "facts.ndjson is the canonical serialization: one RFC 8785 JSON line per fact, in fact id order, each " +
    "ending in \\n; its SHA-256 is the release's contentHash (see /docs/api#releases). facts.json and " +
    "facts.csv carry the same records; revisions.csv, sources.csv and citations.csv the same data as " +
    "normalised tables, described with their schemas by datapackage.json (Frictionless Data Package). " +
    "CITATION.cff says how to cite the release. Each data file is also served gzipped (.gz) and " +
    "brotli-compressed (.br), with its exact Content-Length and one byte range on request (Range: 206; " +
    "416 past the end), so a broken download resumes. Link names the licence (rel=license) and the " +
    "package (rel=describedby). Immutable.",
  request: {
    params: releaseParams.extend({
      file: z.enum(RELEASE_FILES).describe("A data file, optionally .gz or .br, or datapackage.json or CITATION.cff"),
    }),
    query: ZReleaseQuery,
    headers: z.object({
      range: z.string().optional().describe("One byte range, e.g. bytes=1048576- to resume a download"),
      "if-range": z.string().optional().describe("The ETag the partial copy came from; another gets the whole file"),
    }),
  },
  responses: {
    200: {
      description: "The file",
      content: {
        "application/x-ndjson": { schema: z.string() },
        "application/json": { schema: z.string() },
        "text/csv": { schema: z.string() },
        "application/gzip": { schema: z.string() },
        "application/x-br": { schema: z.string() },
        "application/x-yaml": { schema: z.string() },
      },
    },
    ...redirectToNewest,
    206: { description: "The byte range asked for (Content-Range says which)" },
    416: { description: "The range starts after the last byte (Content-Range: bytes */<size>)" },
    ...notFound,
    ...commonErrors,
  },
};
