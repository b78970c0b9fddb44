import { ZListSourcesQuery } from "@dyad/api-contract";
import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { publicAt, relationIdOf } from "../read-model/public-at";
import { asOfParam, finishPage, pageLinks, resolvePage } from "./paging";
import { readMeta } from "./read-meta";

const ZPosition = z.strictObject({ id: ZUuid });

export interface SourceRow {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  kind: string;
  published_on: string | null;
  accessed_on: string | null;
  cited_by: number;
}

export const sourceColumns = Prisma.sql`s.id, s.url, s.title, s.publisher, s.kind::text AS kind,
  to_char(s.published_on, 'YYYY-MM-DD') AS published_on, to_char(s.accessed_on, 'YYYY-MM-DD') AS accessed_on`;

export function toApiSource(row: SourceRow) {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    kind: row.kind as "WEBSITE",
    publishedOn: row.published_on,
    accessedOn: row.accessed_on,
    citedBy: row.cited_by,
  };
}

/**
 * Sources cited by the facts public at an instant (all of them, or one relation's), in id order.
 * A source only a draft cites is not public. Without a relation the whole public state is
 * computed, so that form costs more as history grows; a relation's sources follow its history.
 */
export async function listApiSources(options: z.input<typeof ZListSourcesQuery>) {
  const { relation, limit, ...paging } = parseInput(ZListSourcesQuery, options);
  const { read, after } = await resolvePage("sources", paging, ZPosition);
  const db = getDb();
  const cited = Prisma.sql`(${publicAt(read.instant, relation ? relationIdOf(relation) : undefined)}) v
      JOIN revision_source rs ON rs.revision_id = v.revision_id`;
  const [rows, counted, meta] = await Promise.all([
    db.$queryRaw<SourceRow[]>`
      SELECT ${sourceColumns}, count(DISTINCT v.fact_id)::int AS cited_by
      FROM ${cited}
      JOIN source s ON s.id = rs.source_id
      ${after ? Prisma.sql`WHERE s.id > ${after.id}::uuid` : Prisma.empty}
      GROUP BY s.id ORDER BY s.id LIMIT ${limit + 1}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(DISTINCT rs.source_id)::int AS total FROM ${cited}`,
    readMeta(read),
  ]);
  if (relation && rows.length === 0 && !(await db.relation.findUnique({ where: { slug: relation } }))) {
    throw notFound("Relation");
  }
  const page = finishPage("sources", rows, limit, read, (row) => ({ id: row.id }));
  const params = { asOf: asOfParam(read), relation, limit };
  return {
    data: page.rows.map(toApiSource),
    meta: { ...meta, limit, nextCursor: page.nextCursor, total: counted[0]?.total ?? 0 },
    links: pageLinks("/api/v1/sources", params, page.nextCursor, paging.cursor),
  };
}
