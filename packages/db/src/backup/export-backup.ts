import type { Writable } from "node:stream";
import pg from "pg";
import { BACKUP_FORMAT, BACKUP_TABLES } from "./tables";

const BATCH = 2000;

/**
 * Write everything Dyad must never lose (history, publications, audit, releases, users without
 * secrets) as NDJSON: a header line, then one `{"t": table, "r": row}` line per row. Rows are read
 * in key order in batches inside one REPEATABLE READ transaction, so the backup is a consistent
 * snapshot and memory stays constant however large the database is.
 */
export async function exportBackup(databaseUrl: string, out: Writable): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  const write = (line: string) =>
    new Promise<void>((resolve, reject) => out.write(`${line}\n`, (e) => (e ? reject(e) : resolve())));
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await write(
      JSON.stringify({
        format: BACKUP_FORMAT,
        exportedAt: new Date().toISOString(),
        tables: BACKUP_TABLES.map((t) => t.table),
      }),
    );
    for (const { table, key, omit } of BACKUP_TABLES) {
      counts[table] = 0;
      const keyCols = key.split(", ");
      let after: unknown[] | null = null;
      for (;;) {
        const where: string = after ? `WHERE (${key}) > (${keyCols.map((_, i) => `$${i + 1}`).join(", ")})` : "";
        const { rows }: { rows: { row: Record<string, unknown> }[] } = await client.query(
          `SELECT to_jsonb(t) AS row FROM ${table} t ${where} ORDER BY ${key} LIMIT ${BATCH}`,
          after ?? [],
        );
        for (const { row } of rows) {
          for (const column of omit) delete row[column];
          await write(JSON.stringify({ t: table, r: row }));
        }
        counts[table] += rows.length;
        const last: Record<string, unknown> | undefined = rows.at(-1)?.row;
        if (!last || rows.length < BATCH) break;
        after = keyCols.map((c) => last[c]);
      }
    }
    await client.query("COMMIT");
    return counts;
  } finally {
    await client.end();
  }
}
