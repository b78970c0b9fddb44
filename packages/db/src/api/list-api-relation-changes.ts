import type { TApiRelationChanges } from "@dyad/api-contract";
import { ZRelationChangesQuery, ZSlug } from "@dyad/api-contract";
import { parseInstant } from "@dyad/core/instant";
import { z } from "zod";
import { getDb } from "../client";
import { AppError, notFound, parseInput } from "../errors";
import { compareFactSets } from "../public/compare-fact-sets";
import { type RecordRow, recordColumns, recordJoins, toFactRecord } from "../read-model/fact-record";
import { publicAt, relationIdOf } from "../read-model/public-at";
import { link } from "./paging";
import { resolveReadInstant } from "./read-instant";
import { readMeta } from "./read-meta";

const ZOptions = z.intersection(z.strictObject({ slug: ZSlug }), ZRelationChangesQuery);

/**
 * What changed in a relation between two publication instants (`since`, and `asOf` or now):
 * the facts public at each, read from the publication log (question 3's index range, twice),
 * compared by compareFactSets like the relation's changes page. Both ends are settled instants,
 * so an answer about two past instants never changes.
 */
export async function listApiRelationChanges(options: z.input<typeof ZOptions>): Promise<TApiRelationChanges> {
  const { slug, since, asOf } = parseInput(ZOptions, options);
  const read = await resolveReadInstant(asOf ?? null);
  const start = parseInstant(since, "since");
  if (start > read.instant) {
    throw new AppError(
      "INVALID",
      read.current
        ? `since: ${since} is in the future; give an instant up to now`
        : `since: ${since} comes after asOf ${asOf}; give the earlier instant as since`,
    );
  }
  const recordsAt = (instant: string) =>
    getDb().$queryRaw<RecordRow[]>`
      SELECT ${recordColumns} FROM (${publicAt(instant, relationIdOf(slug))}) v ${recordJoins}
      ORDER BY r.valid_from ASC NULLS FIRST, r.fact_id`;
  const [before, after, meta, relation] = await Promise.all([
    recordsAt(start),
    recordsAt(read.instant),
    readMeta(read),
    getDb().relation.findUnique({ where: { slug }, select: { id: true } }),
  ]);
  if (!relation) throw notFound("Relation");
  const changes = compareFactSets(before.map(toFactRecord), after.map(toFactRecord));
  const params = { since: start, asOf: read.current ? undefined : read.instant };
  return {
    data: { relation: slug, since: start, ...changes },
    meta,
    links: {
      self: link(`/api/v1/relations/${slug}/changes`, params),
      page: link(`/relations/${slug}/changes`, params),
    },
  };
}
