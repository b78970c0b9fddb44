import { ZReleaseChangesQuery } from "@dyad/api-contract";
import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../api/cursor";
import { pageLinks } from "../api/paging";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { notRedacted } from "../redactions/not-redacted";
import { getRelease } from "./get-release";

const ZOptions = z.intersection(z.strictObject({ name: z.string() }), ZReleaseChangesQuery);
const ZPosition = z.strictObject({ id: ZUuid });

interface ChangeRow {
  fact_id: string;
  from_id: string | null;
  from_number: number | null;
  to_id: string | null;
  to_number: number | null;
  relation: string;
  statement: string;
}

/**
 * A release's changelog against the previous release, in fact id order: facts added, moved to
 * another revision, or removed. Both sides are read as index ranges of release_fact from the
 * cursor on, so a page costs the same at the start and the end of a million facts.
 */
/** Stands for a statement taken down after the release was cut. */
export const REDACTED_STATEMENT = "(text withdrawn from public view)";
const REDACTED = Prisma.sql`${REDACTED_STATEMENT}::text`;

export async function listReleaseChanges(options: z.input<typeof ZOptions>) {
  const { name, asOf, change, cursor, limit } = parseInput(ZOptions, options);
  const release = await getRelease({ name, asOf });
  const previousId = release.manifest.previous ? (await getRelease({ name: release.manifest.previous.name })).id : null;
  const after = cursor ? decodeCursor("release-changes", cursor, ZPosition) : null;
  const from = after ? Prisma.sql`AND fact_id > ${after.id}::uuid` : Prisma.empty;
  const kind = {
    added: Prisma.sql`prev.fact_id IS NULL`,
    removed: Prisma.sql`cur.fact_id IS NULL`,
    changed: Prisma.sql`cur.fact_id IS NOT NULL AND prev.fact_id IS NOT NULL`,
  };
  // Both releases' facts side by side, from a position on (the page) or from the start (the total).
  const pairs = (from: Prisma.Sql) => Prisma.sql`
    (SELECT fact_id, revision_id FROM release_fact WHERE release_id = ${release.id}::uuid ${from}) cur
    FULL JOIN (SELECT fact_id, revision_id FROM release_fact WHERE release_id = ${previousId}::uuid ${from}) prev
      ON prev.fact_id = cur.fact_id`;
  const changed = Prisma.sql`cur.revision_id IS DISTINCT FROM prev.revision_id ${change ? Prisma.sql`AND ${kind[change]}` : Prisma.empty}`;
  const [rows, counted] = await Promise.all([
    getDb().$queryRaw<ChangeRow[]>`
      SELECT COALESCE(cur.fact_id, prev.fact_id) AS fact_id,
        prev.revision_id AS from_id, fr.number AS from_number, cur.revision_id AS to_id, tr.number AS to_number,
        rel.slug AS relation,
        -- A taken-down revision's statement is never served, not even in a past release's changelog.
        CASE WHEN cur.revision_id IS NOT NULL
          THEN CASE WHEN ${notRedacted("tr.id")} THEN tr.statement ELSE ${REDACTED} END
          ELSE CASE WHEN ${notRedacted("fr.id")} THEN fr.statement ELSE ${REDACTED} END
        END AS statement
      FROM ${pairs(from)}
      LEFT JOIN fact_revision tr ON tr.id = cur.revision_id
      LEFT JOIN fact_revision fr ON fr.id = prev.revision_id
      JOIN fact f ON f.id = COALESCE(cur.fact_id, prev.fact_id)
      JOIN relation rel ON rel.id = f.relation_id
      WHERE ${changed}
      ORDER BY 1 LIMIT ${limit + 1}`,
    getDb().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${pairs(Prisma.empty)} WHERE ${changed}`,
  ]);
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor("release-changes", { id: last.fact_id }) : null;
  return {
    data: kept.map((r) => ({
      factId: r.fact_id,
      change: r.from_id === null ? ("added" as const) : r.to_id === null ? ("removed" as const) : ("changed" as const),
      relation: r.relation,
      from: r.from_id && r.from_number !== null ? { revisionId: r.from_id, revision: r.from_number } : null,
      to: r.to_id && r.to_number !== null ? { revisionId: r.to_id, revision: r.to_number } : null,
      statement: r.statement,
    })),
    meta: { limit, nextCursor, previous: release.manifest.previous?.name ?? null, total: counted[0]?.total ?? 0 },
    links: pageLinks(`${release.url}/changes`, { asOf, change, limit }, nextCursor, cursor),
  };
}
