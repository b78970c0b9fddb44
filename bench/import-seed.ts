import { readFile } from "node:fs/promises";
import { analyzeArticle, getDb, importArticle, SYSTEM_ACTOR } from "@dyad/db";
import { SEED_ARTICLE } from "@dyad/db/seed";
import { type Summary, summarize } from "./lib/stats";

export interface ImportFigures {
  analyze: Summary;
  dryRun: Summary;
  reimport: Summary;
  roundTrip: Summary;
  facts: number;
}

/**
 * The seed article's import, work time only (process start excluded): the pure analysis, a full
 * import that is rolled back (dry run: every query and write, nothing kept, so it can repeat),
 * and a re-import of an already imported article (all facts recognised, nothing written).
 * Reference: one `SELECT 1` round trip through the same client, the unit cost of any query.
 */
export async function benchSeedImport(iterations: number): Promise<ImportFigures> {
  const text = await readFile(SEED_ARTICLE, "utf8");
  const time = async (fn: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < iterations + 3; i++) {
      const started = performance.now();
      await fn();
      if (i >= 3) samples.push(performance.now() - started);
    }
    return summarize(samples);
  };
  const roundTrip = await time(() => getDb().$queryRaw`SELECT 1`);
  const analyze = await time(async () => analyzeArticle(text));
  const dryRun = await time(() => importArticle({ text, actor: SYSTEM_ACTOR, dryRun: true }));
  const facts = analyzeArticle(text).facts.length;
  // Published, as on the seeded start, so the page benchmark has the real relation page.
  await importArticle({ text, actor: SYSTEM_ACTOR, publishNew: true });
  const reimport = await time(() => importArticle({ text, actor: SYSTEM_ACTOR }));
  return { analyze, dryRun, reimport, roundTrip, facts };
}
