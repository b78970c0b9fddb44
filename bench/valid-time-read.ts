// The valid-time read ("what was true on D": /api/v1/relations/{slug}/facts?on=D) against the raw
// SQL of the same rows, interleaved, on a synthetic history (issue 17's target: within 2×, like
// the other reads). Run alone:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm --filter @dyad/bench exec tsx valid-time-read.ts
import { getDb, listApiFacts } from "@dyad/db";
import { migrate } from "@dyad/db/dev";
import { generateSynthetic, seedCountries } from "@dyad/db/synthetic";
import pg from "pg";
import { NOW_SQL } from "./as-of-reads";
import { interleaved } from "./lib/stats";

const ADMIN_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SCALE = { seed: 11, relations: 100, factsPerRelation: 200, revisionsPerFact: 3 };

// The same rows as the API's `on` read: the relation's public facts whose closed valid range
// meets the year (valid-during.ts), with their sources, in one round trip, no ORM, no shaping.
const ON_SQL = `${NOW_SQL}
  AND (r.valid_from IS NOT NULL OR r.valid_to IS NOT NULL)
  AND daterange(r.valid_from, r.valid_to, '[]') && daterange($2::date, $3::date, '[]')`;

async function main() {
  const name = `dyad_bench_valid_time_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // The scratch database is dropped WITH (FORCE) at the end: a connection it cuts is expected.
  pool.on("error", () => {});
  try {
    await migrate(url);
    process.env.DATABASE_URL = url;
    await getDb().$transaction((tx) => seedCountries(tx));
    await generateSynthetic(url, SCALE);
    await pool.query("VACUUM ANALYZE");
    const { rows: slugs } = await pool.query<{ slug: string }>("SELECT slug FROM relation ORDER BY slug LIMIT 20");
    const slug = (i: number) => (slugs[i % slugs.length] as { slug: string }).slug;
    const { rows: years } = await pool.query<{ year: number }>(
      "SELECT extract(year FROM valid_from)::int AS year FROM fact_revision WHERE valid_from IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    );
    const year = (years[0] as { year: number }).year;
    const range = [`${year}-01-01`, `${year}-12-31`];
    // Same facts both ways before timing anything.
    const api = await listApiFacts({ slug: slug(0), on: String(year), limit: 1000 });
    const sql = await pool.query<{ fact_id: string }>(ON_SQL, [slug(0), ...range]);
    const sqlFacts = new Set(sql.rows.map((r) => r.fact_id));
    if (api.data.length !== sqlFacts.size || api.data.some((f) => !sqlFacts.has(f.factId))) {
      throw new Error(`the API read ${api.data.length} facts on ${year}, the SQL ${sqlFacts.size}`);
    }
    const figures = await interleaved(
      {
        sql: (i) => pool.query(ON_SQL, [slug(i), ...range]),
        api: (i) => listApiFacts({ slug: slug(i), on: String(year), limit: 1000 }),
      },
      400,
    );
    const ms = (n: number) => n.toFixed(2);
    console.log(`${SCALE.relations} relations × ${SCALE.factsPerRelation} facts × ${SCALE.revisionsPerFact} revisions`);
    console.log(
      `on=${year} (${api.data.length} facts): raw SQL median ${ms(figures.sql.median)} ms, listApiFacts ${ms(figures.api.median)} ms, ratio ${(figures.api.median / figures.sql.median).toFixed(2)}×; p99 ${ms(figures.sql.p99)} / ${ms(figures.api.p99)} ms`,
    );
  } finally {
    await getDb().$disconnect();
    await pool.end();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
