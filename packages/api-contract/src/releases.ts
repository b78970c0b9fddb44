// Releases: the list, one release, its changelog, and the cut (downloads are in
// ./release-files.ts). Queries, responses and OpenAPI paths. The manifest is stored as JSON in release.manifest and
// never changes (the row is immutable): a new field is safe, renaming or removing one is not.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ZFactKind } from "@dyad/core/schemas/fact-data";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import {
  commonErrors,
  notFound,
  okOrLd,
  okPage,
  publicAccess,
  redirectToNewest,
  tokenAccess,
  writeErrors,
  ZProblem,
} from "./openapi/responses";
import { cursor, limit, text, ZInstant } from "./shared/requests";
import { ZPageLinks, ZPageTotal } from "./shared/responses";

const instant = z.string().describe("An instant in UTC with microseconds");

export const ZReleaseName = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,62}$/, "letters, digits, dots, dashes and underscores, e.g. 2026.11.0")
  .refine((s) => s !== "latest", "'latest' names the newest release and cannot be a release's name")
  .describe("A release name, e.g. 2026.11.0");

const releaseAsOf = ZInstant.optional().describe("Only releases cut at or before this instant (they existed then)");
export const ZListReleasesQuery = z.strictObject({ asOf: releaseAsOf, cursor, limit });
export const ZReleaseQuery = z.strictObject({ asOf: releaseAsOf });

export const ZReleaseChangeType = z.enum(["added", "changed", "removed"]);
export const ZReleaseChangesQuery = z.strictObject({
  asOf: releaseAsOf,
  change: ZReleaseChangeType.optional().describe("Only this kind of change"),
  cursor,
  limit,
});

export const ZCreateReleaseRequest = z.strictObject({
  name: ZReleaseName,
  notes: text(5000).trim().default("").describe("What this release is, for the people who cite it"),
});
export type TCreateReleaseRequest = z.input<typeof ZCreateReleaseRequest>;

/** The path parameter of every endpoint under /api/v1/releases/{name}. */
export const releaseParams = z.object({ name: z.union([z.literal("latest"), ZReleaseName]) });

export const RELEASE_FORMAT = "dyad-release/1";

export const ZReleaseManifest = z.object({
  format: z.literal(RELEASE_FORMAT).describe("The serialization rules the hash follows (docs/releases.md)"),
  name: z.string(),
  asOf: instant.describe("The instant frozen: the release holds exactly what was public then"),
  notes: z.string(),
  factCount: z.number().int(),
  relationCount: z.number().int(),
  kinds: z.partialRecord(ZFactKind, z.number().int()).describe("Facts by kind"),
  hashAlgorithm: z.literal("sha256"),
  contentHash: z.string().describe("Lowercase hex SHA-256 of facts.ndjson, byte for byte"),
  previous: z.object({ name: z.string(), asOf: instant, contentHash: z.string() }).nullable(),
  changes: z
    .object({ added: z.number().int(), changed: z.number().int(), removed: z.number().int() })
    .describe("Against the previous release: facts new in this one, with another revision, or gone"),
  licence: z
    .string()
    .optional()
    .describe("Under which terms the release may be reused (absent in releases cut before it was stated)"),
});
export type TReleaseManifest = z.infer<typeof ZReleaseManifest>;

export const ZReleaseSummary = z.object({
  name: z.string(),
  asOf: instant,
  createdAt: instant,
  factCount: z.number().int(),
  contentHash: z.string(),
  url: z.string(),
});

/** An entry of a release taken down after the cut: not served, the hash still covers it. */
export const ZReleaseRedaction = z.object({
  factId: ZUuid,
  revisionId: ZUuid,
  at: instant.describe("When its text was withdrawn from public view"),
  reason: z.string(),
});

/** The files that describe a release and its normalised tables (release-tables.ts), beside its data. */
const ZPackageLinks = z.object({
  datapackage: z.string().describe("Frictionless Data Package: the release's tables and their schemas"),
  citation: z.string().describe("CITATION.cff: how to cite the release"),
  revisions: z.string().describe("revisions.csv"),
  sources: z.string().describe("sources.csv"),
  citations: z.string().describe("citations.csv: which revision cites which source"),
});
export const packageLinks = (url: string): z.infer<typeof ZPackageLinks> => ({
  datapackage: `${url}/datapackage.json`,
  citation: `${url}/CITATION.cff`,
  revisions: `${url}/revisions.csv`,
  sources: `${url}/sources.csv`,
  citations: `${url}/citations.csv`,
});

