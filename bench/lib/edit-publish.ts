// What both edit-and-publish benchmarks (edit-publish.ts in process, edit-publish-http.ts through
// the editor) write and count, so their figures stay comparable.
import pg from "pg";

/** A fact's content as the benchmarks save it: a GENERAL fact with one source. */
export const benchFactContent = (statement: string) => ({
  kind: "GENERAL" as const,
  section: "background" as const,
  data: {},
  statement,
  sources: [{ source: { url: "https://example.org/bench", title: "Benchmark source" } }],
});

/** xact_commit of the database, once every session had time to report (PGSTAT_IDLE_INTERVAL: 10 s). */
export async function committedTransactions(databaseUrl: string): Promise<number> {
  await new Promise((r) => setTimeout(r, 11_000));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(
    "SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()",
  );
  await client.end();
  return Number(rows[0]?.n);
}
