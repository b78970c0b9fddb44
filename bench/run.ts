// `pnpm bench`: measures Dyad the way its users meet it and rewrites its sections of BENCHMARKS.md. Every figure
// is a ratio against a reference taken in the same run (these machines are shared and noisy).
// Exits non-zero only when a run fails, never because a number is slow.
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { disconnectDb, latestPublications, relationIdOf } from "@dyad/db";
import { REPO_ROOT } from "@dyad/db/dev";
import { generateSynthetic, type LoadStats } from "@dyad/db/synthetic";
import pg from "pg";
import { benchRelationReads, type ReadFigures, type ReadSummaries } from "./as-of-reads";
import { benchEditPublish, writeLine } from "./edit-publish";
import { benchEditPublishHttp, httpWriteLines } from "./edit-publish-http";
import { benchSeedImport } from "./import-seed";
import { createBenchDatabase, serverVersion } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { mergeSections } from "./lib/merge-sections";
import { ms, ratio } from "./lib/stats";
import { EDITOR_DIR, startWeb } from "./lib/web-server";
import { benchPublishToVisible } from "./publish-visible";
import { benchReadThroughput, throughputLines } from "./read-throughput";
import { benchRelationPage, type WrkResult } from "./relation-page";
import { benchReleaseExport, type ExportFigures } from "./release-export";
import { benchReplicas, replicaLines } from "./replicas";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    // An apps/editor folder of another checkout (e.g. the commit before a change), built, whose
    // edit-and-publish is measured side by side with this checkout's.
    before: { type: "string" },
    server: {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
  },
});
const FACTS_PER_RELATION = 100;
const REVISIONS_PER_FACT = 10;
const small = 100; // relations: 100 × 100 facts × 10 revisions = 100,000 revisions
const large = values.quick ? 1_000 : 10_000; // 10,000 relations → 1,000,000 facts, 10,000,000 revisions
const iterations = values.quick ? 100 : 300;
const started = new Date();
const command = `pnpm bench${values.quick ? " --quick" : ""}`;

const url = await createBenchDatabase(values.server, "dyad_bench");
process.env.DATABASE_URL = url;
const machine = describeMachine(await serverVersion(url));
console.log(machine);

console.log("Importing the seed article...");
const importFigures = await benchSeedImport(values.quick ? 10 : 30);

// One production build of the site for every HTTP figure. This process publishes like the
// editor does, so it tells the site what changed (DYAD_WEB_URL + DYAD_REVALIDATE_SECRET).
const secret = randomBytes(24).toString("base64url");
const web = await startWeb(url, 3390, { DYAD_REVALIDATE_SECRET: secret, DYAD_BENCH_FLOOR: "1" });
process.env.DYAD_WEB_URL = web.url;
process.env.DYAD_REVALIDATE_SECRET = secret;
const stopWeb = () => web.stop();
process.on("exit", () => void stopWeb());

console.log("Relation page under wrk...");
const pageFigures = await benchRelationPage({
  webUrl: web.url,
  slug: "azerbaijan-canada",
  seconds: values.quick ? 5 : 15,
});
console.log("Publish to visible...");
const visibleFigures = await benchPublishToVisible({
  webUrl: web.url,
  slug: "azerbaijan-canada",
  iterations: values.quick ? 5 : 20,
});

console.log("300 edit-and-publish operations at 8 connections...");
const writeFigures = await benchEditPublish({ databaseUrl: url, slug: "azerbaijan-canada" });
console.log("300 edit-and-publish operations at 8 connections over HTTP (the editor's actions)...");
const httpWriteFigures = await benchEditPublishHttp({
  databaseUrl: url,
  slug: "azerbaijan-canada",
  webUrl: web.url,
  revalidateSecret: secret,
  builds: [
    { label: "this checkout", dir: EDITOR_DIR },
    ...(values.before ? [{ label: "before (--before)", dir: path.resolve(values.before) }] : []),
  ],
});

console.log("Public API reads: one vs two instances, one vs two database servers...");
const replicaFigures = await benchReplicas({ seconds: values.quick ? 5 : 10 });

