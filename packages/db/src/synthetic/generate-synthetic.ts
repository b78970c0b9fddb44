// Deterministic synthetic data at scale, for benchmarks, demos and load tests. Rows are made by
// PostgreSQL itself (INSERT ... SELECT over generate_series), so nothing streams through Node:
// every value derives from md5(seed, row number), so the same seed and scale give the same rows.

import { WORLD_COUNTRIES } from "@dyad/core/countries/world";
import pg from "pg";

export interface SyntheticScale {
  seed: number;
  relations: number;
  factsPerRelation: number;
  revisionsPerFact: number;
}

export interface LoadStats {
  table: string;
  rows: number;
  seconds: number;
}

/** "scale-42": a readable, per-seed prefix so synthetic rows are recognisable and removable. */
const prefix = (seed: number) => `syn${seed}`;

/**
 * Load `relations` relations (pairs of real countries), each with `factsPerRelation` facts of
 * `revisionsPerFact` revisions. Publication history: every revision but the last was published
 * in turn; the last is published for 4 facts in 5 (the fifth is a pending draft); 1 fact in 20 was
 * unpublished at the end. Times are spread over 2020..2026, strictly increasing per fact.
 */
export async function generateSynthetic(databaseUrl: string, scale: SyntheticScale): Promise<LoadStats[]> {
  const maxPairs = (WORLD_COUNTRIES.length * (WORLD_COUNTRIES.length - 1)) / 2;
  if (scale.relations > maxPairs)
    throw new Error(`At most ${maxPairs} relations exist between ${WORLD_COUNTRIES.length} countries`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const stats: LoadStats[] = [];
  const run = async (table: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    stats.push({ table, rows: result.rowCount ?? 0, seconds: (performance.now() - started) / 1000 });
  };
  const p = prefix(scale.seed);
  const { relations, factsPerRelation: fpr, revisionsPerFact: rpf } = scale;
  try {
    await client.query("SET max_parallel_workers_per_gather = 0");
    await client.query("SET synchronous_commit = off");
    // Sorts (revisions by id, publications by fact) and index builds in memory rather than on disk.
    await client.query("SET work_mem = '256MB'");
    await client.query("SET maintenance_work_mem = '512MB'");
    // Rows are consistent by construction: skip per-row foreign-key triggers while loading.
    await client.query("SET session_replication_role = replica");
    // One transaction, so a failed load leaves the database as it was, indexes included.
    await client.query("BEGIN");
    const indexes = await dropSecondaryIndexes(client);
    // Pairs of countries in a fixed order, skipping pairs that already have a relation.
    await run(
      "relation",
      `INSERT INTO relation (id, slug, country_a, country_b, summary, created_at, updated_at)
       SELECT md5($1 || ':r:' || n)::uuid, a.slug || '-' || b.slug, a.code, b.code, '', ts, ts
       FROM (
         SELECT a.code AS ac, b.code AS bc, row_number() OVER (ORDER BY md5($1 || a.code || b.code)) AS n
         FROM country a JOIN country b ON a.slug < b.slug
         WHERE NOT EXISTS (SELECT 1 FROM relation r WHERE LEAST(r.country_a, r.country_b) = LEAST(a.code, b.code)
                             AND GREATEST(r.country_a, r.country_b) = GREATEST(a.code, b.code))
       ) pairs
       JOIN country a ON a.code = pairs.ac JOIN country b ON b.code = pairs.bc,
       LATERAL (SELECT timestamptz '2020-01-01' + (n % 1000) * interval '1 hour' AS ts) t
       WHERE n <= $2`,
      [p, relations],
    );
    await run(
      "source",
      `INSERT INTO source (id, url, title, publisher, kind)
       SELECT md5($1 || ':s:' || i)::uuid, 'https://synthetic.example/' || $1 || '/' || i, 'Synthetic source ' || i, 'Synthetic Press', 'NEWS'
       FROM generate_series(1, GREATEST($2 / 100, 10)) i`,
      [p, relations * fpr],
    );
    // Facts: fact number f of relation r. The relation ids come from the rows just inserted.
    await run(
      "fact",
      `INSERT INTO fact (id, relation_id, kind, review_state, created_at, updated_at)
       SELECT md5($1 || ':f:' || r.n || ':' || f)::uuid, r.id, 'GENERAL', 'DRAFT', timestamptz '2020-01-01', timestamptz '2020-01-01'
       FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM relation WHERE id IN (SELECT md5($1 || ':r:' || g)::uuid FROM generate_series(1, $2) g)) r,
            generate_series(1, $3) f`,
      [p, relations, fpr],
    );
    // Revisions k = 1..rpf of each fact, dated and valid-timed deterministically.
    await run(
      "fact_revision",
      `INSERT INTO fact_revision (id, fact_id, number, parent_id, kind, section, data, statement, valid_from, valid_from_precision,
                                  valid_to, valid_to_precision, author_name, note, content_hash, created_at)
       SELECT md5(f.id::text || ':' || k)::uuid, f.id, k, CASE WHEN k > 1 THEN md5(f.id::text || ':' || (k - 1))::uuid END,
              'GENERAL', (ARRAY['background','missions','agreements','visits','parliament','economy','education','culture'])[1 + h % 8],
              '{}'::jsonb, 'Synthetic fact ' || left(f.id::text, 8) || ' says version ' || k || '.',
              d, 'DAY', d + (h % 400), 'DAY', 'Synthetic author ' || (h % 50), 'Synthetic edit ' || k, md5(f.id::text || k),
              timestamptz '2020-01-01' + ((k - 1) * 180 + h % 170) * interval '1 day' + (h % 86400) * interval '1 second'
       FROM fact f JOIN relation r ON r.id = f.relation_id AND r.id IN (SELECT md5($1 || ':r:' || g)::uuid FROM generate_series(1, $2) g),
            generate_series(1, $3) k,
            LATERAL (SELECT ('x' || substr(md5(f.id::text || 'h' || k), 1, 7))::bit(28)::int AS h) hh,
            LATERAL (SELECT date '1990-01-01' + (h % 12000) AS d) dd
       ORDER BY 1`,
      [p, relations, rpf],
    );
    await run(
      "revision_source",
      `INSERT INTO revision_source (revision_id, source_id, position)
       SELECT r.id, md5($1 || ':s:' || (1 + ('x' || substr(md5(r.fact_id::text), 1, 7))::bit(28)::int % GREATEST($2 / 100, 10)))::uuid, 0
       FROM fact_revision r WHERE r.fact_id IN (SELECT f.id FROM fact f WHERE f.relation_id IN (SELECT md5($1 || ':r:' || g)::uuid FROM generate_series(1, $3) g))`,
      [p, relations * fpr, relations],
    );
    // Publications: revisions 1..rpf-1 always, the last one for 4 facts in 5; at = created_at + 1 day.
    // Logged in time order, ties by revision id, so the log's serial ids are the same on every load.
    await run(
      "publication",
      `INSERT INTO publication (fact_id, relation_id, revision_id, at, actor_name)
       SELECT r.fact_id, f.relation_id, r.id, r.created_at + interval '1 day', 'Synthetic reviewer'
       FROM fact_revision r JOIN fact f ON f.id = r.fact_id
       WHERE f.relation_id IN (SELECT md5($1 || ':r:' || g)::uuid FROM generate_series(1, $2) g)
         AND (r.number < $3 OR ('x' || substr(md5(r.fact_id::text), 8, 7))::bit(28)::int % 5 <> 0)
       ORDER BY r.created_at, r.id`,
      [p, relations, rpf],
    );
    await run(
      "publication (withdrawals)",
      `INSERT INTO publication (fact_id, relation_id, revision_id, at, actor_name)
       SELECT f.id, f.relation_id, NULL, timestamptz '2026-06-01' + (('x' || substr(md5(f.id::text), 15, 7))::bit(28)::int % 1000) * interval '1 minute', 'Synthetic reviewer'
       FROM fact f WHERE f.relation_id IN (SELECT md5($1 || ':r:' || g)::uuid FROM generate_series(1, $2) g)
         AND ('x' || substr(md5(f.id::text), 22, 7))::bit(28)::int % 20 = 0`,
      [p, relations],
    );
    // Pointers follow the log: the draft is the last revision, the public one the latest publication.
    await run(
      "fact (pointers)",
      `UPDATE fact f SET current_revision_id = md5(f.id::text || ':' || $3)::uuid,
              published_revision_id = last.revision_id, published_at = last.at,
              review_state = CASE WHEN last.revision_id = md5(f.id::text || ':' || $3)::uuid THEN 'PUBLISHED' ELSE 'DRAFT' END::"ReviewState"
       FROM (SELECT DISTINCT ON (fact_id) fact_id, revision_id, at FROM publication
             WHERE relation_id IN (SELECT md5($1 || ':r:' || g)::uuid FROM generate_series(1, $2) g)
             ORDER BY fact_id, at DESC, id DESC) last
       WHERE last.fact_id = f.id`,
      [p, relations, rpf],
    );
    // Each published revision's API JSON, as the trigger on publication writes it (the trigger
    // does not fire while session_replication_role is replica): without it every read of these
    // facts took the fallback that builds the JSON per fact, and benchmarks measured that.
    // Through the view in one statement: dyad_revision_api_json per revision took 5 times as long.
    await run(
      "revision_api_json",
      `INSERT INTO revision_api_json (revision_id, json, number, valid_from)
       SELECT v.revision_id, v.json, v.number, v.valid_from FROM revision_api_json_source v
       WHERE v.revision_id IN (SELECT revision_id FROM publication
                               WHERE relation_id IN (SELECT md5($1 || ':r:' || g)::uuid FROM generate_series(1, $2) g))
       ON CONFLICT (revision_id) DO NOTHING`,
      [p, relations],
    );
    if (indexes.length > 0) await run("indexes", indexes.join(";\n"));
    await client.query("COMMIT");
    // Asynchronous commits leave hint bits unset until their WAL is flushed, and VACUUM cannot
    // mark pages all-visible before that: without this, reads fall back from index-only scans
    // to heap fetches until autovacuum comes by. A synchronous commit flushes all earlier WAL.
    await client.query("SET synchronous_commit = on");
    await client.query("SELECT pg_current_xact_id()");
    await run("analyze", "VACUUM ANALYZE");
    return stats;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The tables the load fills; their primary keys stay (foreign keys name them, the load checks them). */
const LOADED_TABLES = ["fact", "fact_revision", "revision_source", "publication", "revision_api_json"];

/**
 * Drop the loaded tables' indexes that back no constraint and return the statements that build
 * them again: one sorted build after the load instead of millions of inserts into each B-tree and
 * the GiST of valid times (which, past shared_buffers, made most of the load's time).
 */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(i.indexname) AS name, i.indexdef AS definition
     FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [LOADED_TABLES],
  );
  if (rows.length > 0) await client.query(`DROP INDEX ${rows.map((r) => r.name).join(", ")}`);
  return rows.map((r) => r.definition);
}
