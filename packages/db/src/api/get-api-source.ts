import { ZReadQuery } from "@dyad/api-contract";
import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { notRedacted } from "../redactions/not-redacted";
import { type SourceRow, sourceColumns, toApiSource } from "./list-api-sources";
import { resolveReadInstant } from "./read-instant";
import { readMeta } from "./read-meta";

const ZOptions = z.intersection(z.strictObject({ sourceId: ZUuid }), ZReadQuery);
const MAX_FACTS = 1000;

/**
 * A source and the facts whose public revision cited it at an instant (question 5 of
 * ARCHITECTURE.md, as of T): per citing revision, is it its fact's latest publication by then?
 */
export async function getApiSource(options: z.input<typeof ZOptions>) {
  const { sourceId, asOf } = parseInput(ZOptions, options);
  const read = await resolveReadInstant(asOf);
  const db = getDb();
  const [sources, facts, meta] = await Promise.all([
    db.$queryRaw<SourceRow[]>`SELECT ${sourceColumns}, 0 AS cited_by FROM source s WHERE s.id = ${sourceId}::uuid`,
    db.$queryRaw<
      { fact_id: string; revision_id: string; relation: string; statement: string; locator: string | null }[]
    >`
      SELECT r.fact_id, r.id AS revision_id, rel.slug AS relation, r.statement, rs.locator
      FROM revision_source rs
      JOIN fact_revision r ON r.id = rs.revision_id
      JOIN LATERAL (
        SELECT p.revision_id FROM publication p
        WHERE p.fact_id = r.fact_id AND p.at <= ${read.instant}::timestamptz
        ORDER BY p.at DESC, p.id DESC LIMIT 1
      ) latest ON latest.revision_id = r.id
      JOIN fact f ON f.id = r.fact_id
      JOIN relation rel ON rel.id = f.relation_id
      WHERE rs.source_id = ${sourceId}::uuid AND ${notRedacted("r.id")}
      ORDER BY rel.slug, r.fact_id`,
    readMeta(read),
  ]);
  const source = sources[0];
  if (!source || facts.length === 0) {
    throw new AppError("NOT_FOUND", `Source ${sourceId} was not cited by a public fact at ${read.instant}`);
  }
  return {
    data: {
      ...toApiSource({ ...source, cited_by: facts.length }),
      facts: facts.slice(0, MAX_FACTS).map((f) => ({
        factId: f.fact_id,
        revisionId: f.revision_id,
        relation: f.relation,
        statement: f.statement,
        locator: f.locator,
      })),
    },
    meta,
  };
}