const scale = (relations: number) => ({
  factsPerRelation: FACTS_PER_RELATION,
  revisionsPerFact: REVISIONS_PER_FACT,
  relations,
});
console.log(`Loading ${small * FACTS_PER_RELATION * REVISIONS_PER_FACT} revisions...`);
const loadSmall = await generateSynthetic(url, { seed: 1, ...scale(small) });
const slugs = await firstSlugs(url, 20);
// An instant inside the publication history: most facts have several versions before it.
const asOf = new Date("2023-06-01T00:00:00Z");
const readsSmall = await benchRelationReads({ databaseUrl: url, webUrl: web.url, slugs, asOf, iterations });
report("100,000 revisions", readsSmall);
console.log("Public reads over HTTP against the framework's floor and the raw SQL...");
const throughput = await benchReadThroughput({
  databaseUrl: url,
  webUrl: web.url,
  seconds: values.quick ? 3 : 5,
  slugs,
  serverPid: web.pid,
});
console.log("Release export (small)...");
const exportSmall = await benchReleaseExport({
  databaseUrl: url,
  webUrl: web.url,
  serverPid: web.pid,
  name: "bench.small",
});

console.log(`Loading up to ${large * FACTS_PER_RELATION * REVISIONS_PER_FACT} revisions (this takes a while)...`);
const loadLarge = await generateSynthetic(url, { seed: 2, ...scale(large - small) });
const readsLarge = await benchRelationReads({ databaseUrl: url, webUrl: web.url, slugs, asOf, iterations });
report(`${(large * FACTS_PER_RELATION * REVISIONS_PER_FACT).toLocaleString("en")} revisions`, readsLarge);
console.log("Release export (large)...");
const exportLarge = await benchReleaseExport({
  databaseUrl: url,
  webUrl: web.url,
  serverPid: web.pid,
  name: "bench.large",
});
const plan = await explainAsOf(url, slugs[0] as string, asOf);
await disconnectDb();
await stopWeb();

// Sections this run does not measure (written by the standalone benches) are kept.
const benchmarksFile = path.join(REPO_ROOT, "BENCHMARKS.md");
const previous = await readFile(benchmarksFile, "utf8").catch(() => "");
await writeFile(benchmarksFile, mergeSections(previous, renderMarkdown()));
console.log("BENCHMARKS.md written (its other sections kept).");

function report(label: string, r: ReadFigures) {
  const line = (f: ReadSummaries) =>
    `sql ${ms(f.sql.median)}, site op ${ms(f.site.median)}, api op ${ms(f.api.median)}, api http ${ms(f.http.median)}`;
  console.log(`${label}: now ${line(r.now)}; as of ${line(r.asOf)}`);
}

async function firstSlugs(dbUrl: string, n: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const { rows } = await client.query<{ slug: string }>(
    "SELECT r.slug FROM relation r WHERE EXISTS (SELECT 1 FROM fact f WHERE f.relation_id = r.id) ORDER BY r.slug LIMIT $1",
    [n],
  );
  await client.end();
  return rows.map((r) => r.slug);
}

