import { ZCountryCode } from "@dyad/core/schemas/fact-data";
import { z } from "zod";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { type RelationCountriesRow, relationCountries, relationCountryColumns } from "../read-model/relation-countries";

const ZOptions = z.strictObject({
  countryCode: ZCountryCode.optional(),
  /** recent: last changed first (publishing moves relation.updated_at); size: most published facts first. */
  order: z.enum(["recent", "size"]).default("recent"),
  limit: z.number().int().min(1).max(5000).default(100),
});

interface Row extends RelationCountriesRow {
  slug: string;
  updated_at: Date;
  facts: number;
}

/** Relations with at least one published fact: a relation that only has drafts is listed nowhere public. */
export async function listPublicRelations(options: z.input<typeof ZOptions> = {}) {
  const { countryCode, order, limit } = parseInput(ZOptions, options);
  const where = countryCode
    ? Prisma.sql`WHERE rel.country_a = ${countryCode} OR rel.country_b = ${countryCode}`
    : Prisma.empty;
  const orderBy = order === "size" ? Prisma.sql`count(*) DESC, rel.slug` : Prisma.sql`rel.updated_at DESC, rel.slug`;
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT rel.slug, rel.updated_at, count(*)::int AS facts, ${relationCountryColumns()}
    FROM relation rel
    JOIN fact f ON f.relation_id = rel.id AND f.published_revision_id IS NOT NULL AND f.deleted_at IS NULL
    JOIN country ca ON ca.code = rel.country_a
    JOIN country cb ON cb.code = rel.country_b
    ${where}
    GROUP BY rel.id, ca.code, cb.code
    ORDER BY ${orderBy}
    LIMIT ${limit}`;
  return rows.map((r) => ({
    slug: r.slug,
    ...relationCountries(r),
    publishedFacts: r.facts,
    updatedAt: r.updated_at.toISOString(),
  }));
}
export type PublicRelationSummary = Awaited<ReturnType<typeof listPublicRelations>>[number];
