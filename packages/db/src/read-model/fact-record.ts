import type { TFactRecord } from "@dyad/api-contract";
import { Prisma } from "../generated/prisma/client";
import { type Citation, citationsJson, type RevisionRow, revisionColumns, validTimeOf } from "./revision-row";

/**
 * A revision as the API, the changes feed and releases publish it (a fact record): the read
 * model's revision row (revision-row.ts) with its relation. So a fact looks the same everywhere.
 */

/** The columns of a fact record; `r` is the revision, `rel` its relation. */
export const recordColumns = Prisma.sql`${revisionColumns},
  rel.slug AS relation, rel.country_a, rel.country_b, ${citationsJson} AS sources`;

/** Joins from a set `v` of (fact_id, revision_id) to the revision `r` and relation `rel`. */
export const recordJoins = Prisma.sql`
  JOIN fact_revision r ON r.id = v.revision_id
  JOIN fact f ON f.id = v.fact_id
  JOIN relation rel ON rel.id = f.relation_id`;

export interface RecordRow extends RevisionRow {
  relation: string;
  country_a: string;
  country_b: string;
  sources: Citation[];
}

/**
 * Its fields, in this order, are also written as text by PostgreSQL for the facts list
 * (dyad_revision_api_json, migration 20261208100000_revision_api_json; api/list-api-facts.ts):
 * a field added or reordered here goes there too (tests/db/api-facts-json checks they agree).
 */
export function toFactRecord(row: RecordRow): TFactRecord {
  return {
    factId: row.fact_id,
    revisionId: row.revision_id,
    revision: row.number,
    relation: row.relation,
    countries: [row.country_a, row.country_b],
    kind: row.kind as TFactRecord["kind"],
    section: row.section as TFactRecord["section"],
    statement: row.statement,
    data: row.data,
    validTime: validTimeOf(row),
    sources: row.sources,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    note: row.note,
  };
}
