import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { parseRevisionViews, revisionViewsJson } from "../facts/load-revision-views";
import { Prisma } from "../generated/prisma/client";
import { ZRelatedLinks } from "../schemas/related-link";

const ZOptions = z.strictObject({
  slug: z.string().trim().min(1).max(200),
  asOf: z.coerce.date().optional().describe("An instant: show what was public then"),
});

interface RelationRow {
  id: string;
  slug: string;
  summary: string;
  related_links: unknown;
  updated_at: Date;
  a_code: string;
  a_name: string;
  a_slug: string;
  b_code: string;
  b_name: string;
  b_slug: string;
}

/**
 * A relation as the public sees it: now (the published pointers) or at a past instant (the
 * publication log: per fact, the latest publication at or before asOf). One round trip: this is
 * the hot read path of the site and the API (see BENCHMARKS.md).
 */
export async function getPublicRelation(options: z.input<typeof ZOptions>) {
  const { slug, asOf } = parseInput(ZOptions, options);
  const relationId = Prisma.sql`(SELECT id FROM relation WHERE slug = ${slug})`;
  const revisionIds = asOf
    ? Prisma.sql`SELECT revision_id FROM (
        SELECT DISTINCT ON (fact_id) revision_id FROM publication
        WHERE relation_id = ${relationId} AND at <= ${asOf}
        ORDER BY fact_id, at DESC, id DESC) latest`
    : Prisma.sql`SELECT published_revision_id FROM fact
        WHERE relation_id = ${relationId} AND deleted_at IS NULL AND published_revision_id IS NOT NULL`;
  const [relation] = await getDb().$queryRaw<(RelationRow & { facts: unknown })[]>`
    SELECT r.id, r.slug, r.summary, r.related_links, r.updated_at,
           a.code AS a_code, a.name AS a_name, a.slug AS a_slug, b.code AS b_code, b.name AS b_name, b.slug AS b_slug,
           ${revisionViewsJson(revisionIds)} AS facts
    FROM relation r JOIN country a ON a.code = r.country_a JOIN country b ON b.code = r.country_b
    WHERE r.slug = ${slug}`;
  if (!relation) throw notFound("Relation");
  const facts = parseRevisionViews(relation.facts);
  return {
    relation: {
      id: relation.id,
      slug: relation.slug,
      name: `${relation.a_name}–${relation.b_name} relations`,
      summary: relation.summary,
      /** The imported article's navigation ("See also", external links): links, not facts. */
      relatedLinks: ZRelatedLinks.catch([]).parse(relation.related_links),
      countries: [
        { code: relation.a_code, name: relation.a_name, slug: relation.a_slug },
        { code: relation.b_code, name: relation.b_name, slug: relation.b_slug },
      ],
      updatedAt: relation.updated_at.toISOString(),
    },
    asOf: asOf?.toISOString() ?? null,
    facts,
  };
}