async function explainAsOf(dbUrl: string, slug: string, at: Date): Promise<string> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const latest = latestPublications(at, relationIdOf(slug));
  const { rows } = await client.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${latest.text}`,
    latest.values,
  );
  await client.end();
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

function wrkRow(label: string, f: { page: WrkResult; asset: WrkResult }) {
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  return `| ${label} (${kb(f.page.bytes)} vs ${kb(f.asset.bytes)}) | ${f.page.requestsPerSecond.toFixed(0)} (${ms(f.page.p99)}) | ${f.asset.requestsPerSecond.toFixed(0)} (${ms(f.asset.p99)}) | **${ratio(f.page.requestsPerSecond, f.asset.requestsPerSecond)}** |`;
}

function loadTable(stats: LoadStats[]) {
  return stats
    .filter((s) => s.rows > 0)
    .map(
      (s) =>
        `| ${s.table} | ${s.rows.toLocaleString("en")} | ${s.seconds.toFixed(1)} s | ${Math.round(s.rows / s.seconds).toLocaleString("en")} |`,
    )
    .join("\n");
}

function readRows(label: string, r: ReadFigures) {
  const row = (kind: string, f: ReadSummaries) =>
    `| ${label} | ${kind} | ${ms(f.sql.median)} / ${ms(f.sql.p99)} | ${ms(f.api.median)} / ${ms(f.api.p99)} | **${ratio(f.api.median, f.sql.median)}** | ${ms(f.site.median)} (${ratio(f.site.median, f.sql.median)}) | ${ms(f.http.median)} / ${ms(f.http.p99)} (${ratio(f.http.median, f.sql.median)}) |`;
  return [row("now", r.now), row("as of 2023-06-01", r.asOf)].join("\n");
}

function exportRow(f: ExportFigures) {
  const rate = (n: number, s: number) => Math.round(n / s).toLocaleString("en");
  return `| ${f.facts.toLocaleString("en")} | ${f.cutSeconds.toFixed(1)} s (${rate(f.facts, f.cutSeconds)}/s) | ${f.download.seconds.toFixed(1)} s (${rate(f.facts, f.download.seconds)}/s, ${(f.download.bytes / 1024 ** 2).toFixed(0)} MB) | ${f.copySeconds.toFixed(1)} s (${rate(f.facts, f.copySeconds)}/s) | **${ratio(f.download.seconds, f.copySeconds)}** | ${f.download.idleRssMb.toFixed(0)} MB → ${f.download.peakRssMb.toFixed(0)} MB |`;
}

function renderMarkdown(): string {
  const growthNow = readsLarge.now.api.median / readsSmall.now.api.median;
  const growthAsOf = readsLarge.asOf.api.median / readsSmall.asOf.api.median;
  return `# Benchmarks

