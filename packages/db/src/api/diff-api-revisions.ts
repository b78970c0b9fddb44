import { diffWords } from "diff";
import microdiff from "microdiff";
import { z } from "zod";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { notRedacted } from "../redactions/not-redacted";
import { ZDiffQuery } from "../schemas/api";
import { ZUuid } from "../schemas/fact";
import { type RecordRow, recordColumns, recordJoins, toFactRecord } from "./fact-records";
import { resolveReadInstant } from "./read-instant";
import { readMeta } from "./read-meta";
import type { TFactRecord } from "./response-schemas";

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
  const changes = microdiff(content(older), content(newer)).map((d) => ({
    path: d.path.join("."),
    type: d.type === "CREATE" ? ("added" as const) : d.type === "REMOVE" ? ("removed" as const) : ("changed" as const),
    ...("oldValue" in d ? { from: d.oldValue } : {}),
    ...("value" in d ? { to: d.value } : {}),
  }));
  const statement = diffWords(older.statement, newer.statement).map((part) => ({
    type: part.added ? ("added" as const) : part.removed ? ("removed" as const) : ("same" as const),
    text: part.value,
  }));
  return { data: { factId, from: older, to: newer, changes, statement }, meta };
}
