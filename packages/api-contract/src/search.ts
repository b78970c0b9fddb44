// GET /api/v1/search: the request (shared with the site's search page), the response and the
// OpenAPI path.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ZCountryCode, ZFactKind } from "@dyad/core/schemas/fact-data";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import { commonErrors, okPage, publicAccess } from "./openapi/responses";
import { ZKindList, ZSlug } from "./shared/requests";
import { ZApiLicence, ZPageLinks } from "./shared/responses";

export const ZSearchQuery = z
  .string()
  // Control characters (and NUL, which PostgreSQL text refuses) are never meant; drop them.
  .transform((q) =>
    q
      .replace(/\p{Cc}+/gu, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
  .pipe(z.string().max(200, "Search for at most 200 characters"));

const year = z
  .string()
  .regex(/^\d{4}$/, "a year, YYYY")
  .transform(Number);

export const ZSearchRequest = z
  .strictObject({
    q: ZSearchQuery.default("").describe(
      "Words: statement text, fact kinds (trade, embassy, visit), fields (years, amounts, people, places, agreement titles); typos are tolerated",
    ),
    kind: ZKindList.optional().describe("Facet: only facts of these kinds (comma-separated)"),
    relation: ZSlug.optional().describe("Facet: only facts of this relation"),
    country: ZCountryCode.optional().describe("Only facts of this country's relations (ISO 3166-1 alpha-2)"),
    from: year.optional().describe("Facet: only facts that held in or after this year (valid time)"),
    to: year.optional().describe("Facet: only facts that held in or before this year (valid time)"),
    page: z.coerce.number().int().min(1).max(100).default(1).describe("Page of fact results, from 1"),
    limit: z.coerce.number().int().min(1).max(50).default(20).describe("Fact results per page (1 to 50)"),
  })
  .refine((v) => v.from === undefined || v.to === undefined || v.from <= v.to, {
    message: "from comes after to",
    path: ["to"],
  });
export type TSearchRequest = z.input<typeof ZSearchRequest>;

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
export const searchEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/search",
  operationId: "search",
  security: publicAccess,
  tags: ["Facts"],
  summary: "Search published facts, relations and countries",
  description:
    "Facts by statement text, kind (trade, embassy, visit), structured fields (years, amounts, people, " +
    "places, agreement titles), with typo tolerance; facets kind, relation and from..to (years of valid " +
    "time), each counted without its own filter. One result per sentence with its number of claims; paged.",
  request: { query: ZSearchRequest },
  responses: { ...okPage(ZApiSearchResults, "A page of results"), ...commonErrors },
};
