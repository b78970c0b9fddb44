// Responses of the public API (/api/v1). The domain operations return these shapes (their types
// are checked against them), apps/web/lib/api/openapi.ts documents them, and the integration
// tests parse real responses with them, so the document cannot drift from what is served.
// ZFactRecord is also one line of a release download: changing it changes release hashes, so it
// is versioned (docs/releases.md, "dyad-release/1").
import { z } from "zod";
import { ZSection, ZUuid } from "../schemas/fact";
import { ZFactKind } from "../schemas/fact-data";
import { ZRelatedLinks } from "../schemas/related-link";
import { ZSourceKind } from "../schemas/source";

const instant = z.string().describe("An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z");
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

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    meta: ZApiReadMeta.extend({ limit: z.number().int(), nextCursor: z.string().nullable(), total: ZPageTotal }),
    links: ZPageLinks,
  });

export const ZApiCountry = z.object({
  code: z.string().describe("ISO 3166-1 alpha-2"),
  alpha3: z.string().describe("ISO 3166-1 alpha-3"),
  slug: z.string(),
  name: z.string(),
  officialName: z.string(),
  region: z.string(),
  numeric: z.string().nullable().describe("ISO 3166-1 numeric, three digits (null for Kosovo)"),
  m49: z.string().nullable().describe("UN M49 (the ISO numeric code; null where M49 has none)"),
  wikidata: z.string().nullable().describe("Wikidata item id, e.g. Q227"),
  cow: z
    .object({ code: z.number().int(), letter: z.string().nullable() })
    .nullable()
    .describe("Correlates of War state number and abbreviation (null: not in the COW state system)"),
  sameAs: z.array(z.string()).describe("The same country elsewhere: its Wikidata item and ISO's entry"),
});
export const ZApiCountryList = z.object({ data: z.array(ZApiCountry), meta: ZApiReadMeta });

export const ZApiRelation = z.object({
  slug: z.string(),
  name: z.string(),
  countries: z.array(z.object({ code: z.string(), name: z.string(), slug: z.string() })),
  factCount: z.number().int().describe("Facts public at asOf (with on: of those, the facts that held on that date)"),
  lastPublishedAt: instant.describe("The latest publication or withdrawal at or before asOf"),
  links: z.object({ self: z.string(), facts: z.string(), page: z.string() }),
});
export type TApiRelation = z.infer<typeof ZApiRelation>;
export const ZApiRelationPage = page(ZApiRelation);
export const ZApiRelationDetail = z.object({
  data: ZApiRelation.extend({
    kinds: z.partialRecord(ZFactKind, z.number().int()).describe("Public facts by kind"),
    relatedLinks: ZRelatedLinks.describe(
      "Further reading the imported article gives (See also, external links, categories): navigation, not facts. The latest import's, whatever asOf (links are not versioned)",
    ),
  }),
  meta: ZApiReadMeta,
});

export const ZApiFactPage = page(ZApiFact);

/** A takedown: the revision's text is no longer served anywhere (docs/releases.md, "Takedowns"). */
export const ZApiRedaction = z
  .object({ at: instant, by: z.string(), reason: z.string() })
  .describe("The revision's text was withdrawn from public view: when, by whom, why");

export const ZApiPublicationEvent = z.object({
  at: instant,
  type: z.enum(["published", "withdrawn"]),
  revisionId: ZUuid.nullable(),
  revision: z.number().int().nullable(),
  redacted: ZApiRedaction.nullable().describe("Set when the revision published here was later taken down"),
});

export const ZApiFactDetail = z.object({
  data: z.object({
    factId: ZUuid,
    relation: z.string(),
    status: z
      .enum(["public", "withdrawn", "redacted"])
      .describe("withdrawn: public before asOf, not at asOf; redacted: what was public at asOf was taken down"),
    current: ZApiFact.nullable().describe("What the public saw at asOf; null when withdrawn or redacted"),
    heldOn: z
      .boolean()
      .nullable()
      .optional()
      .describe(
        "Only with on: whether `current` held at some point of that date (valid time), as the facts list with the same on would include it; null when nothing is public",
      ),
    revisions: z
      .array(ZFactRecord)
      .describe("Every revision that was public at some time up to asOf and not taken down, oldest first"),
    history: z.array(ZApiPublicationEvent).describe("Publications and withdrawals up to asOf, oldest first"),
  }),
  meta: ZApiReadMeta,
});

export const ZApiRevisionDiff = z.object({
  data: z.object({
    factId: ZUuid,
    from: ZFactRecord,
    to: ZFactRecord,
    changes: z
      .array(
        z.object({
          path: z.string().describe("Dotted path of the changed field, e.g. data.amount.value or sources.0.title"),
          type: z.enum(["added", "removed", "changed"]),
          from: z.unknown().optional(),
          to: z.unknown().optional(),
        }),
      )
      .describe("Field by field, ignoring who wrote the revisions, when and why"),
    statement: z
      .array(z.object({ type: z.enum(["same", "added", "removed"]), text: z.string() }))
      .describe("The statement compared word by word"),
  }),
  meta: ZApiReadMeta,
});

