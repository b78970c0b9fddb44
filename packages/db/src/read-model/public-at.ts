import { Prisma } from "../generated/prisma/client";
import { notRedacted } from "../redactions/not-redacted";

/**
 * "What was public at an instant", the one query every as-of read builds on: the site's pages,
 * the API, relation summaries, releases and the benchmarks. Question 3 of ARCHITECTURE.md.
 */

/**
 * Per fact (optionally of one relation), its latest publication at or before `instant`: one
 * index range per relation over publication_relation_asof_idx. Withdrawals are kept (a NULL
 * revision_id) and so are taken-down revisions: a relation's summary dates its last change by
 * them. Everything that serves content reads `publicAt` instead.
 */
export function latestPublications(instant: string | Date | Prisma.Sql, relationId?: Prisma.Sql): Prisma.Sql {
  const relation = relationId ? Prisma.sql`relation_id = ${relationId} AND` : Prisma.empty;
  return Prisma.sql`
    SELECT DISTINCT ON (fact_id) fact_id, revision_id, at FROM publication
    WHERE ${relation} at <= ${instant}::timestamptz
    ORDER BY fact_id, at DESC, id DESC`;
}

/**
 * Every fact public at `instant` (optionally of one relation) with the revision it showed and
 * when that was published. A fact whose revision then was taken down is left out, as if it had
 * not been public: past reads and releases cut later never serve redacted text.
 */
export function publicAt(instant: string | Date | Prisma.Sql, relationId?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT fact_id, revision_id, at FROM (${latestPublications(instant, relationId)}) latest
    WHERE revision_id IS NOT NULL AND ${notRedacted("latest.revision_id")}`;
}

/**
 * The same rows for "now", from the facts' public pointers: one row per fact instead of the
 * relation's whole publication history. A pointer is never redacted: a takedown withdraws it,
 * and publishFact refuses a taken-down revision. `when` (SQL boolean) turns the rows off as a
 * whole (see publicNowOrAt). `at`, each fact's last publication, is kept on the fact by a trigger
 * on the log (fact.published_at), so this reads nothing that grows with the relation's history.
 */
export function publicNow(relationId: Prisma.Sql, when: Prisma.Sql = Prisma.sql`true`): Prisma.Sql {
  return Prisma.sql`
    SELECT f.id AS fact_id, f.published_revision_id AS revision_id, f.published_at AS at
    FROM fact f
    WHERE ${when} AND f.relation_id = ${relationId} AND f.published_revision_id IS NOT NULL AND f.deleted_at IS NULL`;
}

/**
 * publicAt for one relation, or, when `pointers` (SQL boolean, see ReadBody in
 * api/read-instant.ts) is true, publicNow: what makes a read of "now" cheap.
 */
export function publicNowOrAt(instant: Prisma.Sql, pointers: Prisma.Sql, relationId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    ${publicNow(relationId, pointers)}
    UNION ALL
    SELECT * FROM (${publicAt(instant, relationId)}) logged WHERE NOT ${pointers}`;
}

/** A relation's id by slug, as SQL: lets one query find the relation and read its facts. */
export const relationIdOf = (slug: string) => Prisma.sql`(SELECT id FROM relation WHERE slug = ${slug})`;
