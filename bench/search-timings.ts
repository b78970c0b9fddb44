// The search's cases (BENCHMARKS.md "Search from its indexes"): searchPublic, as the search page
// and GET /api/v1/search call it, timed on an existing database, each query's answer checked
// against the full scan (search-reference.ts) first. `pnpm --filter @dyad/bench exec tsx
// search-timings.ts --database dyad_bench_reads [--runs 5] [--only verzion]` on a database read-throughput.ts
// loaded (`--relations 100 --keep` leaves one of 100,000 revisions). Prints median ms per query.
import { parseArgs } from "node:util";
import pg from "pg";
import { type SearchAnswer, searchReference } from "./search-reference";

const SEARCH_CASES = [
  { q: "afghanistan", what: "a country's name (nothing found)" },
  { q: "2010", what: "a year of valid time" },
  { q: "version 3", what: "every fact" },
  { q: "verzion", what: "a typo sharing trigrams with every statement" },
] as const;

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "dyad_bench_reads" },
    runs: { type: "string", default: "5" },
    // Only the cases whose query contains this (e.g. "verzion").
    only: { type: "string", default: "" },
    server: {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
  },
});
const url = new URL(values.server);
url.pathname = `/${values.database}`;
process.env.DATABASE_URL = url.toString();
const { disconnectDb, searchPublic } = await import("@dyad/db");
const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });

for (const { q, what } of SEARCH_CASES.filter((c) => c.q.includes(values.only))) {
  const first = await searchPublic({ q, limit: 50 });
  const answer: SearchAnswer = {
    facts: first.facts.map((f) => ({ factId: f.factId, exact: f.exact })),
    total: first.total,
    kinds: first.facets.kinds,
  };
  if (JSON.stringify(answer) !== JSON.stringify(await searchReference(pool, q, 50))) {
    throw new Error(`The search for "${q}" does not answer what the full scan answers`);
  }
  const times: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const start = performance.now();
    await searchPublic({ q });
    times.push(performance.now() - start);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  const facts = first.facets.kinds.reduce((n, k) => n + k.count, 0);
  console.log(`| \`${q}\` (${what}) | ${facts.toLocaleString("en")} | ${median.toFixed(0)} ms |`);
}
await pool.end();
await disconnectDb();
