import { ZUuid } from "@dyad/core/schemas/fact";
import { firstDay, lastDay, ZPartialDate } from "@dyad/core/schemas/partial-date";
import { z } from "zod";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { revisionSelect, toRevisionView } from "../read-model/revision-view";
import { validDuringSql } from "./valid-during";

const ZOptions = z.strictObject({
  from: ZPartialDate,
  to: ZPartialDate,
  relationId: ZUuid.optional(),
  /** "published": what the public sees now; "draft": the editors' latest revisions. */
  view: z.enum(["published", "draft"]).default("published"),
});

/**
 * Facts whose valid time overlaps a period (valid time, not when Dyad recorded them). Facts with
 * an open end ("since 2016") overlap every later period; undated facts match no period.
 */
export async function listFactsValidDuring(options: z.input<typeof ZOptions>) {
  const { from, to, relationId, view } = parseInput(ZOptions, options);
  const pointer = view === "published" ? Prisma.sql`f.published_revision_id` : Prisma.sql`f.current_revision_id`;
  const relationFilter = relationId ? Prisma.sql`AND f.relation_id = ${relationId}::uuid` : Prisma.empty;
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT r.id FROM fact_revision r JOIN fact f ON ${pointer} = r.id
    WHERE f.deleted_at IS NULL ${relationFilter}
      AND ${validDuringSql("r", firstDay(from), lastDay(to))}`;
  const revisions = await getDb().factRevision.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: revisionSelect,
    orderBy: [{ validFrom: "asc" }, { id: "asc" }],
  });
  return revisions.map(toRevisionView);
}
