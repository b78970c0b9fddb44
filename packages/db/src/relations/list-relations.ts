import { getDb } from "../client";
import { relationName } from "../read-model/relation-countries";

/** Relations with how many facts the public sees in each, most recently updated first. */
export async function listRelations(options: { limit?: number } = {}) {
  const relations = await getDb().relation.findMany({
    orderBy: { updatedAt: "desc" },
    take: Math.min(options.limit ?? 100, 1000),
    include: {
      countryA: { select: { name: true, code: true } },
      countryB: { select: { name: true, code: true } },
      _count: { select: { facts: { where: { publishedRevisionId: { not: null }, deletedAt: null } } } },
    },
  });
  return relations.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: relationName(r.countryA.name, r.countryB.name),
    updatedAt: r.updatedAt.toISOString(),
    publishedFacts: r._count.facts,
  }));
}
