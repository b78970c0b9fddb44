import { ZCountryCode } from "@dyad/core/schemas/fact-data";
import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { relationName } from "../read-model/relation-countries";
import { loadPublicRevisionViews } from "../read-model/revision-view";
import { type ChangeRow, groupKey, type PublicChangeGroup, toPublicChangeGroups } from "./public-change-groups";

const ZOptions = z.strictObject({
  relationSlug: z.string().trim().min(1).max(200).optional(),
  /** Changes to any relation of this country (its page's "latest changes"). */
  countryCode: ZCountryCode.optional(),
  /** Entries: a change-set's publish (or revert) counts once, however many facts it changed. */
  limit: z.number().int().min(1).max(1000).default(50),
});

export type { PublicChange, PublicChangeGroup } from "./public-change-groups";

/**
 * Recent changes to what the public sees, newest first, from the publication log (site-wide, for
 * one relation or for one country's relations): the feeds, the relation history and a country's
 * latest changes. One entry per publish: a single fact's publish or withdrawal, or a change-set's
 * publish (or revert) with every fact it changed, never cut in two by the limit. Each change
 * carries the version it published and the one it replaced or withdrew; only published revisions
 * are ever loaded.
 */
export async function listPublicChanges(options: z.input<typeof ZOptions> = {}) {
  const { relationSlug, countryCode, limit } = parseInput(ZOptions, options);
  const db = getDb();
  let relation: { id: string; slug: string; name: string } | null = null;
  if (relationSlug) {
    const found = await db.relation.findUnique({
      where: { slug: relationSlug },
      select: { id: true, slug: true, countryA: { select: { name: true } }, countryB: { select: { name: true } } },
    });
    if (!found) throw notFound("Relation");
    relation = { id: found.id, slug: found.slug, name: relationName(found.countryA.name, found.countryB.name) };
  }
  const filter = relation
    ? Prisma.sql`p.relation_id = ${relation.id}::uuid`
    : countryCode
      ? Prisma.sql`(rel.country_a = ${countryCode} OR rel.country_b = ${countryCode})`
      : Prisma.sql`true`;
  const rows = await latestGroups(filter, limit);
  const ids = [...new Set(rows.flatMap((r) => [r.revision_id, r.previous_revision_id].filter((id) => id !== null)))];
  // Taken-down revisions are not loaded: their entries say "redacted" and show no text.
  const revisions = new Map((await loadPublicRevisionViews(db, ids)).map((v) => [v.revisionId, v]));
  const groups: PublicChangeGroup[] = toPublicChangeGroups(rows, revisions);
  return { relation: relation && { slug: relation.slug, name: relation.name }, groups };
}

/**
 * The rows of the latest `limit` entries: read newest first in batches until `limit` entries are
 * seen, then the rest of the oldest one when it is a change-set the last batch cut (its rows share
 * one instant). Positions are compared in SQL, by log id, so no microsecond is lost on the way.
 */
async function latestGroups(filter: Prisma.Sql, limit: number): Promise<ChangeRow[]> {
  const rows: ChangeRow[] = [];
  const keys = new Set<string>();
  for (;;) {
    const want = limit - keys.size;
    const last = rows.at(-1);
    const after = last
      ? Prisma.sql`(p.at, p.id) < (SELECT at, id FROM publication WHERE id = ${last.id}::bigint)`
      : Prisma.sql`true`;
    const batch = await changeRows(Prisma.sql`${filter} AND ${after}`, want);
    for (const row of batch) {
      rows.push(row);
      keys.add(groupKey(row));
    }
    if (batch.length < want || keys.size >= limit) break;
  }
  const last = rows.at(-1);
  if (last?.change_set_id) {
    const rest = Prisma.sql`p.change_set_id = ${last.change_set_id}::uuid
      AND p.at = (SELECT at FROM publication WHERE id = ${last.id}::bigint)
      AND p.id < ${last.id}::bigint`;
    rows.push(...(await changeRows(Prisma.sql`${filter} AND ${rest}`, 100_000)));
  }
  return rows;
}

const changeRows = (where: Prisma.Sql, limit: number) =>
  getDb().$queryRaw<ChangeRow[]>`
    SELECT p.id, p.at, ceil(extract(epoch FROM p.at) * 1000)::float8 AS ms, p.fact_id, p.revision_id,
      prev.revision_id AS previous_revision_id, rel.slug, ca.name AS a_name, cb.name AS b_name,
      cs.id AS change_set_id, cs.title AS change_set_title, cs.description AS change_set_description,
      -- The revert's instant is the one stamped last on the change-set (stampInstant).
      (cs.state = 'REVERTED' AND cs.published_at = p.at) AS change_set_reverted
    FROM publication p
    LEFT JOIN change_set cs ON cs.id = p.change_set_id
    JOIN relation rel ON rel.id = p.relation_id
    JOIN country ca ON ca.code = rel.country_a
    JOIN country cb ON cb.code = rel.country_b
    LEFT JOIN LATERAL (
      SELECT p2.revision_id FROM publication p2
      WHERE p2.fact_id = p.fact_id AND (p2.at, p2.id) < (p.at, p.id)
      ORDER BY p2.at DESC, p2.id DESC LIMIT 1
    ) prev ON true
    WHERE ${where}
    ORDER BY p.at DESC, p.id DESC
    LIMIT ${limit}`;
