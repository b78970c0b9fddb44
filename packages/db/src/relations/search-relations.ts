import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { defineOperation } from "../lib/define-operation";
import { escapeLike } from "../lib/escape-like";
import { relationName } from "../read-model/relation-countries";

const ZOptions = z.strictObject({
  query: z.string().trim().max(200).default(""),
  limit: z.number().int().min(1).max(500).default(100),
});

/**
 * Relations for editors, with how many facts each has in each review state. A query matches
 * either country's name, any of its spellings or demonyms, or the slug, ignoring case.
 */
export const searchRelations = defineOperation({
  minRole: "EDITOR",
  input: ZOptions,
  transaction: false,
  async run({ input: { query, limit }, tx }) {
    const pattern = `%${escapeLike(query)}%`;
    const match = query
      ? Prisma.sql`WHERE r.slug ILIKE ${pattern} OR EXISTS (
        SELECT 1 FROM country c WHERE c.code IN (r.country_a, r.country_b)
          AND (c.name ILIKE ${pattern} OR EXISTS (
            SELECT 1 FROM unnest(c.variants || c.demonyms) v WHERE v ILIKE ${pattern})))`
      : Prisma.empty;
    const rows = await tx.$queryRaw<
      { id: string; slug: string; name_a: string; name_b: string; updated_at: Date; state: string | null; n: bigint }[]
    >`
    WITH found AS (
      SELECT r.id FROM relation r ${match} ORDER BY r.updated_at DESC LIMIT ${limit}
    )
    SELECT r.id, r.slug, a.name AS name_a, b.name AS name_b, r.updated_at, f.review_state::text AS state, count(f.id) AS n
    FROM found JOIN relation r ON r.id = found.id
      JOIN country a ON a.code = r.country_a JOIN country b ON b.code = r.country_b
      LEFT JOIN fact f ON f.relation_id = r.id AND f.deleted_at IS NULL
    GROUP BY r.id, a.name, b.name, f.review_state
    ORDER BY r.updated_at DESC, r.id`;
    const byId = new Map<
      string,
      { id: string; slug: string; name: string; updatedAt: string; counts: Record<string, number> }
    >();
    for (const row of rows) {
      const entry = byId.get(row.id) ?? {
        id: row.id,
        slug: row.slug,
        name: relationName(row.name_a, row.name_b),
        updatedAt: row.updated_at.toISOString(),
        counts: { DRAFT: 0, SUBMITTED: 0, REJECTED: 0, PUBLISHED: 0 },
      };
      if (row.state) entry.counts[row.state] = Number(row.n);
      byId.set(row.id, entry);
    }
    return [...byId.values()];
  },
});
