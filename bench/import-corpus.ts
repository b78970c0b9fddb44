// `pnpm --filter @dyad/bench corpus [--no-db]`: the importer on articles it was not written for
// (packages/importer/src/fixtures/corpus, manifest.json says what each holds and which defects
// were planted). Prints, as Markdown for BENCHMARKS.md: per article the share of dated values and
// amounts structured, planted defects flagged and false flags; then, unless --no-db, the import of
// the whole corpus against a plain COPY of the same number of rows on the same server.
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyzeArticle, disconnectDb, getDb, importArticle, SYSTEM_ACTOR } from "@dyad/db";
import { REPO_ROOT } from "@dyad/db/dev";
import pg from "pg";
import { createBenchDatabase } from "./lib/bench-database";
import { type ArticleScore, type CorpusEntry, scoreArticle } from "./lib/corpus-score";

const { values: args } = parseArgs({
  options: {
    "no-db": { type: "boolean", default: false },
    server: {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
  },
});
const CORPUS = path.join(REPO_ROOT, "packages/importer/src/fixtures/corpus");
const manifest: { articles: CorpusEntry[] } = JSON.parse(await readFile(path.join(CORPUS, "manifest.json"), "utf8"));
const texts = await Promise.all(manifest.articles.map((a) => readFile(path.join(CORPUS, a.file), "utf8")));

const scores: ArticleScore[] = manifest.articles.map((entry, i) => scoreArticle(entry, analyzeArticle(texts[i] ?? "")));
const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(0)}%`);
const total = (list: ArticleScore[]) => ({
  values: list.reduce((n, s) => n + s.values, 0),
  structured: list.reduce((n, s) => n + s.structured, 0),
  defects: list.reduce((n, s) => n + s.defects, 0),
  flagged: list.reduce((n, s) => n + s.flagged, 0),
  falseFlags: list.reduce((n, s) => n + s.falseFlags.length, 0),
  articles: list.length,
});
const lines = [
  "| article | held out | values structured | planted defects flagged | false flags | UNSTRUCTURED |",
  "| --- | --- | --- | --- | --- | --- |",
  ...scores.map(
    (s) =>
      `| ${s.file} | ${s.heldOut ? "yes" : "no"} | ${s.structured}/${s.values} | ${s.flagged}/${s.defects} | ${s.falseFlags.length} | ${s.unstructured} |`,
  ),
];
for (const [label, list] of [
  ["held out", scores.filter((s) => s.heldOut)],
  ["written alongside the rules", scores.filter((s) => !s.heldOut)],
  ["all", scores],
] as const) {
  const t = total(list);
  lines.push(
    `| **${label}** (${t.articles}) | | **${pct(t.structured, t.values)}** (${t.structured}/${t.values}) | **${pct(t.flagged, t.defects)}** (${t.flagged}/${t.defects}) | **${(t.falseFlags / Math.max(1, t.articles)).toFixed(2)}** per article | |`,
  );
}
console.log(lines.join("\n"));
console.log("\nMissed and false, per article:");
for (const s of scores) {
  const notes = [
    ...s.missedValues.map((v) => `value not structured: «${v}»`),
    ...s.missedDefects.map((d) => `defect not flagged: ${d}`),
    ...s.falseFlags.map((f) => `false flag: ${f}`),
  ];
  if (notes.length) console.log(`- ${s.file}: ${notes.join("; ")}`);
}

if (!args["no-db"]) {
  const url = await createBenchDatabase(args.server, "dyad_bench_corpus");
  process.env.DATABASE_URL = url;
  const counted = ["fact", "fact_revision", "revision_source", "fact_flag", "source", "audit_event", "relation"];
  const count = async () => {
    const row = await getDb().$queryRawUnsafe<Record<string, bigint>[]>(
      `SELECT ${counted.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(", ")}`,
    );
    return Object.values(row[0] ?? {}).reduce((n, v) => n + Number(v), 0);
  };
  const before = await count();
  const started = performance.now();
  for (const text of texts) await importArticle({ text, actor: SYSTEM_ACTOR });
  const importMs = performance.now() - started;
  const rows = (await count()) - before;
  await disconnectDb();

  // The same number of rows, of the statements the import wrote, loaded by one COPY from a file.
  const file = path.join(tmpdir(), `dyad-corpus-copy-${process.pid}.tsv`);
  const statements = texts.flatMap((t) => analyzeArticle(t).facts.map((f) => f.content.statement));
  const clean = (s: string) => s.replace(/[\t\n\\]/g, " ");
  await writeFile(
    file,
    Array.from({ length: rows }, (_, i) => `${i}\t${clean(statements[i % statements.length] ?? "")}\n`).join(""),
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("CREATE TABLE copy_reference (n int, statement text)");
  const copyStarted = performance.now();
  await client.query(`COPY copy_reference FROM '${file}'`);
  const copyMs = performance.now() - copyStarted;
  await client.end();
  await rm(file, { force: true });
  console.log(
    `\nImport of the ${texts.length} articles (analysis on a worker thread per article, one transaction each): ${rows} rows in ${importMs.toFixed(0)} ms (${((rows / importMs) * 1000).toFixed(0)} rows/s); plain COPY of ${rows} rows: ${copyMs.toFixed(1)} ms (${((rows / copyMs) * 1000).toFixed(0)} rows/s); import / COPY: ${(importMs / copyMs).toFixed(0)}×`,
  );
}
