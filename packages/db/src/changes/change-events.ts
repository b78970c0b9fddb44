import { Prisma } from "../generated/prisma/client";
import { type RecordRow, recordColumns, toFactRecord } from "../read-model/fact-record";
import { asInstant } from "../read-model/instant";

export type ChangeRow = RecordRow & {
  event_id: string;
  event_at: string;
  event_fact_id: string;
  event_relation: string;
  event_revision_id: string | null;
  redacted_at: string | null;
  redacted_by: string | null;
  redacted_reason: string | null;
  change_set_id: string | null;
  change_set_title: string | null;
  change_set_description: string | null;
  change_set_reverted: boolean | null;
};

/**
 * Events of the changes feed: rows of the publication log (append-only, so an event never
 * changes) with the content each publication made public. `where` and `order` place them. An
 * event of a change-set names it: its publish (or revert) is one instant and one group.
 */
export function changeQuery(where: Prisma.Sql, order: Prisma.Sql, limit: number) {
  return Prisma.sql`
    SELECT p.id::text AS event_id, ${asInstant("p.at")} AS event_at, p.fact_id AS event_fact_id,
      rel.slug AS event_relation, p.revision_id AS event_revision_id, ${recordColumns},
      ${asInstant("x.at")} AS redacted_at, x.actor_name AS redacted_by, x.reason AS redacted_reason,
      cs.id AS change_set_id, cs.title AS change_set_title, cs.description AS change_set_description,
      -- The revert's instant is the one stamped last on the change-set (stampInstant).
      (cs.state = 'REVERTED' AND cs.published_at = p.at) AS change_set_reverted
    FROM publication p
    JOIN relation rel ON rel.id = p.relation_id
    LEFT JOIN change_set cs ON cs.id = p.change_set_id
    -- A taken-down revision's content is not joined at all: the event says it was redacted.
    LEFT JOIN redaction x ON x.revision_id = p.revision_id
    LEFT JOIN fact_revision r ON r.id = p.revision_id AND x.revision_id IS NULL
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${limit}`;
}

export function toChangeEvent(row: ChangeRow) {
  return {
    id: row.event_id,
    at: row.event_at,
    type: row.event_revision_id ? ("published" as const) : ("withdrawn" as const),
    factId: row.event_fact_id,
    relation: row.event_relation,
    fact: row.event_revision_id && !row.redacted_at ? toFactRecord(row) : null,
    redacted: row.redacted_at
      ? { at: row.redacted_at, by: row.redacted_by ?? "", reason: row.redacted_reason ?? "" }
      : null,
    changeSet: row.change_set_id
      ? {
          id: row.change_set_id,
          title: row.change_set_title ?? "",
          description: row.change_set_description ?? "",
          action: row.change_set_reverted ? ("reverted" as const) : ("published" as const),
        }
      : null,
  };
}
export type ChangeEvent = ReturnType<typeof toChangeEvent>;
