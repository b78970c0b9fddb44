// What the takedown filter (packages/db/src/redactions/not-redacted.ts) costs the API's as-of
// read: the relation's facts as of an instant with and without `NOT EXISTS (… redaction …)`,
// interleaved, on a synthetic history with 1 % of revisions redacted. Run alone:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm --filter @dyad/bench exec tsx redaction-filter.ts
import { getDb, latestPublications, publicAt, relationIdOf } from "@dyad/db";
import { migrate } from "@dyad/db/dev";
import { generateSynthetic, seedCountries } from "@dyad/db/synthetic";
import pg from "pg";
import { interleaved } from "./lib/stats";

const ADMIN_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SCALE = { seed: 7, relations: 200, factsPerRelation: 200, revisionsPerFact: 3 };

// The read model's as-of rows for one relation now, without the takedown filter
// (latestPublications) and with it (publicAt, what every public read uses).
const asOf = (filter: boolean, slug: string) => {
  const rows = (filter ? publicAt : latestPublications)(new Date(), relationIdOf(slug));
  return {
    text: `SELECT r.id, r.statement FROM (${rows.text}) latest JOIN fact_revision r ON r.id = latest.revision_id`,
    values: rows.values,
  };
};

async function main() {
  const name = `dyad_bench_redaction_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // The scratch database is dropped WITH (FORCE) at the end: a connection it cuts is expected.
  pool.on("error", () => {});
  try {
    await migrate(url);
    // The client of @dyad/db is created on first use from DATABASE_URL (as bench/replicas.ts does).
    process.env.DATABASE_URL = url;
    await getDb().$transaction((tx) => seedCountries(tx));
    await generateSynthetic(url, SCALE);
    const { rows: slugs } = await pool.query<{ slug: string }>("SELECT slug FROM relation ORDER BY slug LIMIT 50");
    const slug = (i: number) => (slugs[i % slugs.length] as { slug: string }).slug;
    const compare = async (label: string) => {
      await pool.query("VACUUM ANALYZE");
      const figures = await interleaved(
        {
          without: (i) => pool.query(asOf(false, slug(i))),
          with: (i) => pool.query(asOf(true, slug(i))),
        },
        500,
      );
      const ratio = (figures.with.median / figures.without.median).toFixed(3);
      const ms = (n: number) => n.toFixed(2);
      console.log(
        `${label}: median ${ms(figures.without.median)} ms without the filter, ${ms(figures.with.median)} ms with (ratio ${ratio}); p99 ${ms(figures.without.p99)} / ${ms(figures.with.p99)} ms`,
      );
    };
    console.log(`${SCALE.relations} relations × ${SCALE.factsPerRelation} facts × ${SCALE.revisionsPerFact} revisions`);
    await compare("no redaction");
    await pool.query(`INSERT INTO redaction (revision_id, fact_id, reason, actor_name)
      SELECT id, fact_id, 'bench', 'bench' FROM fact_revision WHERE abs(hashtext(id::text)) % 100 = 0`);
    await compare("1 % of revisions redacted");
  } finally {
    await getDb().$disconnect();
    await pool.end();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
