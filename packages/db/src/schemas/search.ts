// Search requests, shared by the search page and GET /api/v1/search (and its OpenAPI entry).
import { z } from "zod";
import { ZKindList, ZSlug } from "./api";
import { ZCountryCode } from "./fact-data";

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