export const ZRelease = ZReleaseSummary.extend({
  notes: z.string(),
  manifest: ZReleaseManifest,
  redactions: z
    .array(ZReleaseRedaction)
    .describe(
      "Entries whose text was taken down since the cut, by factId: downloads leave them out, so only a copy taken before can be checked against contentHash (docs/releases.md, Takedowns)",
    ),
  previous: z.object({ name: z.string(), url: z.string() }).nullable(),
  links: z.object({
    changes: z.string(),
    json: z.string(),
    ndjson: z.string().describe("The canonical serialization: its SHA-256 is contentHash"),
    csv: z.string(),
    ...ZPackageLinks.shape,
  }),
});
export type TRelease = z.infer<typeof ZRelease>;
export const ZReleaseResponse = z.object({ data: ZRelease });

export const ZReleasePage = z.object({
  data: z.array(ZReleaseSummary),
  meta: z.object({ limit: z.number().int(), nextCursor: z.string().nullable(), total: ZPageTotal }),
  links: ZPageLinks,
});

const revisionRef = z.object({ revisionId: ZUuid, revision: z.number().int() }).nullable();
export const ZReleaseChange = z.object({
  factId: ZUuid,
  change: z.enum(["added", "changed", "removed"]),
  relation: z.string(),
  from: revisionRef.describe("The revision in the previous release"),
  to: revisionRef.describe("The revision in this release"),
  statement: z
    .string()
    .describe("The statement in this release (removed: in the previous one); a placeholder when taken down since"),
});
export const ZReleaseChangePage = z.object({
  data: z.array(ZReleaseChange),
  meta: z.object({
    limit: z.number().int(),
    nextCursor: z.string().nullable(),
    previous: z.string().nullable(),
    total: ZPageTotal,
  }),
  links: ZPageLinks,
});

export const listReleasesEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/releases",
  operationId: "listReleases",
  security: publicAccess,
  tags: ["Releases"],
  summary: "Releases",
  description: "Named, frozen states of everything public, newest first.",
  request: { query: ZListReleasesQuery },
  responses: { ...okPage(ZReleasePage, "A page of releases"), ...commonErrors },
};

export const createReleaseEndpoint: RouteConfig = {
  method: "post",
  path: "/api/v1/releases",
  operationId: "createRelease",
  tags: ["Releases"],
  summary: "Cut a release",
  description: "Freeze everything public now under a name. Reviewers and admins (scope releases:write).",
  security: tokenAccess,
  request: { body: { required: true, content: { "application/json": { schema: ZCreateReleaseRequest } } } },
  responses: {
    201: { description: "The release", content: { "application/json": { schema: ZReleaseResponse } } },
    409: { description: "The name is taken", content: { "application/problem+json": { schema: ZProblem } } },
    ...writeErrors,
    ...commonErrors,
  },
};

export const getReleaseEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/releases/{name}",
  operationId: "getRelease",
  security: publicAccess,
  tags: ["Releases"],
  summary: "A release",
  description: "Its manifest (counts, instant, notes, changes), content hash and downloads. latest: 302 to the newest.",
  request: { params: releaseParams, query: ZReleaseQuery },
  responses: { ...okOrLd(ZReleaseResponse, "The release"), ...redirectToNewest, ...notFound, ...commonErrors },
};

export const listReleaseChangesEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/releases/{name}/changes",
  operationId: "listReleaseChanges",
  security: publicAccess,
  tags: ["Releases"],
  summary: "A release's changelog",
  description: "Facts added, changed (another revision) or removed since the previous release, in fact id order.",
  request: { params: releaseParams, query: ZReleaseChangesQuery },
  responses: { ...okPage(ZReleaseChangePage, "A page of changes"), ...notFound, ...commonErrors },
};
