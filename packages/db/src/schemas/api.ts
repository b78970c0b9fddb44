// Requests of the public API (/api/v1): the route handlers parse with these, the domain
// operations take their output, and apps/web/lib/api/openapi.ts documents these same objects.
// Response shapes are in ../api/response-schemas.ts.
import { z } from "zod";
import { resolveCountryCode } from "../countries/identifiers";
import { normalizeInstant } from "../read-model/instant";
import { ZFactContent, ZNote, ZSection } from "./fact";
import { ZFactKind } from "./fact-data";
import { firstDay, lastDay, ZPartialDate, ZValidOn, ZValidTime } from "./partial-date";
import { ZCitationInput } from "./source";

/** PostgreSQL text cannot hold NUL: refuse it as bad input instead of failing in the database. */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object")
    return Object.entries(value).some(([k, v]) => containsNul(k) || containsNul(v));
  return false;
}
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes("\u0000"), "must not contain NUL");

export const ZInstant = z
  .string()
  .max(64)
  .refine((s) => normalizeInstant(s) !== null, "give YYYY-MM-DD or an RFC 3339 date-time with a zone")
  .describe(
    "An instant of transaction time: YYYY-MM-DD (midnight UTC) or an RFC 3339 date-time with a zone, up to microseconds",
  );

const asOf = ZInstant.optional().describe(
  "Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was).",
);
const cursor = z
  .string()
  .max(1000)
  .optional()
  .describe("Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page.");
const limit = z.coerce.number().int().min(1).max(1000).default(100).describe("Items per page (1 to 1000)");

export const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lowercase slug such as azerbaijan-canada")
  .max(200)
  .describe("A relation's slug, e.g. azerbaijan-canada");

export const ZReadQuery = z.strictObject({ asOf });
/** One relation or one fact: an instant of transaction time and, optionally, a date of valid time. */
export const ZValidReadQuery = z.strictObject({ asOf, on: ZValidOn.optional() });
export const ZCountriesQuery = z.strictObject({ asOf });

/** A country by any code others use for it (countries/identifiers.ts), read as its alpha-2 code. */
export const ZAnyCountryCode = z
  .string()
  .max(40)
  .transform((code, ctx) => {
    const alpha2 = resolveCountryCode(code);
    if (alpha2) return alpha2;
    ctx.addIssue({
      code: "custom",
      message:
        "No country has this code: give ISO 3166-1 alpha-2 (AZ), alpha-3 (AZE) or numeric (031), a Wikidata QID (Q227), m49:031, or a Correlates of War code as cow:373 or cow:AZE",
    });
    return z.NEVER;
  })
  .describe(
    "A country: ISO 3166-1 alpha-2, alpha-3 or numeric, a Wikidata QID, m49:<UN M49>, or cow:<Correlates of War number or abbreviation>",
  );

export const ZListRelationsQuery = z.strictObject({
  asOf,
  country: ZAnyCountryCode.optional().describe(
    "Only relations of this country: ISO 3166-1 alpha-2 (AZ), alpha-3 (AZE) or numeric (031), a Wikidata QID (Q227), m49:031, or cow:373 / cow:AZE (Correlates of War)",
  ),
  cursor,
  limit,
});

export const ZKindList = z
  .string()
  .max(300)
  .transform((s) => s.split(",").map((k) => k.trim()))
  .pipe(z.array(ZFactKind).min(1).max(10))
  .describe("One fact kind, or several separated by commas (AGREEMENT,VISIT)");

export const ZListFactsQuery = z
  .strictObject({
    asOf,
    on: ZValidOn.optional(),
    kind: ZKindList.optional(),
    validFrom: ZPartialDate.optional().describe("Only facts that held on or after this date (valid time)"),
    validTo: ZPartialDate.optional().describe("Only facts that held on or before this date (valid time)"),
    q: text(200).trim().min(1).optional().describe("Words the statement contains (web search syntax: quotes, -word)"),
    cursor,
    limit,
  })
  .refine((v) => !v.validFrom || !v.validTo || firstDay(v.validFrom) <= lastDay(v.validTo), {
    message: "validFrom comes after validTo",
    path: ["validTo"],
  })
  .refine((v) => !v.on || (!v.validFrom && !v.validTo), {
    message: "give on (one date) or validFrom/validTo (a period), not both",
    path: ["on"],
  });

export const ZRevisionRef = z
  .string()
  // No /i flag: the OpenAPI document carries the pattern's source only, where a flag would be
  // written into the pattern and reject every value (issue 19.5); both cases are spelled out.
  .regex(
    /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[1-9][0-9]{0,8})$/,
    "a revision id or number",
  )
  .describe("A revision's id, or its number within the fact (1, 2, ...)");

export const ZDiffQuery = z.strictObject({ from: ZRevisionRef, to: ZRevisionRef, asOf });

export const ZListSourcesQuery = z.strictObject({
  asOf,
  relation: ZSlug.optional().describe("Only sources cited by this relation's facts"),
  cursor,
  limit,
});

export const ZChangesQuery = z
  .strictObject({
    since: ZInstant.optional().describe("Start after this instant (e.g. a release's asOf) instead of the beginning"),
    asOf: ZInstant.optional().describe(
      "Stop at this instant: replaying up to the last page then gives exactly the public state at asOf",
    ),
    cursor,
    limit,
  })
  .refine((v) => !(v.since && v.cursor), { message: "give since or cursor, not both", path: ["since"] });

export const ZRelationChangesQuery = z.strictObject({
  since: ZInstant.describe("Start: compare with what was public at this instant (e.g. your last visit)"),
  asOf: ZInstant.optional().describe("End: what was public at this instant. Omitted: now"),
});

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

/** What an API token may do. Reads are public and need no token. */
export const API_SCOPES = ["facts:write", "releases:write", "webhooks:write"] as const;
export const ZApiScope = z
  .enum(API_SCOPES)
  .describe(
    "facts:write: create and revise drafts; releases:write: cut releases; webhooks:write: subscribe to changes",
  );
export type TApiScope = z.infer<typeof ZApiScope>;

export const ZCreateApiTokenRequest = z.strictObject({
  name: text(100).trim().min(1).describe("What the token is for, e.g. 'nightly trade import'"),
  scopes: z.array(ZApiScope).min(1).max(API_SCOPES.length),
  expiresAt: z.coerce.date().nullable().default(null).describe("When the token stops working; null: never"),
});
export type TCreateApiTokenRequest = z.input<typeof ZCreateApiTokenRequest>;

const noNul = (v: unknown) => !containsNul(v);

export const ZCreateFactRequest = z
  .strictObject({
    relation: ZSlug,
    content: ZFactContent,
    note: ZNote,
  })
  .refine(noNul, "text must not contain NUL characters")
  .describe("A new fact, saved as a draft for review");
export type TCreateFactRequest = z.input<typeof ZCreateFactRequest>;

export const ZPatchFactContent = z
  .strictObject({
    section: ZSection.optional(),
    statement: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional().describe("Replaces the draft's data object as a whole"),
    validTime: ZValidTime.optional(),
    sources: z.array(ZCitationInput).max(50).optional().describe("Replaces the draft's citations as a whole"),
  })
  .describe("The fields to change; the others keep the draft's value. A fact's kind never changes.");

export const ZPatchFactRequest = z
  .strictObject({ content: ZPatchFactContent, note: ZNote })
  .refine(noNul, "text must not contain NUL characters")
  .describe("A new draft revision: the current draft with these fields replaced");
export type TPatchFactRequest = z.input<typeof ZPatchFactRequest>;
