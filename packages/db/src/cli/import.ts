import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { SYSTEM_ACTOR } from "../actor";
import { disconnectDb } from "../client";
import { migrate, resolveDatabase } from "../dev/database";
import { importArticle } from "../import/import-article";
import { describeFailure } from "./describe-failure";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean" }, origin: { type: "string" }, retrieved: { type: "string" } },
});
const file = positionals[0];
if (!file) {
  console.error("Usage: pnpm run import <article.txt> [--dry-run] [--origin <url> [--retrieved YYYY-MM-DD]]");
  process.exit(2);
}

const db = await resolveDatabase(console.log);
process.env.DATABASE_URL = db.url;
try {
  await migrate(db.url);
  const report = await importArticle({
    text: await readFile(file, "utf8"),
    actor: SYSTEM_ACTOR,
    dryRun: values["dry-run"],
    origin: values.origin ? { url: values.origin, retrievedOn: values.retrieved } : undefined,
  });
  const verb = report.dryRun ? "Would import" : "Imported";
  console.log(`${verb} into ${report.relationSlug}:`);
  for (const key of ["created", "held", "unsourced", "revised", "unchanged", "conflicts", "skippedDeleted"] as const) {
    console.log(
      `  ${key}: ${report[key].length}${report[key].length ? `\n    - ${report[key].join("\n    - ")}` : ""}`,
    );
  }
  console.log(`  anomalies: ${report.anomalies.length}`);
  for (const a of report.anomalies) console.log(`    - ${a.rule}: ${a.message} («${a.excerpt}»)`);
} catch (error) {
  console.error(describeFailure(error, "Import"));
  process.exitCode = 1;
} finally {
  // After a lost connection, closing the pool can fail too: that is already said above.
  await disconnectDb().catch(() => {});
  await db.stop().catch(() => {});
}