Written by \`${command}\` on ${started.toISOString().slice(0, 10)}. Machine: ${machine}.
Every figure is a ratio against a reference measured in the same run, call by call interleaved
(\`bench/lib/stats.ts\`), because these machines are shared and noisy. The script fails only when
a run fails, never because a number is slow.

## Importing the seed article

Work time in-process (process start excluded), ${importFigures.facts} facts, median / p99 of repeated runs on the
benchmark database (real PostgreSQL). Reference: one \`SELECT 1\` round trip through the same client.

| step | median / p99 | in round trips |
| --- | --- | --- |
| analysis only (parse, extract, anomaly rules; no database) | ${ms(importFigures.analyze.median)} / ${ms(importFigures.analyze.p99)} | ${ratio(importFigures.analyze.median, importFigures.roundTrip.median)} |
| full import, rolled back (dry run: every read and write) | ${ms(importFigures.dryRun.median)} / ${ms(importFigures.dryRun.p99)} | ${ratio(importFigures.dryRun.median, importFigures.roundTrip.median)} |
| re-import of the imported article (all unchanged) | ${ms(importFigures.reimport.median)} / ${ms(importFigures.reimport.p99)} | ${ratio(importFigures.reimport.median, importFigures.roundTrip.median)} |
| reference: \`SELECT 1\` | ${ms(importFigures.roundTrip.median)} / ${ms(importFigures.roundTrip.p99)} | 1× |

Target: well under a second of work.

## The relation page under load

A production build (\`next start\`, one process) serving ${pageFigures.page.replace(/^http:\/\/[^/]+/, "")} against
${pageFigures.asset.replace(/^http:\/\/[^/]+/, "")}, the static file nearest its size, from the same server in the same run;
\`wrk -t2 -c16\`, ${values.quick ? 5 : 15} s each. Target: the page at ≥ 50% of the asset's throughput.

| encoding | page req/s (p99) | asset req/s (p99) | page / asset |
| --- | --- | --- | --- |
${wrkRow("gzip (as browsers ask)", pageFigures.gzip)}
${wrkRow("none", pageFigures.identity)}

Without compression Next serves the static file with \`sendfile\` while every page, even from the
full-route cache, goes through its request handler; with gzip both are compressed per request.

## Edit-and-publish

\`bench/edit-publish.ts\`: 300 operations, each a new draft revision of a fact (\`reviseFact\`) then
its publication (\`publishFact\`, which tells the site after the commit), 8 at a time on facts of
their own; every write is checked to be kept. Commits: the database's \`xact_commit\` delta
(\`pg_stat_database\`), every session's, the site's included.

| operations | throughput | commits |
| --- | --- | --- |
${writeLine(writeFigures)}

## Edit-and-publish over HTTP

\`bench/edit-publish-http.ts\`: ${httpWriteFigures.operations} operations at ${httpWriteFigures.connections} connections the way an editor makes them, each the
fact form's save (\`saveFactAction\`, with its idempotency key) then the reviewer's approve
(\`workflowAction\`): two server-action requests to the editor's production build, on facts of
their own, the site told of each publish. Reference in the same server, slice by slice over
${httpWriteFigures.rounds} rounds: the write floor, two autosaves of the form (\`autosaveFactAction\`: the same
session check and action machinery, one upsert) per operation. "Floor requests per operation":
how many trivial writes one edit-and-publish costs (2 would be two requests at the floor's
price). Commits: \`pg_stat_database.xact_commit\` around each slice, read-only transactions
included. Every publish is checked to be kept. Several editor builds take turns round by round.

${httpWriteLines(httpWriteFigures).join("\n")}

## Scaling out: web instances and read replicas

Reads of one relation's facts at random past instants (each request reads the database, as a
CDN miss would), against a private primary and a streaming replica on this same machine
(\`bench/replicas.ts\`), ${replicaFigures.seconds} s per configuration, wrk with 16 connections in all. On one machine
every process shares the same cores: the ratios show the overhead of the routing and what is
left to gain here, not what separate servers would give.

${replicaLines(replicaFigures).join("\n")}

## Synthetic data (\`packages/db/src/synthetic\`)

Deterministic from a seed: relations between real countries, ${FACTS_PER_RELATION} facts each, ${REVISIONS_PER_FACT} revisions per
fact, every revision but the last published in turn, the last one published for 4 facts in 5,
1 fact in 20 withdrawn. Rows are generated inside PostgreSQL (\`INSERT … SELECT\` over
\`generate_series\`, sorted by key, foreign-key triggers skipped while loading).

Load to ${(large * FACTS_PER_RELATION).toLocaleString("en")} facts (second step of the run):

| table | rows | time | rows/s |
| --- | --- | --- | --- |
${loadTable(loadLarge)}

First step (${(small * FACTS_PER_RELATION * REVISIONS_PER_FACT).toLocaleString("en")} revisions): ${loadSmall
    .filter((s) => s.table === "fact_revision")
    .map((s) => `${Math.round(s.rows / s.seconds).toLocaleString("en")} revisions/s`)
    .join("")}.

## Reading one relation's facts: the API vs raw SQL

${readsSmall.factsPerRead} facts per read, rotating over ${slugs.length} relations, ${iterations} reads per variant, interleaved.
Reference: the same rows in one raw SQL round trip through \`pg\` (now: through the facts'
published pointers; as of: the publication log through the read model's \`publicAt\`, the query every
public read uses, takedown filter included), no ORM, no shaping. Measured: \`listApiFacts\`,
the operation behind \`GET /api/v1/relations/{slug}/facts\` (one statement on the pool under
Prisma: instant, release and page together; the bench checks it returns the same facts as the
SQL). Its "now" reads the facts' public pointers and reuses the horizon it computed for up to a
second while nothing is published after it (ARCHITECTURE.md "How a read flows"); nothing is
published while these reads run, so most of them skip the activity scan. Target: median ≤ 2× the
raw SQL. Also shown: the site's \`getPublicRelation\`, and the endpoint itself
over HTTP on the production build (the "now" answer comes from the site's data cache).

| history | read | raw SQL median / p99 | API op median / p99 | API op / SQL | site op (/ SQL) | HTTP median / p99 (/ SQL) |
| --- | --- | --- | --- | --- | --- | --- |
${readRows("100,000 revisions", readsSmall)}
${readRows(`${(large * FACTS_PER_RELATION * REVISIONS_PER_FACT).toLocaleString("en")} revisions`, readsLarge)}

How the API op's cost grows with history (same relations, same rows, ${large / small}× more history around them):
now **${growthNow.toFixed(2)}×**, as of a past instant **${growthAsOf.toFixed(2)}×** (target ≤ 1.5×).

## Public reads against the framework's floor (throughput)

\`bench/read-throughput.ts\`, on the 100,000-revision database: wrk (closed loop, ${throughput.seconds} s per
row) on the production server, each read next to the floor (\`/api/bench-floor\`: a route handler
in the same server answering a precomputed body of the same size with the same headers, measured
just before it) and to its raw SQL (the same rows through \`pg\`, no ORM, as many connections).
"Cached" rotates over ${slugs.length} relations (or 100 facts) already asked once; "uncached" asks with a query
string no cache has seen (facts: a new \`limit\` ≥ 100, the same facts; history: a new \`asOf\` after the
last publication, the same versions); 304 sends the ETag back. The bench first checks that each
variant returns the same facts as the SQL. Ratios only: taken on a machine shared with other work.
"Server CPU per request" is the server process's own CPU time (user + system, /proc) over the
requests it answered, for the read and for its floor: unlike throughput, it hardly moves with
what else the machine runs. Memory: the server's resident set after the warm-up and its peak
(VmHWM, reset then) over the measured reads.

${throughputLines(throughput).join("\n")}

### Where the time goes (profile before issue 21's changes)

\`node --cpu-prof\` of the production server under 12 s of uncached relation reads at 8 connections
(\`read-throughput.ts --profile\`, startup excluded): the process was idle 43% of the time with
8 requests in flight, i.e. requests waited on PostgreSQL, not on the CPU. Each request made
three round trips: the rate-limit upsert (a write, every client's requests queueing on its one
row), the read's one statement, and \`publishedAfter\` (may this answer enter the data cache?).
Of the busy time: 13% writing responses; 9% garbage collection; 6% Prisma's query compiler
(WebAssembly), run for each \`$queryRaw\`, i.e. for the rate limit and \`publishedAfter\` (the read
itself goes to \`pg\` directly); 5.5% Next's data cache looking on disk, on every miss, for an
entry it never writes there; the rest spread over Next's route machinery, JSON serialisation (the
body stringified for the data cache, again for the ETag without \`meta.asOf\`, and again for the
response) and SHA-256 over the body twice. \`pg\`'s row parsing 1.4%, zod under 1%. Found later
with EXPLAIN: on a small database (20,000 revisions) the read's statement hashed the whole
\`fact_revision\` table (57 ms of a 66 ms statement) instead of looking up each fact's revision by key.

## Release export

A release of everything public (cut: freeze, hash, store), then its \`facts.ndjson\` downloaded
from the site (streamed one batch at a time and hashed again on the way). Reference: COPY of the
same rows (revisions with their citations) out of PostgreSQL through psql to /dev/null. Memory:
the site process's resident set before, and its peak during the download (VmHWM, reset first).
Constant memory shows as the same peak at both sizes.

| facts | cut | download | COPY of the rows | download / COPY | server memory idle → peak |
| --- | --- | --- | --- | --- | --- |
${exportRow(exportSmall)}
${exportRow(exportLarge)}

## Publish to visible

From the call that publishes a new fact (commit, then the site is told which cache tags changed)
to the first response of the public relation page that shows it, asked again and again without
pause; ${visibleFigures.publishToVisible.n} publishes. Reference: one render of the same page that no cache serves (its
\`?asOf=\` view).

| publish → visible median / p99 | uncached render median / p99 | ratio |
| --- | --- | --- |
| ${ms(visibleFigures.publishToVisible.median)} / ${ms(visibleFigures.publishToVisible.p99)} | ${ms(visibleFigures.uncachedRender.median)} / ${ms(visibleFigures.uncachedRender.p99)} | **${ratio(visibleFigures.publishToVisible.median, visibleFigures.uncachedRender.median)}** |

The as-of query's plan at the large scale:

\`\`\`
${plan}
\`\`\`
`;
}
