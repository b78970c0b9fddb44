import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { SYSTEM_ACTOR } from "../actor";
import { disconnectDb } from "../client";
import { migrate, resolveDatabase } from "../dev/database";
import { importArticle } from "../import/import-article";
import { describeFailure } from "./describe-failure";
import { listArticleFiles } from "./import-files";
import { type ArticleOutcome, describeOutcome, progressBar, summaryTable } from "./import-summary";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean" },
    verbose: { type: "boolean" },
    origin: { type: "string" },
    retrieved: { type: "string" },
  },
});
const target = positionals[0];
if (!target) {
  console.error(
    "Usage: pnpm run import <article-file-or-folder> [--dry-run] [--verbose] [--origin <url> [--retrieved YYYY-MM-DD]]",
  );
  process.exit(2);
}

let files: string[];
try {
  files = await listArticleFiles(target);
} catch (error) {
  console.error(describeFailure(error, "Import"));
  process.exit(1);
}
if (files.length === 0) {
  console.error(`Import refused: no article files (.txt, .md, .wiki) under ${target}`);
  process.exit(1);
}

const db = await resolveDatabase(console.log);
process.env.DATABASE_URL = db.url;
const outcomes: ArticleOutcome[] = [];
try {
  await migrate(db.url);
  // One transaction per article (importArticle): a failed article leaves nothing behind and the
  // others are kept.
  for (const file of files) {
    try {
      const report = await importArticle({
        text: await readFile(file, "utf8"),
        actor: SYSTEM_ACTOR,
        dryRun: values["dry-run"],
        origin: values.origin ? { url: values.origin, retrievedOn: values.retrieved } : undefined,
      });
      outcomes.push({ file, ok: true, report });
      if (values.verbose)
        for (const a of report.anomalies) console.log(`    - ${a.rule}: ${a.message} («${a.excerpt}»)`);
    } catch (error) {
      outcomes.push({ file, ok: false, error: describeFailure(error, "Import") });
    }
    const last = outcomes.at(-1) as ArticleOutcome;
    // Failures go to stderr as well, so a script that watches it sees them.
    if (!last.ok) console.error(last.error);
    console.log(`${progressBar(outcomes.length, files.length)} ${describeOutcome(last)}`);
  }
  console.log(`\n${values["dry-run"] ? "Dry run: nothing was written.\n" : ""}${summaryTable(outcomes)}`);
  if (outcomes.some((o) => !o.ok)) process.exitCode = 1;
} catch (error) {
  console.error(describeFailure(error, "Import"));
  process.exitCode = 1;
} finally {
  // After a lost connection, closing the pool can fail too: that is already said above.
  await disconnectDb().catch(() => {});
  await db.stop().catch(() => {});
}
