import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { relationName } from "../read-model/relation-countries";
import { loadPublicRevisionViews } from "../read-model/revision-view";
import { msToIso } from "./versions";

const ZOptions = z.strictObject({ factId: ZUuid });

/**
 * A fact as the public may see it: what is published now (null once withdrawn or deleted), its
 * whole publication log and every revision that was ever published, so the fact page, its "as
 * of" views and comparisons between versions need nothing more. A fact that was never published
 * is NOT_FOUND: drafts stay invisible. Revisions that were never published are not returned, nor
 * the content of those taken down (`redactions` says which, when, by whom and why).
 */
export async function getPublicFact(options: z.input<typeof ZOptions>) {
  const { factId } = parseInput(ZOptions, options);
  const db = getDb();
  const country = { select: { code: true, name: true, slug: true } };
  const [fact, log] = await Promise.all([
    db.fact.findUnique({
      where: { id: factId },
      select: {
        id: true,
        kind: true,
        publishedRevisionId: true,
        deletedAt: true,
        relation: { select: { slug: true, countryA: country, countryB: country } },
      },
    }),
    db.$queryRaw<{ id: bigint; at: Date; ms: number; revision_id: string | null }[]>`
      SELECT id, at, ceil(extract(epoch FROM at) * 1000)::float8 AS ms, revision_id
      FROM publication WHERE fact_id = ${factId}::uuid
      ORDER BY at, id`,
  ]);
  if (!fact || log.length === 0) throw notFound("Fact");

  const publishedIds = [...new Set(log.flatMap((p) => (p.revision_id ? [p.revision_id] : [])))];
  const [revisions, redacted] = await Promise.all([
    // A taken-down revision's content never leaves the database on a public read.
    loadPublicRevisionViews(db, publishedIds).then((views) => views.sort((a, b) => a.number - b.number)),
    db.redaction.findMany({
      where: { revisionId: { in: publishedIds } },
      select: { revisionId: true, at: true, actorName: true, reason: true, revision: { select: { number: true } } },
      orderBy: { revision: { number: "asc" } },
    }),
  ]);
  const { countryA, countryB } = fact.relation;
  const currentId = fact.deletedAt ? null : fact.publishedRevisionId;
  return {
    factId: fact.id,
    kind: fact.kind,
    relation: {
      slug: fact.relation.slug,
      name: relationName(countryA.name, countryB.name),
      countries: [countryA, countryB],
    },
    current: revisions.find((r) => r.revisionId === currentId) ?? null,
    deleted: fact.deletedAt !== null,
    /** The publication log, oldest first; revisionId null = withdrawn from the public site. */
    publications: log.map((p) => ({
      id: String(p.id),
      at: p.at.toISOString(),
      version: msToIso(p.ms),
      revisionId: p.revision_id,
    })),
    /** Every revision that was ever public and not taken down, by number. */
    revisions,
    /** Public revisions whose text was withdrawn (a takedown): who, when and why, never the text. */
    redactions: redacted.map((r) => ({
      revisionId: r.revisionId,
      number: r.revision.number,
      at: r.at.toISOString(),
      actorName: r.actorName,
      reason: r.reason,
    })),
  };
}
export type PublicFact = Awaited<ReturnType<typeof getPublicFact>>;
