import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import pg from "pg";
import { BACKUP_FORMAT, BACKUP_TABLES } from "./tables";

const BATCH = 1000;
/** Reference data every migrated database holds (prisma/migrations/*_reference_countries). */
const REFERENCE_TABLE = "country";

/**
 * Load a backup into an empty (but for its reference countries), migrated database, in one transaction: all of it or nothing.
 * Rows go in through json_populate_recordset, so PostgreSQL itself converts every type. Triggers
 * (foreign keys, and the guards that refuse changes to history) are off while loading, as
 * pg_dump's --disable-triggers does, because facts and their revisions point at each other;
 * the rows are the consistent snapshot exportBackup took. Needs a superuser connection.
 */
export async function restoreBackup(databaseUrl: string, input: Readable): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  const known = new Set<string>(BACKUP_TABLES.map((t) => t.table));
  let batch: { table: string; rows: unknown[] } = { table: "", rows: [] };
  const flush = async () => {
    if (batch.rows.length === 0) return;
    await client.query(
      `INSERT INTO ${batch.table} SELECT * FROM json_populate_recordset(NULL::${batch.table}, $1::json)`,
      [JSON.stringify(batch.rows)],
    );
    counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
    batch.rows = [];
  };
  try {
    await client.query("BEGIN");
    for (const { table } of BACKUP_TABLES) {
      if (table === REFERENCE_TABLE) continue;
      const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS taken`);
      if (rows[0].taken) throw new Error(`Restore needs an empty database, but ${table} has rows`);
    }
    // The migrations put the countries in every database; the backup's own rows (edited names
    // included) replace them. Nothing can point at them yet: the other tables are empty.
    await client.query(`DELETE FROM ${REFERENCE_TABLE}`);
    await client.query("SET LOCAL session_replication_role = replica");
    let header = true;
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (!line) continue;
      const parsed: { format?: string; t: string; r: unknown } = JSON.parse(line);
      if (header) {
        if (parsed.format !== BACKUP_FORMAT) throw new Error(`Not a ${BACKUP_FORMAT} file`);
        header = false;
        continue;
      }
      if (!known.has(parsed.t)) throw new Error(`Unknown table in backup: ${parsed.t}`);
      if (batch.table !== parsed.t) {
        await flush();
        batch = { table: parsed.t, rows: [] };
      }
      batch.rows.push(parsed.r);
      if (batch.rows.length >= BATCH) await flush();
    }
    await flush();
    // Derived from the restored rows, so not in a backup: each published revision's stored API
    // JSON, which the trigger on publication writes (triggers are off while restoring). Through
    // the view in one statement, as the synthetic loader does: dyad_revision_api_json, which
    // reads the same view, cannot be inlined and costs a plan per revision.
    await client.query(`INSERT INTO revision_api_json (revision_id, json, number, valid_from)
      SELECT v.revision_id, v.json, v.number, v.valid_from FROM revision_api_json_source v
      WHERE v.revision_id IN (SELECT revision_id FROM publication WHERE revision_id IS NOT NULL)`);
    // Each fact's latest publication-log instant, which the trigger on publication keeps.
    await client.query(`UPDATE fact f SET published_at = last.at
      FROM (SELECT fact_id, max(at) AS at FROM publication GROUP BY fact_id) last WHERE last.fact_id = f.id`);
    // Serial ids continue after the restored ones.
    for (const table of ["publication", "audit_event", "change_set_review"]) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 1))`,
      );
    }
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
