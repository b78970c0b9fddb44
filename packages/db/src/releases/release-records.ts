import type { TFactRecord } from "@dyad/api-contract";
import canonicalize from "canonicalize";
import { getDb, readPublished } from "../client";
import { Prisma } from "../generated/prisma/client";
import { type RecordRow, recordColumns, recordJoins, toFactRecord } from "../read-model/fact-record";
import type { Tx } from "../tx";

/** Rows per query while streaming a release: a few hundred kilobytes of JSON at a time. */
const BATCH = 1000;

export interface ReleaseLine {
  record: TFactRecord;
  /** The record's canonical serialization (RFC 8785): one line of facts.ndjson, without "\n". */
  line: string;
}

/** RFC 8785 (JCS) canonical JSON of a value. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("This value has no JSON form");
  return text;
}

/** A record's line of the canonical serialization (docs/releases.md), without its "\n". */
export const canonicalLine = (record: TFactRecord): string => canonicalJson(record);

/**
 * The records of a set of (fact_id, revision_id) pairs in fact id order, a batch at a time, so a
 * release of a million facts streams in constant memory. Keyset paging on fact_id (the primary
 * key of release_fact) keeps every batch an index range. `pairs` is a subquery or table.
 */
export async function* recordBatches(pairs: Prisma.Sql, db?: Tx): AsyncGenerator<ReleaseLine[]> {
  let after: string | null = null;
  for (;;) {
    const query = Prisma.sql`
      SELECT ${recordColumns} FROM ${pairs} v ${recordJoins}
      ${after ? Prisma.sql`WHERE v.fact_id > ${after}::uuid` : Prisma.empty}
      ORDER BY v.fact_id LIMIT ${BATCH}`;
    // Without a transaction, each batch is a published read of its own (a download streams
    // long after its request began): a replica that stops mid-stream costs no error.
    const rows: RecordRow[] = db
      ? await db.$queryRaw<RecordRow[]>(query)
      : await readPublished(() => getDb().$queryRaw<RecordRow[]>(query));
    if (rows.length === 0) return;
    yield rows.map((row) => {
      const record = toFactRecord(row);
      return { record, line: canonicalLine(record) };
    });
    if (rows.length < BATCH) return;
    after = (rows[rows.length - 1] as RecordRow).fact_id;
  }
}

/** The (fact_id, revision_id) pairs of a stored release. */
export const releasePairs = (releaseId: string) =>
  Prisma.sql`(SELECT fact_id, revision_id FROM release_fact WHERE release_id = ${releaseId}::uuid)`;
