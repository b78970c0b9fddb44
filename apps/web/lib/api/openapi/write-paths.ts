import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import {
  ZApiDraft,
  ZCreateFactRequest,
  ZCreateReleaseRequest,
  ZIdempotencyKey,
  ZListReleasesQuery,
  ZPatchFactRequest,
  ZReleaseChangePage,
  ZReleaseChangesQuery,
  ZReleaseName,
  ZReleasePage,
  ZReleaseQuery,
  ZReleaseResponse,
  ZUuid,
} from "@dyad/db";
import { z } from "zod";
import {
  commonErrors,
  notFound,
  okOrLd,
  okPage,
  publicAccess,
  redirectToNewest,
  writeErrors,
  ZProblem,
} from "./components";

const factParams = z.object({ id: ZUuid.describe("A fact's id") });
const releaseParams = z.object({ name: z.union([z.literal("latest"), ZReleaseName]) });
const ifMatch = z.object({
  "If-Match": z.string().describe('The draft revision you started from, quoted: "<revisionId>" (the draft\'s ETag)'),
});
const idempotencyKey = z.object({ "Idempotency-Key": ZIdempotencyKey.optional() });
const security = [{ apiToken: [] }];
const draftOk = (status: number, description: string) => ({
  [status]: {
    description,
    headers: z.object({
      ETag: z.string().describe('"<revisionId>" of the draft: the next If-Match'),
      "Idempotent-Replayed": z
        .literal("true")
        .optional()
        .describe(
          "Present when this answers a retry whose Idempotency-Key had already written: nothing was written again",
        ),
    }),
    content: { "application/json": { schema: ZApiDraft } },
  },
});
const conflict = {
  409: {
    description: "Someone saved the draft since: currentRevisionId names the revision to start from",
    content: { "application/problem+json": { schema: ZProblem } },
  },
};
const preconditionRequired = {
  428: {
    description: "If-Match is missing",
    content: { "application/problem+json": { schema: ZProblem } },
  },
};

const DATA_FILES = ["facts.ndjson", "facts.json", "facts.csv", "revisions.csv", "sources.csv", "citations.csv"];
const RELEASE_FILES: [string, ...string[]] = [
  "datapackage.json",
  "CITATION.cff",
  ...DATA_FILES.flatMap((f) => [f, `${f}.gz`, `${f}.br`]),
];

/** Releases (reads and the cut) and the token-authenticated writes. */
export function registerWritePaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/releases",
    operationId: "listReleases",
    security: publicAccess,
    tags: ["Releases"],
    summary: "Releases",
    description: "Named, frozen states of everything public, newest first.",
    request: { query: ZListReleasesQuery },
    responses: { ...okPage(ZReleasePage, "A page of releases"), ...commonErrors },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/releases",
    operationId: "createRelease",
    tags: ["Releases"],
    summary: "Cut a release",
    description: "Freeze everything public now under a name. Reviewers and admins (scope releases:write).",
    security,
    request: { body: { required: true, content: { "application/json": { schema: ZCreateReleaseRequest } } } },
    responses: {
      201: { description: "The release", content: { "application/json": { schema: ZReleaseResponse } } },
      409: { description: "The name is taken", content: { "application/problem+json": { schema: ZProblem } } },
      ...writeErrors,
      ...commonErrors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/releases/{name}",
    operationId: "getRelease",
    security: publicAccess,
    tags: ["Releases"],
    summary: "A release",
    description:
      "Its manifest (counts, instant, notes, changes), content hash and downloads. latest: 302 to the newest.",
    request: { params: releaseParams, query: ZReleaseQuery },
    responses: { ...okOrLd(ZReleaseResponse, "The release"), ...redirectToNewest, ...notFound, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/releases/{name}/changes",
    operationId: "listReleaseChanges",
    security: publicAccess,
    tags: ["Releases"],
    summary: "A release's changelog",
    description: "Facts added, changed (another revision) or removed since the previous release, in fact id order.",
    request: { params: releaseParams, query: ZReleaseChangesQuery },
    responses: { ...okPage(ZReleaseChangePage, "A page of changes"), ...notFound, ...commonErrors },
  });
  registry.registerPath({
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
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/facts",
    operationId: "createFact",
    tags: ["Writing"],
    summary: "Create a draft fact",
    description: "A new fact, saved as a draft for review, with the same rules as the editor app (scope facts:write).",
    security,
    request: {
      headers: idempotencyKey,
      body: { required: true, content: { "application/json": { schema: ZCreateFactRequest } } },
    },
    responses: { ...draftOk(201, "The draft"), ...notFound, ...writeErrors, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/facts/{id}/draft",
    operationId: "getFactDraft",
    tags: ["Writing"],
    summary: "A fact's latest draft",
    description: "The draft an edit starts from; its ETag is the If-Match of the edit (scope facts:write).",
    security,
    request: { params: factParams },
    responses: { ...draftOk(200, "The draft"), ...notFound, ...writeErrors, ...commonErrors },
  });
  registry.registerPath({
    method: "patch",
    path: "/api/v1/facts/{id}",
    operationId: "reviseFactDraft",
    tags: ["Writing"],
    summary: "Revise a draft",
    description:
      "Save a new draft revision: the draft named by If-Match with the given content fields replaced " +
      "(scope facts:write). Saving what the draft already says creates nothing (changed: false).",
    security,
    request: {
      params: factParams,
      headers: ifMatch.extend(idempotencyKey.shape),
      body: { required: true, content: { "application/json": { schema: ZPatchFactRequest } } },
    },
    responses: { ...draftOk(200, "The new draft"), ...conflict, ...preconditionRequired, ...notFound, ...writeErrors },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/facts/{id}/submit",
    operationId: "submitFactDraft",
    tags: ["Writing"],
    summary: "Submit a draft for review",
    description:
      "Send the draft named by If-Match to the reviewers; refused with its issues if it could not be published.",
    security,
    request: { params: factParams, headers: ifMatch },
    responses: { ...draftOk(200, "The submitted draft"), ...conflict, ...preconditionRequired, ...writeErrors },
  });
}
