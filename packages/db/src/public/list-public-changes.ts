import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { relationName } from "../read-model/relation-countries";
import { loadPublicRevisionViews } from "../read-model/revision-view";
import { ZCountryCode } from "../schemas/fact-data";
import { msToIso } from "./versions";

const ZOptions = z.strictObject({
  relationSlug: z.string().trim().min(1).max(200).optional(),
  /** Changes to any relation of this country (its page's "latest changes"). */
  countryCode: ZCountryCode.optional(),
  limit: z.number().int().min(1).max(1000).default(50),
});

interface Row {
  id: bigint;
  at: Date;
  ms: number;
  fact_id: string;
  revision_id: string | null;
  previous_revision_id: string | null;
  slug: string;
  a_name: string;
  b_name: string;
  change_set_id: string | null;
  change_set_title: string | null;
  change_set_reverted: boolean | null;
}

/**
 * Recent changes to what the public sees, newest first, from the publication log (site-wide, for
 * one relation or for one country's relations): the feeds and the relation history. Each entry carries the version it
 * published and the one it replaced or withdrew; only published revisions are ever loaded. An
 * entry of a change-set names it (the feeds show its publish, or its revert, as one entry).
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
    ? Prisma.sql`WHERE p.relation_id = ${relation.id}::uuid`
    : countryCode
      ? Prisma.sql`WHERE rel.country_a = ${countryCode} OR rel.country_b = ${countryCode}`
      : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, p.at, ceil(extract(epoch FROM p.at) * 1000)::float8 AS ms, p.fact_id, p.revision_id,
      prev.revision_id AS previous_revision_id, rel.slug, ca.name AS a_name, cb.name AS b_name,
      cs.id AS change_set_id, cs.title AS change_set_title,
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
    ${filter}
    ORDER BY p.at DESC, p.id DESC
    LIMIT ${limit}`;

  const ids = [...new Set(rows.flatMap((r) => [r.revision_id, r.previous_revision_id].filter((id) => id !== null)))];
  const revisions = new Map(
    // Taken-down revisions are not loaded: their entries say "redacted" and show no text.
    (await loadPublicRevisionViews(db, ids)).map((v) => [v.revisionId, v]),
  );
  return {
    relation: relation && { slug: relation.slug, name: relation.name },
    entries: rows.map((r) => {
      const revision = r.revision_id ? (revisions.get(r.revision_id) ?? null) : null;
      const previous = r.previous_revision_id ? (revisions.get(r.previous_revision_id) ?? null) : null;
      return {
        id: String(r.id),
        at: r.at.toISOString(),
        version: msToIso(r.ms),
        type:
          r.revision_id && !revision
            ? ("redacted" as const)
            : !revision
              ? ("withdrawn" as const)
              : previous
                ? ("updated" as const)
                : ("published" as const),
        factId: r.fact_id,
        relation: { slug: r.slug, name: relationName(r.a_name, r.b_name) },
        revision,
        previous,
        changeSet: r.change_set_id
          ? {
              id: r.change_set_id,
              title: r.change_set_title ?? "",
              action: r.change_set_reverted ? ("reverted" as const) : ("published" as const),
            }
          : null,
      };
    }),
  };
}
export type PublicChange = Awaited<ReturnType<typeof listPublicChanges>>["entries"][number];
