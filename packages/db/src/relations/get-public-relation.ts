import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { revisionSelect, toRevisionView } from "../facts/fact-view";

const ZOptions = z.strictObject({
  slug: z.string().trim().min(1).max(200),
  asOf: z.coerce.date().optional().describe("An instant: show what was public then"),
});

/**
 * A relation as the public sees it: now (the published pointers) or at a past instant (the
 * publication log: per fact, the latest publication at or before asOf).
 */
export async function getPublicRelation(options: z.input<typeof ZOptions>) {
  const { slug, asOf } = parseInput(ZOptions, options);
  const db = getDb();
  const relation = await db.relation.findUnique({
    where: { slug },
    include: { countryA: true, countryB: true },
  });
  if (!relation) throw notFound("Relation");

  const revisionIds = asOf
    ? (
        await db.$queryRaw<{ revision_id: string | null }[]>`
          SELECT DISTINCT ON (fact_id) revision_id FROM publication
          WHERE relation_id = ${relation.id}::uuid AND at <= ${asOf}
          ORDER BY fact_id, at DESC, id DESC`
      ).flatMap((r) => (r.revision_id ? [r.revision_id] : []))
    : (
        await db.fact.findMany({
          where: { relationId: relation.id, publishedRevisionId: { not: null }, deletedAt: null },
          select: { publishedRevisionId: true },
        })
      ).flatMap((f) => (f.publishedRevisionId ? [f.publishedRevisionId] : []));

  const revisions = await db.factRevision.findMany({
    where: { id: { in: revisionIds } },
    select: revisionSelect,
    orderBy: [{ validFrom: { sort: "asc", nulls: "first" } }, { factId: "asc" }],
  });
  return {
    relation: {
      id: relation.id,
      slug: relation.slug,
      name: `${relation.countryA.name}–${relation.countryB.name} relations`,
      summary: relation.summary,
      countries: [relation.countryA, relation.countryB].map(({ code, name, slug }) => ({ code, name, slug })),
      updatedAt: relation.updatedAt.toISOString(),
    },
    asOf: asOf?.toISOString() ?? null,
    facts: revisions.map(toRevisionView),
  };
}
