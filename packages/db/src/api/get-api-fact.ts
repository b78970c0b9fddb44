import { z } from "zod";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { notRedacted } from "../redactions/not-redacted";
import { ZReadQuery } from "../schemas/api";
import { ZUuid } from "../schemas/fact";
import { asInstant, type RecordRow, recordColumns, recordJoins, toFactRecord } from "./fact-records";
import { resolveReadInstant } from "./read-instant";
import { readMeta } from "./read-meta";

const ZOptions = z.intersection(z.strictObject({ factId: ZUuid }), ZReadQuery);

interface HistoryRow {
  at: string;
  revision_id: string | null;
  number: number | null;
  relation: string;
  redacted_at: string | null;
  redacted_by: string | null;
  redacted_reason: string | null;
}

/**
 * One fact at an instant with its public history: every publication and withdrawal up to the
 * instant, and every revision that was public in that time. Drafts never show; a fact that was
 * never public by then is not found, one withdrawn by then says so and keeps its history. A
 * taken-down revision keeps its place in the history (`redacted`), never its content.
 */
export async function getApiFact(options: z.input<typeof ZOptions>) {
  const { factId, asOf } = parseInput(ZOptions, options);
  const read = await resolveReadInstant(asOf);
  const db = getDb();
  const [history, revisions, meta] = await Promise.all([
    db.$queryRaw<HistoryRow[]>`
      SELECT ${asInstant("p.at")} AS at, p.revision_id, r.number, rel.slug AS relation,
        ${asInstant("x.at")} AS redacted_at, x.actor_name AS redacted_by, x.reason AS redacted_reason
      FROM publication p JOIN relation rel ON rel.id = p.relation_id
      LEFT JOIN fact_revision r ON r.id = p.revision_id
      LEFT JOIN redaction x ON x.revision_id = p.revision_id
      WHERE p.fact_id = ${factId}::uuid AND p.at <= ${read.instant}::timestamptz
      ORDER BY p.at, p.id`,
    db.$queryRaw<RecordRow[]>`
      SELECT ${recordColumns} FROM (
        SELECT DISTINCT fact_id, revision_id FROM publication
        WHERE fact_id = ${factId}::uuid AND at <= ${read.instant}::timestamptz AND revision_id IS NOT NULL
      ) v ${recordJoins}
      WHERE ${notRedacted("v.revision_id")}
      ORDER BY r.number`,
    readMeta(read),
  ]);
  const last = history[history.length - 1];
  if (!last) throw new AppError("NOT_FOUND", `Fact ${factId} was not public at or before ${read.instant}`);
  const records = revisions.map(toFactRecord);
  const current = records.find((r) => r.revisionId === last.revision_id);
  return {
    data: {
      factId,
      relation: last.relation,
      status: current ? ("public" as const) : last.redacted_at ? ("redacted" as const) : ("withdrawn" as const),
      current: current ? { ...current, publishedAt: last.at } : null,
      revisions: records,
      history: history.map((h) => ({
        at: h.at,
        type: h.revision_id ? ("published" as const) : ("withdrawn" as const),
        revisionId: h.revision_id,
        revision: h.number,
        redacted: h.redacted_at
          ? { at: h.redacted_at, by: h.redacted_by ?? "", reason: h.redacted_reason ?? "" }
          : null,
      })),
    },
    meta,
  };
}
