import { type DatePrecision, partialDateOf } from "@dyad/core/schemas/partial-date";
import type { ZSourceKind } from "@dyad/core/schemas/source";
import type { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { asInstant } from "./instant";

/**
 * The one projection of a revision in SQL: which fields a read shows and how each is written.
 * The site (a JSON array per relation, revision-view.ts) and the API (flat rows, fact-record.ts
 * and list-api-facts.ts) both select these, so a revision reads the same everywhere. `r` is the
 * revision's alias. Dates are written as text in SQL: days as YYYY-MM-DD, instants to the
 * microsecond (instant.ts).
 */
const FIELDS: [name: keyof RevisionRow, sql: string][] = [
  ["fact_id", "r.fact_id"],
  ["revision_id", "r.id"],
  ["number", "r.number"],
  ["parent_id", "r.parent_id"],
  ["kind", "r.kind::text"],
  ["section", "r.section"],
  ["statement", "r.statement"],
  ["data", "r.data"],
  ["valid_from", "to_char(r.valid_from, 'YYYY-MM-DD')"],
  ["valid_from_precision", "r.valid_from_precision::text"],
  ["valid_to", "to_char(r.valid_to, 'YYYY-MM-DD')"],
  ["valid_to_precision", "r.valid_to_precision::text"],
  ["author_name", "r.author_name"],
  ["note", "r.note"],
  ["content_hash", "r.content_hash"],
  ["created_at", asInstant("r.created_at").sql],
];

/** A source as a revision cites it, in the read model's shape (the API's and the pages'). */
export interface Citation {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  kind: z.infer<typeof ZSourceKind>;
  publishedOn: string | null;
  accessedOn: string | null;
  locator: string | null;
}

/** A revision as revisionColumns / revisionJson select it. */
export interface RevisionRow {
  fact_id: string;
  revision_id: string;
  number: number;
  parent_id: string | null;
  kind: string;
  section: string;
  statement: string;
  data: Record<string, unknown>;
  valid_from: string | null;
  valid_from_precision: DatePrecision | null;
  valid_to: string | null;
  valid_to_precision: DatePrecision | null;
  author_name: string;
  note: string;
  content_hash: string;
  created_at: string;
}

/** The revision's fields as columns. */
export const revisionColumns = Prisma.raw(FIELDS.map(([name, sql]) => `${sql} AS ${name}`).join(", "));

/** A citation's fields; `s` is the source, `rs` the revision's citation of it. */
const CITATION_FIELDS: [name: keyof Citation, sql: string][] = [
  ["id", "s.id"],
  ["url", "s.url"],
  ["title", "s.title"],
  ["publisher", "s.publisher"],
  ["kind", "s.kind::text"],
  ["publishedOn", "to_char(s.published_on, 'YYYY-MM-DD')"],
  ["accessedOn", "to_char(s.accessed_on, 'YYYY-MM-DD')"],
  ["locator", "rs.locator"],
];

/**
 * A revision's citations in order, as a JSON array of Citation: one correlated json_agg, so a
 * read costs one round trip however many sources it cites.
 */
export const citationsJson = Prisma.raw(`COALESCE((
    SELECT json_agg(json_build_object(${CITATION_FIELDS.map(([name, sql]) => `'${name}', ${sql}`).join(", ")})
      ORDER BY rs.position)
    FROM revision_source rs JOIN source s ON s.id = rs.source_id WHERE rs.revision_id = r.id
  ), '[]'::json)`);

/** The revision's fields and its citations (`sources`) as one JSON object. */
export const revisionJson = Prisma.raw(
  `json_build_object(${FIELDS.map(([name, sql]) => `'${name}', ${sql}`).join(", ")}, 'sources', ${citationsJson.sql})`,
);

/** A revision row's valid time as it was written: partial dates, or null when unknown. */
export function validTimeOf(row: RevisionRow): { start: string | null; end: string | null } {
  return {
    start: row.valid_from && row.valid_from_precision ? partialDateOf(row.valid_from, row.valid_from_precision) : null,
    end: row.valid_to && row.valid_to_precision ? partialDateOf(row.valid_to, row.valid_to_precision) : null,
  };
}
