// The parts that requests of the public API (/api/v1) share: instants, paging, slugs, country
// codes, kinds. Each endpoint's own query or body is in its resource's file, beside its response
// and its OpenAPI path; shared response shapes are in ./responses.ts.
import { resolveCountryCode } from "@dyad/core/countries/identifiers";
import { normalizeInstant } from "@dyad/core/instant";
import { ZFactKind } from "@dyad/core/schemas/fact-data";
import { ZValidOn } from "@dyad/core/schemas/partial-date";
import { z } from "zod";

/** PostgreSQL text cannot hold NUL: refuse it as bad input instead of failing in the database. */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object")
    return Object.entries(value).some(([k, v]) => containsNul(k) || containsNul(v));
  return false;
}
export const text = (max: number) =>
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

export const asOf = ZInstant.optional().describe(
  "Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was).",
);
export const cursor = z
  .string()
  .max(1000)
  .optional()
  .describe("Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page.");
export const limit = z.coerce.number().int().min(1).max(1000).default(100).describe("Items per page (1 to 1000)");

export const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lowercase slug such as azerbaijan-canada")
  .max(200)
  .describe("A relation's slug, e.g. azerbaijan-canada");

export const ZReadQuery = z.strictObject({ asOf });
/** One relation or one fact: an instant of transaction time and, optionally, a date of valid time. */
export const ZValidReadQuery = z.strictObject({ asOf, on: ZValidOn.optional() });

/** A country by any code others use for it (@dyad/core/countries/identifiers), read as its alpha-2 code. */
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

export const ZKindList = z
  .string()
  .max(300)
  .transform((s) => s.split(",").map((k) => k.trim()))
  .pipe(z.array(ZFactKind).min(1).max(10))
  .describe("One fact kind, or several separated by commas (AGREEMENT,VISIT)");

/** For a refine: no string anywhere in the value holds NUL. */
export const noNul = (v: unknown) => !containsNul(v);
