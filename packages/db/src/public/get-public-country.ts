import type { FactKind } from "@dyad/core/schemas/fact-data";
import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { listPublicChanges } from "./list-public-changes";
import { listPublicRelations } from "./list-public-relations";

const ZOptions = z.strictObject({ slug: z.string().trim().min(1).max(200) });

/**
 * A country and all of its relations that have published facts, by the other country's name,
 * with its facts counted by kind and the latest changes to its relations (its page and map).
 */
export async function getPublicCountry(options: z.input<typeof ZOptions>) {
  const { slug } = parseInput(ZOptions, options);
  const country = await getDb().country.findUnique({
    where: { slug },
    select: { code: true, slug: true, name: true, officialName: true, region: true, capitals: true },
  });
  if (!country) throw notFound("Country");
  const [relations, kinds, changes] = await Promise.all([
    listPublicRelations({ countryCode: country.code, limit: 5000 }),
    getDb().$queryRaw<{ kind: FactKind; count: number }[]>`
      SELECT r.kind::text AS kind, count(*)::int AS count
      FROM relation rel
      JOIN fact f ON f.relation_id = rel.id AND f.deleted_at IS NULL
      JOIN fact_revision r ON r.id = f.published_revision_id
      WHERE rel.country_a = ${country.code} OR rel.country_b = ${country.code}
      GROUP BY r.kind ORDER BY count DESC, kind`,
    listPublicChanges({ countryCode: country.code, limit: 10 }),
  ]);
  const other = (r: (typeof relations)[number]) => r.countries.find((c) => c.code !== country.code) ?? r.countries[0];
  return {
    country,
    /** Published facts of all its relations, by kind, most first. */
    kinds,
    /** The ten latest changes to its relations, newest first (a change-set counts once). */
    latestChanges: changes.groups,
    relations: relations
      .map((r) => ({ ...r, partner: other(r) }))
      .sort((a, b) => (a.partner?.name ?? "").localeCompare(b.partner?.name ?? "")),
  };
}
export type PublicCountry = Awaited<ReturnType<typeof getPublicCountry>>;
