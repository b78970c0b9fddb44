// Restoring a backup of a synthetic database (packages/db/src/backup/restore-backup.ts): the
// whole restore into fresh migrated databases, and its last step, each published revision's
// stored API JSON, written per revision through dyad_revision_api_json (as before 2026-12-07)
// and in one statement through the view revision_api_json_source, interleaved on the restored
// database (in a transaction rolled back each time). Run alone:
//   pnpm --filter @dyad/bench exec tsx restore-backup.ts --prefix dyad_bench_restore --relations 50
import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { exportBackup, restoreBackup } from "@dyad/db/backup";
import { migrate } from "@dyad/db/dev";
import { generateSynthetic } from "@dyad/db/synthetic";
import pg from "pg";
import { createBenchDatabase, serverVersion } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { interleaved } from "./lib/stats";

const { values: args } = parseArgs({
  options: {
    server: {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
    /** Every database this bench makes (and drops again) starts with it. */
    prefix: { type: "string", default: "dyad_bench_restore" },
    relations: { type: "string", default: "50" },
    restores: { type: "string", default: "3" },
    steps: { type: "string", default: "10" },
  },
});
const relations = Number(args.relations);
const scale = { seed: 3, relations, factsPerRelation: 20, revisionsPerFact: 5 };

const STEP = {
  perRevision: `INSERT INTO revision_api_json (revision_id, json)
    SELECT p.revision_id, dyad_revision_api_json(p.revision_id)
    FROM (SELECT DISTINCT revision_id FROM publication WHERE revision_id IS NOT NULL) p`,
  view: `INSERT INTO revision_api_json (revision_id, json)
    SELECT v.revision_id, v.json FROM revision_api_json_source v
    WHERE v.revision_id IN (SELECT revision_id FROM publication WHERE revision_id IS NOT NULL)`,
};

function databaseUrl(name: string): string {
  const url = new URL(args.server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: args.server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function main() {
  console.log(describeMachine(await serverVersion(args.server)));
  const source = `${args.prefix}_source`;
  const file = path.join(os.tmpdir(), `${source}.ndjson`);
  const targets: string[] = [];
  try {
    const sourceUrl = await createBenchDatabase(args.server, source);
    await generateSynthetic(sourceUrl, scale);
    const out = createWriteStream(file);
    const counts = await exportBackup(sourceUrl, out);
    out.end();
    await finished(out);
    const sourceClient = new pg.Client({ connectionString: sourceUrl });
    await sourceClient.connect();
    const { rows } = await sourceClient.query("SELECT count(DISTINCT revision_id)::int AS n FROM publication");
    await sourceClient.end();
    const published = rows[0].n as number;
    console.log(
      `backup of ${counts.fact_revision} revisions (${counts.fact} facts, ${published} published revisions, ${counts.publication} publications)`,
    );

    const seconds: number[] = [];
    for (let i = 0; i < Number(args.restores); i++) {
      const target = `${args.prefix}_target_${i}`;
      targets.push(target);
      await admin((c) => c.query(`CREATE DATABASE ${target}`));
      await migrate(databaseUrl(target));
      const started = performance.now();
      await restoreBackup(databaseUrl(target), createReadStream(file));
      seconds.push((performance.now() - started) / 1000);
    }
    seconds.sort((a, b) => a - b);
    console.log(`whole restore: ${seconds.map((s) => `${s.toFixed(2)} s`).join(", ")} (sorted)`);

    // The stored JSON step alone, both ways, on the last restored database.
    const client = new pg.Client({ connectionString: databaseUrl(targets.at(-1) as string) });
    await client.connect();
    const rerun = async (sql: string) => {
      await client.query("BEGIN");
      try {
        // The table refuses deletes (history trigger) unless triggers are off, as in a restore.
        await client.query("SET LOCAL session_replication_role = replica");
        await client.query("DELETE FROM revision_api_json");
        await client.query(sql);
        const { rows } = await client.query(
          "SELECT md5(string_agg(revision_id::text || json, ',' ORDER BY revision_id)) AS h FROM revision_api_json",
        );
        return rows[0].h as string;
      } finally {
        await client.query("ROLLBACK");
      }
    };
    const [a, b] = [await rerun(STEP.perRevision), await rerun(STEP.view)];
    if (a !== b) throw new Error("The two statements wrote different JSON");
    const step = await interleaved(
      { perRevision: () => rerun(STEP.perRevision), view: () => rerun(STEP.view) },
      Number(args.steps),
      2,
    );
    await client.end();
    const { perRevision, view } = step;
    console.log(
      `stored JSON step (median of ${view.n}, identical rows): per revision ${perRevision.median.toFixed(0)} ms, ` +
        `view ${view.median.toFixed(0)} ms (${(perRevision.median / view.median).toFixed(2)}× faster)`,
    );
    console.log(
      `load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
  } finally {
    await rm(file, { force: true });
    await admin(async (c) => {
      for (const name of [source, ...targets]) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  }
}

await main();
process.exit(0);
