// The shapes that responses of the public API (/api/v1) share: a fact as one revision says it,
// the read meta, a page. The domain operations return these shapes (their types are checked
// against them), the OpenAPI document documents them, and the integration tests parse real
// responses with them, so the document cannot drift from what is served.
// ZFactRecord is also one line of a release download: changing it changes release hashes, so it
// is versioned (docs/releases.md, "dyad-release/1").

import { ZSection } from "@dyad/core/schemas/fact";
import { ZFactKind } from "@dyad/core/schemas/fact-data";
import { ZSourceKind } from "@dyad/core/schemas/source";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";

/** An instant as the read model writes it. */
export const instant = z.string().describe("An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z");
const partialDate = z.string().nullable();

export const ZApiCitedSource = z.object({
  id: ZUuid,
  url: z.string().nullable(),
  title: z.string(),
  publisher: z.string().nullable(),
  kind: ZSourceKind,
  publishedOn: z.string().nullable().describe("YYYY-MM-DD"),
  accessedOn: z.string().nullable().describe("YYYY-MM-DD"),
  locator: z.string().nullable().describe("Where in the source: section, page or paragraph"),
});

export const ZFactRecord = z
  .object({
    factId: ZUuid.describe("The fact's stable id"),
    revisionId: ZUuid.describe("The immutable revision this content comes from"),
    revision: z.number().int().describe("The revision's number within the fact, from 1"),
    relation: z.string().describe("The relation's slug"),
    countries: z.array(z.string()).length(2).describe("The two countries (ISO 3166-1 alpha-2)"),
    kind: ZFactKind,
    section: ZSection,
    statement: z.string(),
    data: z.record(z.string(), z.unknown()).describe("The kind's structured fields"),
    validTime: z
      .object({ start: partialDate, end: partialDate })
      .describe("When the fact held in the world: YYYY, YYYY-MM or YYYY-MM-DD; end null = still holds or unknown"),
    sources: z.array(ZApiCitedSource),
    contentHash: z
      .string()
      .describe("SHA-256 of the revision's content (kind, section, data, statement, time, citations)"),
    createdAt: instant.describe("When the revision was written"),
    note: z.string().describe("Why the revision was made"),
  })
  .describe("A fact as one revision says it: one line of a release download");
export type TFactRecord = z.infer<typeof ZFactRecord>;

export const ZApiFact = ZFactRecord.extend({
  publishedAt: instant.describe("When this revision became what the public sees (the latest such time)"),
});
export type TApiFact = z.infer<typeof ZApiFact>;

export const ZApiReleaseRef = z.object({
  name: z.string(),
  asOf: instant,
  contentHash: z.string(),
  url: z.string(),
});

const ZLicenceRef = z.object({ name: z.string(), url: z.string() });
export const ZApiLicence = z.object({
  data: ZLicenceRef.describe("Dyad's structured data (kinds, dates, amounts, parties, sources, history)"),
  text: ZLicenceRef.extend({ appliesTo: z.string() }).describe(
    "Statement text taken from Wikipedia articles; the cited article (title and address) is its attribution",
  ),
});

export const ZApiReadMeta = z.object({
  asOf: instant.describe("The instant this answer is exactly right for. Pass it as asOf to get the same answer again."),
  current: z
    .boolean()
    .describe("True for an answer about now (no asOf, or one in the future): later publications change it"),
  final: z
    .boolean()
    .describe("True when this answer can never change (a settled instant): it is served with Cache-Control immutable"),
  release: ZApiReleaseRef.nullable().describe("The latest release cut at or before asOf"),
  licence: ZApiLicence.describe("Under which terms this answer may be reused"),
});
export type TApiReadMeta = z.infer<typeof ZApiReadMeta>;

/** A page's links (also sent as a Link header): this page, the next (null on the last), the first. */
export const ZPageLinks = z.object({
  self: z.string(),
  next: z.string().nullable(),
  first: z.string().describe("The list's first page, at the same instant"),
});
/** How many items the whole list has, over every page, as of the page's instant. */
export const ZPageTotal = z.number().int().describe("Items in the whole list at asOf, over every page");

/** A page of a list at one instant: its items, the read meta with paging, and its links. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    meta: ZApiReadMeta.extend({ limit: z.number().int(), nextCursor: z.string().nullable(), total: ZPageTotal }),
    links: ZPageLinks,
  });
