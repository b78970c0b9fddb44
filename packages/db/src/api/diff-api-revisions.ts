import type { TFactRecord } from "@dyad/api-contract";
import { ZDiffQuery } from "@dyad/api-contract";
import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { diffFields, diffText, wordChange } from "../read-model/diff";
import { type RecordRow, recordColumns, recordJoins, toFactRecord } from "../read-model/fact-record";
import { notRedacted } from "../redactions/not-redacted";
import { resolveReadInstant } from "./read-instant";
import { readMeta } from "./read-meta";

const ZOptions = z.intersection(z.strictObject({ factId: ZUuid }), ZDiffQuery);

/** What a reader compares: the content, not who wrote a revision, when or why. */
const content = (r: TFactRecord) => ({
  section: r.section,
  statement: r.statement,
  data: r.data,
  validTime: r.validTime,
  sources: r.sources,
});

/**
 * The difference between two revisions of a fact that were both public at some time up to the
 * instant (drafts stay private) and not taken down: field by field, and the statement word by word.
 */
export async function diffApiRevisions(options: z.input<typeof ZOptions>) {
  const { factId, from, to, asOf } = parseInput(ZOptions, options);
  const read = await resolveReadInstant(asOf);
  const [rows, meta] = await Promise.all([
    getDb().$queryRaw<RecordRow[]>`
      SELECT ${recordColumns} FROM (
        SELECT DISTINCT fact_id, revision_id FROM publication
        WHERE fact_id = ${factId}::uuid AND at <= ${read.instant}::timestamptz AND revision_id IS NOT NULL
      ) v ${recordJoins}
      WHERE ${notRedacted("v.revision_id")}`,
    readMeta(read),
  ]);
  const records = rows.map(toFactRecord);
  const find = (ref: string) => {
    const found = records.find((r) => r.revisionId === ref.toLowerCase() || String(r.revision) === ref);
    if (found) return found;
    throw new AppError("NOT_FOUND", `Revision ${ref} of fact ${factId} was not public at or before ${read.instant}`);
  };
  const older = find(from);
  const newer = find(to);
  // Citations compared as the record lists them (by position), not matched by source as the
  // editor's history does: the API's published shape (paths like "sources.0.locator").
  const changes = diffFields(content(older), content(newer)).map((c) => ({
    path: c.path.join("."),
    type: c.type,
    ...("before" in c ? { from: c.before } : {}),
    ...("after" in c ? { to: c.after } : {}),
  }));
  const statement = diffText(older.statement, newer.statement).map((part) => ({
    type: wordChange(part),
    text: part.value,
  }));
  return { data: { factId, from: older, to: newer, changes, statement }, meta };
}
