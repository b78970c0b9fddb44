import { ZRelatedLinks } from "@dyad/core/schemas/related-link";
import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { publicAt, publicNow, relationIdOf } from "../read-model/public-at";
import { type RelationCountriesRow, relationCountries, relationCountryColumns } from "../read-model/relation-countries";
import { parseRevisionViews, revisionViewsJson } from "../read-model/revision-view";

const ZOptions = z.strictObject({
  slug: z.string().trim().min(1).max(200),
  asOf: z.coerce.date().optional().describe("An instant: show what was public then"),
});

interface RelationRow extends RelationCountriesRow {
  id: string;
  slug: string;
  summary: string;
  related_links: unknown;
  updated_at: Date;
}

/**
 * A relation as the public sees it: now (the published pointers) or at a past instant (the
 * publication log: per fact, the latest publication at or before asOf). One round trip: this is
 * the hot read path of the site and the API (see BENCHMARKS.md).
 */
export async function getPublicRelation(options: z.input<typeof ZOptions>) {
  const { slug, asOf } = parseInput(ZOptions, options);
  const relationId = relationIdOf(slug);
  const revisionIds = Prisma.sql`SELECT revision_id FROM (${asOf ? publicAt(asOf, relationId) : publicNow(relationId)}) v`;
  const [relation] = await getDb().$queryRaw<(RelationRow & { facts: unknown })[]>`
    SELECT r.id, r.slug, r.summary, r.related_links, r.updated_at, ${relationCountryColumns("a", "b")},
           ${revisionViewsJson(revisionIds)} AS facts
    FROM relation r JOIN country a ON a.code = r.country_a JOIN country b ON b.code = r.country_b
    WHERE r.slug = ${slug}`;
  if (!relation) throw notFound("Relation");
  const facts = parseRevisionViews(relation.facts);
  const names = relationCountries(relation);
  return {
    relation: {
      id: relation.id,
      slug: relation.slug,
      name: names.name,
      summary: relation.summary,
      /** The imported article's navigation ("See also", external links): links, not facts. */
      relatedLinks: ZRelatedLinks.catch([]).parse(relation.related_links),
      countries: names.countries,
      updatedAt: relation.updated_at.toISOString(),
    },
    asOf: asOf?.toISOString() ?? null,
    facts,
  };
}
