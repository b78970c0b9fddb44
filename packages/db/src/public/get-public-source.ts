import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { relationName } from "../read-model/relation-countries";
import { isFollowable } from "../sources/followable";

const ZOptions = z.strictObject({ sourceId: ZUuid });
const MAX_CLAIMS = 1000;

/**
 * A source as the public sees it, with every published claim that cites it now (each with its
 * relation, so a reader can go to the claim on its page and back to the source). NOT_FOUND for
 * an unknown source and for one no public fact cites (drafts' sources stay private).
 */
export async function getPublicSource(options: z.input<typeof ZOptions>) {
  const { sourceId } = parseInput(ZOptions, options);
  const db = getDb();
  const [source, claims] = await Promise.all([
    db.source.findUnique({ where: { id: sourceId } }),
    db.$queryRaw<
      { fact_id: string; statement: string; locator: string | null; slug: string; a_name: string; b_name: string }[]
    >`
      SELECT f.id AS fact_id, r.statement, rs.locator, rel.slug, ca.name AS a_name, cb.name AS b_name
      FROM revision_source rs
      JOIN fact f ON f.published_revision_id = rs.revision_id AND f.deleted_at IS NULL
      JOIN fact_revision r ON r.id = rs.revision_id
      JOIN relation rel ON rel.id = f.relation_id
      JOIN country ca ON ca.code = rel.country_a
      JOIN country cb ON cb.code = rel.country_b
      WHERE rs.source_id = ${sourceId}::uuid
      ORDER BY rel.slug, r.valid_from NULLS FIRST, f.id
      LIMIT ${MAX_CLAIMS}`,
  ]);
  if (!source || claims.length === 0) throw notFound("Source");
  return {
    source: {
      id: source.id,
      title: source.title,
      url: source.url,
      publisher: source.publisher,
      kind: source.kind,
      publishedOn: source.publishedOn?.toISOString().slice(0, 10) ?? null,
      accessedOn: source.accessedOn?.toISOString().slice(0, 10) ?? null,
      followable: isFollowable(source),
    },
    claims: claims.map((c) => ({
      factId: c.fact_id,
      statement: c.statement,
      locator: c.locator,
      relation: { slug: c.slug, name: relationName(c.a_name, c.b_name) },
    })),
  };
}
export type PublicSource = Awaited<ReturnType<typeof getPublicSource>>;
