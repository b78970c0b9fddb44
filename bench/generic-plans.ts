// The plans PostgreSQL keeps for the reads sent as named statements (readAt's `prepared`), on a
// given database: each statement is captured as the API's read operations send it, then
// PREPAREd on a connection of its own and run with EXPLAIN (ANALYZE) under
// plan_cache_mode = force_generic_plan, i.e. planned once for any instant. ARCHITECTURE.md
// ("How a read flows") says why their plans must have no choice that grows with the history.
// DATABASE_URL=postgresql://…/dyad_scale_10m tsx generic-plans.ts [slug]

import { getApiFact, listApiFacts } from "@dyad/db";
import pg from "pg";

const captured: { name: string; text: string; values: unknown[] }[] = [];
const send = pg.Pool.prototype.query;
pg.Pool.prototype.query = function (this: pg.Pool, ...args: unknown[]) {
  const config = args[0] as { name?: string; text?: string; values?: unknown[] };
  if (config?.name && config.text) captured.push({ name: config.name, text: config.text, values: config.values ?? [] });
  return (send as (...a: unknown[]) => unknown).apply(this, args);
} as typeof send;

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const slug =
  process.argv[2] ??
  (
    await client.query<{ slug: string }>(
      `SELECT slug FROM relation WHERE id IN (SELECT md5('syn1:r:' || n)::uuid FROM generate_series(1, 100) n)
       ORDER BY slug LIMIT 1`,
    )
  ).rows[0]?.slug;
if (!slug) throw new Error("no synthetic relation (seed 1) in this database");
const reads: [string, () => Promise<unknown>][] = [];
const first = await listApiFacts({ slug, limit: 100 });
const factId = first.data[0]?.factId ?? "";
const cursor = (await listApiFacts({ slug, limit: 7, asOf: "2023-06-01T00:00:00Z" })).meta.nextCursor ?? undefined;
reads.push(
  ["facts now", () => listApiFacts({ slug, limit: 100 })],
  ["facts as of 2023-06-01", () => listApiFacts({ slug, limit: 100, asOf: "2023-06-01T00:00:00Z" })],
  [
    "facts as of, kind+on+q",
    () => listApiFacts({ slug, asOf: "2023-06-01T00:00:00Z", kind: "GENERAL", on: "2001", q: "version" }),
  ],
  ["facts as of, from a cursor", () => listApiFacts({ slug, limit: 7, cursor })],
  ["fact history now", () => getApiFact({ factId })],
  ["fact history as of 2023-06-01", () => getApiFact({ factId, asOf: "2023-06-01T00:00:00Z" })],
);
const literal = (v: unknown) =>
  v instanceof Date ? v.toISOString() : Array.isArray(v) ? `{${v.join(",")}}` : String(v);
const quote = (v: unknown) => (v === null || v === undefined ? "NULL" : `'${literal(v).replaceAll("'", "''")}'`);
for (const [label, read] of reads) {
  // Twice: the second read of now reuses the settled instant (the statement most reads of now send).
  for (const round of [1, 2]) {
    captured.length = 0;
    await read();
    for (const statement of captured) {
      await client.query("DEALLOCATE ALL");
      await client.query("SET plan_cache_mode = force_generic_plan");
      await client.query(`PREPARE s AS ${statement.text}`);
      const args = statement.values.map(quote).join(", ");
      const execute = `EXECUTE s${args ? `(${args})` : ""}`;
      await client.query(execute); // warm the cache, so the timed run reads what a busy server reads
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${execute}`);
      const plan = rows.map((r) => r["QUERY PLAN"]);
      const scans = plan.filter((l) => /Seq Scan|Bitmap Heap Scan/.test(l)).map((l) => l.trim().replace(/\s+\(.*/, ""));
      console.log(`## ${label} (read ${round}, ${statement.name})`);
      console.log(`sequential or bitmap scans: ${scans.length ? scans.join("; ") : "none"}`);
      console.log(plan.join("\n"));
    }
  }
}
await client.end();
process.exit(0);
