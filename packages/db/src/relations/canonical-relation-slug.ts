import { getDb } from "../client";
import { countryPairFromSegment } from "../countries/country-from-segment";

/**
 * The slug of the relation a reader's URL segment names (reversed pair, upper case, codes or
 * name variants), for a permanent redirect; null when it names no relation Dyad has.
 */
export async function canonicalRelationSlug(segment: string): Promise<string | null> {
  const pair = countryPairFromSegment(segment);
  if (!pair) return null;
  const [a, b] = pair.map((c) => c.code);
  const relation = await getDb().relation.findFirst({
    where: {
      OR: [
        { countryAId: a, countryBId: b },
        { countryAId: b, countryBId: a },
      ],
    },
    select: { slug: true },
  });
  return relation?.slug ?? null;
}
