import { ZListRelationsQuery } from "@dyad/api-contract";
import { z } from "zod";
import { parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { asOfParam, finishPage, pageLinks, resolvePage } from "./paging";
import { readMeta } from "./read-meta";
import { countSummaries, querySummaries, toRelationSummary } from "./relation-summaries";

const ZPosition = z.strictObject({ slug: z.string().max(200) });

/** Relations with facts public at an instant (optionally of one country), in slug order. */
export async function listApiRelations(options: z.input<typeof ZListRelationsQuery>) {
  const { country, limit, ...paging } = parseInput(ZListRelationsQuery, options);
  const { read, after } = await resolvePage("relations", paging, ZPosition);
  const filters = [Prisma.sql`TRUE`];
  if (country) filters.push(Prisma.sql`(rel.country_a = ${country} OR rel.country_b = ${country})`);
  const whole = Prisma.join(filters, " AND ");
  if (after) filters.push(Prisma.sql`rel.slug > ${after.slug}`);
  const [rows, total, meta] = await Promise.all([
    querySummaries(read.instant, Prisma.join(filters, " AND "), limit + 1),
    countSummaries(read.instant, whole),
    readMeta(read),
  ]);
  const page = finishPage("relations", rows, limit, read, (row) => ({ slug: row.slug }));
  const asOf = asOfParam(read);
  return {
    data: page.rows.map((row) => toRelationSummary(row, asOf)),
    meta: { ...meta, limit, nextCursor: page.nextCursor, total },
    links: pageLinks("/api/v1/relations", { asOf, country, limit }, page.nextCursor, paging.cursor),
  };
}
