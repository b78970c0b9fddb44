import { getApiFact, listApiFacts } from "@dyad/db";
import { generateSynthetic } from "@dyad/db/synthetic";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useOwnDatabase } from "../setup/scratch-database";

// The synthetic loader drops the loaded tables' secondary indexes and builds them again after its
// rows, and writes the stored API JSON itself (triggers are off while it loads): a database it
// loaded must be one the API reads as if every fact had been published through it.
const url = useOwnDatabase();
const scale = { seed: 7, relations: 3, factsPerRelation: 20, revisionsPerFact: 3 };
let client: pg.Client;
let indexesBefore: string[];
let countsBefore: Counts;

interface Counts {
  relations: number;
  facts: number;
  revisions: number;
}
const counts = async () =>
  (
    await client.query<Counts>(
      `SELECT (SELECT count(*)::int FROM relation) AS relations, (SELECT count(*)::int FROM fact) AS facts,
              (SELECT count(*)::int FROM fact_revision) AS revisions`,
    )
  ).rows[0] as Counts;

const indexes = async () =>
  (
    await client.query<{ d: string }>(
      "SELECT indexdef AS d FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname",
    )
  ).rows.map((r) => r.d);

beforeAll(async () => {
  client = new pg.Client({ connectionString: url() });
  await client.connect();
  indexesBefore = await indexes();
  countsBefore = await counts();
  await generateSynthetic(url(), scale);
}, 120_000);
afterAll(async () => {
  await client?.end();
});

describe("synthetic data", () => {
  it("loads the relations, facts and revisions asked for and keeps every index the tables had", async () => {
    // Beside what the database held (the test run's seed).
    const after = await counts();
    expect({
      relations: after.relations - countsBefore.relations,
      facts: after.facts - countsBefore.facts,
      revisions: after.revisions - countsBefore.revisions,
    }).toEqual({ relations: 3, facts: 60, revisions: 180 });
    expect(await indexes()).toEqual(indexesBefore);
  });

  it("stores each published revision's API JSON as publishing it would have", async () => {
    const { rows } = await client.query<{ published: number; stored: number; same: number }>(
      `WITH published AS (SELECT DISTINCT p.revision_id FROM publication p
                          WHERE p.revision_id IS NOT NULL
                            AND p.relation_id IN (SELECT md5('syn7:r:' || n)::uuid FROM generate_series(1, 3) n))
       SELECT (SELECT count(*)::int FROM published) AS published,
              (SELECT count(*)::int FROM published JOIN revision_api_json j USING (revision_id)) AS stored,
              (SELECT count(*)::int FROM published JOIN revision_api_json j USING (revision_id)
               JOIN fact_revision r ON r.id = j.revision_id
               WHERE j.json = dyad_revision_api_json(j.revision_id)
                 AND j.number = r.number AND j.valid_from IS NOT DISTINCT FROM r.valid_from) AS same`,
    );
    // Revisions 1 and 2 of each of the 60 facts, and the third of about 4 facts in 5.
    expect(rows[0]?.published).toBeGreaterThan(120);
    expect(rows[0]).toEqual({ published: rows[0]?.published, stored: rows[0]?.published, same: rows[0]?.published });
  });

  it("answers its facts and their histories through the API's reads", async () => {
    const { rows } = await client.query<{ slug: string; fact: string; public: number; publications: number }>(
      `SELECT r.slug, f.id AS fact,
              (SELECT count(*)::int FROM fact g WHERE g.relation_id = r.id AND g.published_revision_id IS NOT NULL) AS public,
              (SELECT count(*)::int FROM publication p WHERE p.fact_id = f.id) AS publications
       FROM relation r JOIN fact f ON f.relation_id = r.id
       WHERE f.published_revision_id IS NOT NULL ORDER BY r.slug, f.id LIMIT 1`,
    );
    const first = rows[0];
    if (!first) throw new Error("no public synthetic fact");
    const list = await listApiFacts({ slug: first.slug, limit: 100 });
    expect(list.meta.total).toBe(first.public);
    expect(list.data.map((f) => f.factId)).toContain(first.fact);
    const fact = await getApiFact({ factId: first.fact });
    expect(fact.data.factId).toBe(first.fact);
    expect(fact.data.history).toHaveLength(first.publications);
  });
});
