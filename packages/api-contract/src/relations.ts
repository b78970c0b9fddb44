// A relation: the list, one relation, and what changed in it between two instants (its facts are
// in ./facts.ts). Queries, responses and OpenAPI paths.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ZFactKind } from "@dyad/core/schemas/fact-data";
import { ZRelatedLinks } from "@dyad/core/schemas/related-link";
import { z } from "zod";
import { commonErrors, notFound, ok, okOrLd, okPage, publicAccess } from "./openapi/responses";
import { asOf, cursor, limit, ZAnyCountryCode, ZInstant, ZSlug, ZValidReadQuery } from "./shared/requests";
import { instant, page, ZApiReadMeta, ZFactRecord } from "./shared/responses";

/** The path parameter of every endpoint under /api/v1/relations/{slug}. */
export const slugParams = z.object({ slug: ZSlug });

export const ZListRelationsQuery = z.strictObject({
  asOf,
  country: ZAnyCountryCode.optional().describe(
    "Only relations of this country: ISO 3166-1 alpha-2 (AZ), alpha-3 (AZE) or numeric (031), a Wikidata QID (Q227), m49:031, or cow:373 / cow:AZE (Correlates of War)",
  ),
  cursor,
  limit,
});

export const ZRelationChangesQuery = z.strictObject({
  since: ZInstant.describe("Start: compare with what was public at this instant (e.g. your last visit)"),
  asOf: ZInstant.optional().describe("End: what was public at this instant. Omitted: now"),
});

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

export const listRelationsEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/relations",
  operationId: "listRelations",
  security: publicAccess,
  tags: ["Relations"],
  summary: "Relations",
  description: "Relations with at least one fact public at asOf, in slug order, with how many.",
  request: { query: ZListRelationsQuery },
  responses: { ...okPage(ZApiRelationPage, "A page of relations"), ...commonErrors },
};

export const getRelationEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/relations/{slug}",
  operationId: "getRelation",
  security: publicAccess,
  tags: ["Relations"],
  summary: "A relation",
  description:
    "A relation at asOf: its countries, its public facts counted by kind, and its related links (the article's further reading, never facts). With on (valid time), only the facts that held on that date are counted.",
  request: { params: slugParams, query: ZValidReadQuery },
  responses: { ...okOrLd(ZApiRelationDetail, "The relation"), ...notFound, ...commonErrors },
};

export const getRelationChangesEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/relations/{slug}/changes",
  operationId: "getRelationChanges",
  security: publicAccess,
  tags: ["Facts"],
  summary: "What changed in a relation between two instants",
  description:
    "Facts added, changed (with the field-by-field diff) and withdrawn between the public state at since " +
    "and at asOf (or now). A since after asOf, or in the future, is a 400.",
  request: { params: slugParams, query: ZRelationChangesQuery },
  responses: { ...ok(ZApiRelationChanges, "The changes"), ...notFound, ...commonErrors },
};
