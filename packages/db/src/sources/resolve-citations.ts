import type { TFactContent } from "@dyad/core/schemas/fact";
import canonicalize from "canonicalize";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { databaseFailure } from "../lib/database-error";
import { type AnyTx, execute, onPrisma, queryRows } from "../tx";

export interface ResolvedCitation {
  sourceId: string;
  locator: string | null;
}

type NewSource = NonNullable<TFactContent["sources"][number]["source"]>;

/**
 * Turn a revision's citations into source ids: existing sources by id, new ones created. A new
 * source whose URL is already known reuses that source (one source per address); one without a
 * URL reuses a source without one that it describes exactly (as an import finds its references
 * by title), so saving the same citation again, or from two saves at once, keeps one source.
 */
export async function resolveCitations(tx: AnyTx, citations: TFactContent["sources"]): Promise<ResolvedCitation[]> {
  await lockDescriptions(tx, citations);
  const resolved: ResolvedCitation[] = [];
  for (const citation of citations) {
    const locator = citation.locator ?? null;
    if (citation.sourceId) {
      // Raw SQL: a save citing sources asks once per citation (issue 21.4).
      const [found] = await queryRows<{ id: string }>(
        tx,
        Prisma.sql`SELECT id::text FROM source WHERE id = ${citation.sourceId}::uuid`,
      );
      if (!found) throw new AppError("INVALID", `Source ${citation.sourceId} does not exist`);
      resolved.push({ sourceId: found.id, locator });
    } else if (citation.source) {
      resolved.push({ sourceId: await findOrCreateSource(tx, citation.source), locator });
    }
  }
  const seen = new Set<string>();
  return resolved.filter((c) => !seen.has(c.sourceId) && seen.add(c.sourceId));
}

/** `column` equal to `value`, or NULL when it is null (what Prisma's `where` means by null). */
const sameOrNull = (column: string, value: string | null, cast = "") =>
  value === null ? Prisma.raw(`${column} IS NULL`) : Prisma.sql`${Prisma.raw(column)} = ${value}${Prisma.raw(cast)}`;

async function findOrCreateSource(tx: AnyTx, source: NewSource): Promise<string> {
  const { url, title, publisher, kind, publishedOn, accessedOn } = source;
  // By address, or without one by the whole description, the oldest first.
  const [existing] = await queryRows<{ id: string }>(
    tx,
    url
      ? Prisma.sql`SELECT id::text FROM source WHERE url = ${url}`
      : Prisma.sql`SELECT id::text FROM source
                    WHERE url IS NULL AND title = ${title} AND ${sameOrNull("publisher", publisher)}
                      AND kind = ${kind}::"SourceKind" AND ${sameOrNull("published_on", publishedOn, "::date")}
                      AND ${sameOrNull("accessed_on", accessedOn, "::date")}
                    ORDER BY created_at LIMIT 1`,
  );
  if (existing) return existing.id;
  if (onPrisma(tx)) {
    const created = await tx.source.create({
      data: {
        url,
        title,
        publisher,
        kind,
        publishedOn: publishedOn ? new Date(publishedOn) : null,
        accessedOn: accessedOn ? new Date(accessedOn) : null,
      },
      select: { id: true },
    });
    return created.id;
  }
  try {
    const [created] = await queryRows<{ id: string }>(
      tx,
      Prisma.sql`INSERT INTO source (id, url, title, publisher, kind, published_on, accessed_on)
                 VALUES (gen_random_uuid(), ${url}, ${title}, ${publisher}, ${kind}::"SourceKind",
                         ${publishedOn}::date, ${accessedOn}::date)
                 RETURNING id::text`,
    );
    return (created as { id: string }).id;
  } catch (error) {
    // Another save created the same address first: the answer Prisma's create gives (P2002).
    if (databaseFailure(error)?.sqlState === "23505") throw new AppError("CONFLICT", "That already exists");
    throw error;
  }
}

/**
 * Without a unique column to meet on, two transactions citing the same new source without a
 * URL would both miss it and both insert it: each description is locked until the commit, so
 * the second waits and finds the first's. In one order (sorted), so two saves citing the same
 * two sources cannot deadlock.
 */
async function lockDescriptions(tx: AnyTx, citations: TFactContent["sources"]): Promise<void> {
  const keys = citations.flatMap((c) => (c.source && !c.source.url ? [`source:${canonicalize(c.source)}`] : []));
  for (const key of [...new Set(keys)].sort()) {
    await execute(tx, Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  }
}
