import { ZValidReadQuery } from "@dyad/api-contract";
import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { AppError, parseInput } from "../errors";
import { heldOn } from "../facts/valid-during";
import { Prisma } from "../generated/prisma/client";
import { type RecordRow, recordColumns, recordJoins, toFactRecord } from "../read-model/fact-record";
import { asInstant } from "../read-model/instant";
import { readAt } from "./read-instant";
import { API_LICENCE, releaseRef } from "./read-meta";

const ZOptions = z.intersection(z.strictObject({ factId: ZUuid }), ZValidReadQuery);

interface Row {
  at: string;
  revision_id: string | null;
  number: number | null;
  relation: string;
  /** The published revision as a record; null for a withdrawal or a taken-down revision. */
  record: RecordRow | null;
  redacted_at: string | null;
  redacted_by: string | null;
  redacted_reason: string | null;
}

/**
 * One fact at an instant with its public history: every publication and withdrawal up to the
 * instant, and every revision that was public in that time. Drafts never show; a fact that was
 * never public by then is not found, one withdrawn by then says so and keeps its history. A
 * taken-down revision keeps its place in the history (`redacted`), never its content.
 * One round trip (readAt): the instant, its release and the publications with their revisions.
 * With `on` (valid time), `heldOn` says whether what the public saw held on that date, as the
 * facts list with the same `on` would include it or not (null: nothing public to hold).
 */
export async function getApiFact(options: z.input<typeof ZOptions>) {
  const { factId, asOf, on } = parseInput(ZOptions, options);
  const { read, release, rows } = await readAt<Row>(
    asOf,
    (instant) => Prisma.sql`
      SELECT ${asInstant("p.at")} AS at, p.at AS sort_at, p.id AS sort_id, p.revision_id, rel.slug AS relation,
        pr.number, ${asInstant("x.at")} AS redacted_at, x.actor_name AS redacted_by, x.reason AS redacted_reason,
        CASE WHEN x.revision_id IS NULL THEN (SELECT to_json(y) FROM (
          SELECT ${recordColumns} FROM (SELECT p.fact_id, p.revision_id) v ${recordJoins}) y) END AS record
      FROM publication p JOIN relation rel ON rel.id = p.relation_id
      LEFT JOIN fact_revision pr ON pr.id = p.revision_id
      LEFT JOIN redaction x ON x.revision_id = p.revision_id
      WHERE p.fact_id = ${factId}::uuid AND p.at <= ${instant}`,
    // Prepared (read-instant.ts): one fact's publications by its index, revisions and citations by
    // key, so its plan has no choice that grows with the history (EXPLAIN of the generic plan).
    { orderBy: Prisma.sql`q.sort_at, q.sort_id`, prepared: true },
  );
  const last = rows[rows.length - 1];
  if (!last) throw new AppError("NOT_FOUND", `Fact ${factId} was not public at or before ${read.instant}`);
  const byRevision = new Map<string, RecordRow>();
  for (const row of rows) if (row.record) byRevision.set(row.record.revision_id, row.record);
  const records = [...byRevision.values()].sort((a, b) => a.number - b.number).map(toFactRecord);
  const current = records.find((r) => r.revisionId === last.revision_id);
  return {
    data: {
      factId,
      relation: last.relation,
      status: current ? ("public" as const) : last.redacted_at ? ("redacted" as const) : ("withdrawn" as const),
      current: current ? { ...current, publishedAt: last.at } : null,
      ...(on ? { heldOn: current ? heldOn(current.validTime, on) : null } : {}),
      revisions: records,
      history: rows.map((h) => ({
        at: h.at,
        type: h.revision_id ? ("published" as const) : ("withdrawn" as const),
        revisionId: h.revision_id,
        revision: h.number,
        redacted: h.redacted_at
          ? { at: h.redacted_at, by: h.redacted_by ?? "", reason: h.redacted_reason ?? "" }
          : null,
      })),
    },
    meta: {
      asOf: read.instant,
      current: read.current,
      final: read.final,
      release: releaseRef(release),
      licence: API_LICENCE,
    },
  };
}