export const ZApiSource = ZApiCitedSource.omit({ locator: true }).extend({
  citedBy: z.number().int().describe("Public facts citing it at asOf"),
});
export const ZApiSourcePage = page(ZApiSource);
export const ZApiSourceDetail = z.object({
  data: ZApiSource.extend({
    facts: z
      .array(
        z.object({
          factId: ZUuid,
          revisionId: ZUuid,
          relation: z.string(),
          statement: z.string(),
          locator: z.string().nullable(),
        }),
      )
      .describe("The facts citing it at asOf, by relation (the first 1,000; citedBy counts them all)"),
  }),
  meta: ZApiReadMeta,
});

export const ZApiChangeEvent = z.object({
  id: z.string().describe("The event's position in the publication log"),
  at: instant,
  type: z.enum(["published", "withdrawn"]),
  factId: ZUuid,
  relation: z.string(),
  fact: ZFactRecord.nullable().describe("published: the content now public; withdrawn or redacted: null"),
  redacted: ZApiRedaction.nullable().describe("Set when the revision this event published was later taken down"),
  changeSet: z
    .object({
      id: ZUuid,
      title: z.string(),
      action: z.enum(["published", "reverted"]).describe("The change-set's publish, or its revert"),
    })
    .nullable()
    .describe(
      "Set when the event is part of an editorial change-set: all its events share one instant and are never split across pages",
    ),
});
export const ZApiChangesPage = z.object({
  data: z.array(ZApiChangeEvent),
  meta: z.object({
    limit: z.number().int(),
    hasMore: z.boolean().describe("More events follow now; when false, poll nextCursor later"),
    nextCursor: z.string().describe("Where to continue, now or later"),
    asOf: instant
      .nullable()
      .describe("On the last page: applying every event so far gives exactly the public state at this instant"),
  }),
  // No total: the feed only grows, and a full page is immutable (cached for a year).
  links: z.object({ self: z.string(), next: z.string(), first: z.string().describe("The feed's first page") }),
});

export const ZApiFieldChange = z
  .object({
    path: z.array(z.union([z.string(), z.number()])).describe('Where, e.g. ["data", "amount", "value"]'),
    type: z.enum(["added", "removed", "changed"]),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    words: z
      .array(z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() }))
      .optional()
      .describe("For changed text: the words removed and added, in order"),
  })
  .describe("One field that differs between two revisions");

export const ZApiRelationChanges = z
  .object({
    data: z.object({
      relation: z.string().describe("The relation's slug"),
      since: instant.describe("The start instant compared with meta.asOf (the end)"),
      added: z.array(ZFactRecord).describe("Public at the end, not at the start"),
      changed: z
        .array(z.object({ before: ZFactRecord, after: ZFactRecord, changes: z.array(ZApiFieldChange) }))
        .describe("Public at both instants in different revisions, with the field-by-field diff"),
      withdrawn: z.array(ZFactRecord).describe("Public at the start, not at the end (unpublished or deleted)"),
    }),
    meta: ZApiReadMeta,
    links: z.object({ self: z.string(), page: z.string().describe("The same changes as a web page") }),
  })
  .describe("What changed in a relation between two publication instants");
export type TApiRelationChanges = z.infer<typeof ZApiRelationChanges>;

export const ZApiSearchResults = z
  .object({
    data: z.object({
      query: z.string(),
      relations: z
        .array(z.object({ slug: z.string(), name: z.string(), facts: z.number().int() }))
        .describe("Relations whose name matches (first page of a words query only)"),
      countries: z
        .array(z.object({ code: z.string(), slug: z.string(), name: z.string() }))
        .describe("Countries whose name, a variant or a demonym matches (first page of a words query only)"),
      facts: z
        .array(
          z.object({
            factId: ZUuid.describe("The best-ranked fact read from this sentence"),
            kind: ZFactKind,
            exact: z.boolean().describe("False for a near match (a misspelt word)"),
            statement: z.string(),
            claims: z.number().int().describe("How many facts were read from this sentence"),
            snippet: z
              .array(z.object({ text: z.string(), mark: z.boolean() }))
              .describe("The sentence, matches marked"),
            relation: z.object({ slug: z.string(), name: z.string() }),
          }),
        )
        .describe("One result per sentence, best first"),
      onlyNearMatches: z.boolean().describe("No fact contains the exact words: these are the closest"),
    }),
    meta: z.object({
      total: z.number().int().describe("Sentences found over every page"),
      page: z.number().int(),
      limit: z.number().int(),
      facets: z.object({
        kinds: z
          .array(z.object({ kind: ZFactKind, count: z.number().int() }))
          .describe("Facts by kind, without the kind filter"),
        relations: z
          .array(z.object({ slug: z.string(), name: z.string(), count: z.number().int() }))
          .describe("The ten relations with most matching facts, without the relation filter"),
        years: z
          .object({ from: z.number().int().nullable(), to: z.number().int().nullable() })
          .describe("The first and last year the matching facts start in, without the year filter"),
      }),
      licence: ZApiLicence,
    }),
    links: ZPageLinks.extend({ prev: z.string().nullable().describe("The page before; null on the first") }),
  })
  .describe("Published facts, relations and countries matching a search, with facets");
export type TApiSearchResults = z.infer<typeof ZApiSearchResults>;
