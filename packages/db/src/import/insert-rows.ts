import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../tx";

/** The tables an import inserts into in bulk. Their fields map to columns by snake case. */
export type BulkTable = "fact" | "fact_revision" | "revision_source" | "audit_event" | "fact_flag";

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Insert rows (Prisma field names, e.g. `factId`) into one table with one statement and one
 * parameter: the rows as JSON, read by json_populate_recordset into the table's own row type, so
 * PostgreSQL converts each value to its column's type (uuid, enum, date, jsonb). Prisma's
 * createMany binds a parameter per value and costs several times more CPU per row, which was
 * most of an import's time once its round trips were few. Rows go in in order (serial ids
 * follow it). Columns no row sets get their defaults (serial ids, `at`, `created_at`); a field
 * some rows leave out is NULL in those. The table and field names are code, never input.
 */
export async function insertRows(tx: Tx, table: BulkTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const record = (row: object) =>
    Object.fromEntries(fields.map((f) => [snakeCase(f), (row as Record<string, unknown>)[f] ?? null]));
  const json = JSON.stringify(rows.map(record));
  const columns = Prisma.raw(fields.map((f) => `"${snakeCase(f)}"`).join(", "));
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(table)} (${columns})
    SELECT ${columns} FROM json_populate_recordset(NULL::${Prisma.raw(table)}, ${json}::json) WITH ORDINALITY
     ORDER BY ordinality`;
}
