// 300 edit-and-publish operations at 8 connections (issue 21.4): each a new draft revision of a
// fact (reviseFact, what the API's PATCH and the editor's save run) then its publication
// (publishFact, the reviewer's publish; the site is told after the commit). Every write is kept
// and checked at the end. Reported: operations per second and commits per operation, counted as
// the database's xact_commit delta (pg_stat_database: every transaction of every session on the
// benchmark database, the public site's included). `waitForSite`: each caller also waits until
// the site has taken the revalidation (as every publish did before 2026-12-06); without it the
// caller returns at its commit and the deliveries finish in the background (counted all the
// same: the commits are read once they are done). Run on its own with
// `pnpm --filter @dyad/bench exec tsx edit-publish.ts` (both ways, alternating), or from run.ts.
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  awaitEffectsAfterCommit,
  createFact,
  disconnectDb,
  effectsSettled,
  getDb,
  publishFact,
  reviseFact,
  SYSTEM_ACTOR,
} from "@dyad/db";
import { benchFactContent, committedTransactions } from "./lib/edit-publish";

export interface WriteFigures {
  operations: number;
  connections: number;
  waitForSite: boolean;
  opsPerSecond: number;
  commitsPerOperation: number;
}

export async function benchEditPublish(options: {
  databaseUrl: string;
  slug: string;
  operations?: number;
  connections?: number;
  waitForSite?: boolean;
}): Promise<WriteFigures> {
  const operations = options.operations ?? 300;
  const connections = options.connections ?? 8;
  const waitForSite = options.waitForSite ?? false;
  const relation = await getDb().relation.findUniqueOrThrow({ where: { slug: options.slug }, select: { id: true } });
  // Each worker edits facts of its own, three in turn, so no two operations wait on one row.
  const facts: { factId: string; revisionId: string }[] = [];
  for (let i = 0; i < connections * 3; i++) {
    const created = await createFact({
      relationId: relation.id,
      content: benchFactContent(`Edit-and-publish benchmark fact ${i}`),
      note: "Edit-and-publish benchmark",
      actor: SYSTEM_ACTOR,
    });
    facts.push({ factId: created.factId, revisionId: created.revision.id });
  }
  const before = await committedTransactions(options.databaseUrl);
  awaitEffectsAfterCommit(waitForSite);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, w) => {
      for (let turn = 0; ; turn++) {
        const op = next++;
        if (op >= operations) return;
        const fact = facts[w * 3 + (turn % 3)] as (typeof facts)[number];
        const { revision } = await reviseFact({
          factId: fact.factId,
          expectedRevisionId: fact.revisionId,
          content: benchFactContent(`Edit-and-publish benchmark fact, edit ${op}`),
          note: `Edit ${op}`,
          actor: SYSTEM_ACTOR,
        });
        fact.revisionId = revision.id;
        await publishFact({ factId: fact.factId, actor: SYSTEM_ACTOR });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  awaitEffectsAfterCommit(false);
  // The deliveries still running belong to these operations: their commits count.
  await effectsSettled();
  const after = await committedTransactions(options.databaseUrl);
  // Every write kept: each edit is a revision and a publication.
  const { _count } = await getDb().publication.aggregate({
    where: { factId: { in: facts.map((f) => f.factId) } },
    _count: true,
  });
  // createFact does not publish: the publications are exactly the operations.
  if (_count !== operations) {
    throw new Error(`expected ${operations} publications, found ${_count}`);
  }
  return {
    operations,
    connections,
    waitForSite,
    opsPerSecond: operations / seconds,
    commitsPerOperation: (after - before) / operations,
  };
}

export const writeLine = (f: WriteFigures) =>
  `| ${f.operations} edit-and-publish, ${f.connections} connections, ${f.waitForSite ? "caller waits for the site" : "site told after return"} | ${f.opsPerSecond.toFixed(1)} ops/s | ${f.commitsPerOperation.toFixed(1)} commits/op |`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { createBenchDatabase } = await import("./lib/bench-database");
  const { generateSynthetic } = await import("@dyad/db/synthetic");
  const { startWeb } = await import("./lib/web-server");
  const { randomBytes } = await import("node:crypto");
  const url = await createBenchDatabase(
    process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    "dyad_bench_writes",
  );
  await generateSynthetic(url, { seed: 1, relations: 2, factsPerRelation: 10, revisionsPerFact: 2 });
  const slug = (await getDb().relation.findFirstOrThrow({ select: { slug: true }, orderBy: { slug: "asc" } })).slug;
  // The site runs, as in production, and is told of each publish.
  const secret = randomBytes(24).toString("base64url");
  const web = await startWeb(url, 3392, { DYAD_REVALIDATE_SECRET: secret });
  process.env.DYAD_WEB_URL = web.url;
  process.env.DYAD_REVALIDATE_SECRET = secret;
  try {
    // Alternating, so a busy neighbour on the shared machine slows both ways alike.
    for (let round = 0; round < 2; round++) {
      for (const waitForSite of [true, false]) {
        console.log(writeLine(await benchEditPublish({ databaseUrl: url, slug, waitForSite })));
      }
    }
  } finally {
    await disconnectDb();
    await web.stop();
  }
  process.exit(0);
}
