// Release responses of the public API. The manifest is stored as JSON in release.manifest and
// never changes (the row is immutable): a new field is safe, renaming or removing one is not.
import { z } from "zod";
import { ZPageLinks, ZPageTotal } from "../api/response-schemas";
import { ZUuid } from "../schemas/fact";
import { ZFactKind } from "../schemas/fact-data";

const instant = z.string().describe("An instant in UTC with microseconds");

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
