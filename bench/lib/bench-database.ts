import { disconnectDb, getDb } from "@dyad/db";
import { migrate } from "@dyad/db/dev";
import { seedCountries } from "@dyad/db/synthetic";
import pg from "pg";

/**
 * A fresh benchmark database on a real PostgreSQL server (load figures must not come from the
 * embedded one): dropped and recreated, migrated, countries seeded. The two full-text/trigram
 * GIN indexes are dropped: they serve search, which these figures do not measure, and would
 * dominate the load time of ten million synthetic statements (kept when a bench reads search).
 */
export async function createBenchDatabase(
  serverUrl: string,
  name: string,
  options: { keepSearchIndexes?: boolean } = {},
): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  await migrate(dbUrl);
  process.env.DATABASE_URL = dbUrl;
  await getDb().$transaction((tx) => seedCountries(tx));
  if (!options.keepSearchIndexes) {
    await getDb().$executeRawUnsafe(
      "DROP INDEX fact_revision_statement_fts_idx, fact_revision_statement_trgm_idx, fact_revision_search_document_idx, fact_revision_search_text_idx",
    );
  }
  await disconnectDb();
  return dbUrl;
}

export async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ v: string }>("SELECT split_part(version(), ' on ', 1) AS v");
  await client.end();
  return rows[0]?.v ?? "PostgreSQL";
}
