// 300 edit-and-publish operations at 8 connections over HTTP (issue 21.4), the way an editor
// makes them: the fact form's save (saveFactAction, with its idempotency key) then the
// reviewer's approve (workflowAction), two server-action requests to the editor's production
// build, the public site running and told of each publish. The public API has no publish (it
// edits and submits), so the editor's actions are the path that publishes over HTTP.
//
// Reference, in the same server and the same run, slice by slice: the write floor, one autosave
// of the form (autosaveFactAction: the same session check and action machinery, one upsert).
// Several builds of the editor (this checkout's, and e.g. the commit before a change) take
// turns round by round on one database, so "before" and "after" meet the same machine state.
// Commits: pg_stat_database.xact_commit deltas around each slice (every transaction of every
// session, the editor's and the site's, read-only ones included). Every write is checked at the
// end: one publication per operation, and each fact's published revision is its last save.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createFact, getDb, SYSTEM_ACTOR } from "@dyad/db";
import { benchFactContent, committedTransactions } from "./lib/edit-publish";
import { type EditorClient, editorClient, sessionCookie } from "./lib/editor-actions";
import { cpuSeconds } from "./lib/memory";
import { EDITOR_DIR, startApp } from "./lib/web-server";

export interface EditorBuild {
  label: string;
  /** An apps/editor folder with a production build. */
  dir: string;
}

export interface BuildFigures {
  label: string;
  opsPerSecond: number;
  floorRequestsPerSecond: number;
  commitsPerOperation: number;
  floorCommitsPerRequest: number;
  /** The editor process's CPU time (user + system) per operation and per floor request, in ms. */
  cpuMsPerOperation: number;
  floorCpuMsPerRequest: number;
}

export interface HttpWriteFigures {
  operations: number;
  connections: number;
  rounds: number;
  builds: BuildFigures[];
}

interface Fact {
  factId: string;
  revisionId: string;
}

/** `n` tasks over `connections` workers; worker `w` works on its own facts in turn. Seconds. */
export async function slice(
  n: number,
  connections: number,
  task: (worker: number, turn: number, op: number) => Promise<void>,
) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, w) => {
      for (let turn = 0; ; turn++) {
        const op = next++;
        if (op >= n) return;
        await task(w, turn, op);
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function benchEditPublishHttp(options: {
  databaseUrl: string;
  slug: string;
  webUrl: string;
  revalidateSecret: string;
  builds?: EditorBuild[];
  operations?: number;
  connections?: number;
  rounds?: number;
  /**
   * Operations (and twice as many autosaves) each build serves before anything is timed. V8
   * compiles a server's hot paths over its first thousands of requests: an editor took about
   * 2,000 actions to settle (2.5 to 3 ms of CPU a request, from 6 to 8 at first), so a short
   * warm-up measures the compiler as much as the writes.
   */
  warmupOperations?: number;
  port?: number;
  /** Node options for each editor process, e.g. --cpu-prof to see where its time goes. */
  nodeArgs?: string[];
}): Promise<HttpWriteFigures> {
  const operations = options.operations ?? 300;
  const connections = options.connections ?? 8;
  const rounds = options.rounds ?? 3;
  const builds = options.builds ?? [{ label: "this build", dir: EDITOR_DIR }];
  const perSlice = Math.ceil(operations / rounds);
  const db = getDb();
  const relation = await db.relation.findUniqueOrThrow({ where: { slug: options.slug }, select: { id: true } });
  const secret = randomUUID() + randomUUID();
  const reviewer = await db.user.create({
    data: { email: `bench-${randomUUID()}@dyad.local`, name: "Benchmark reviewer", role: "REVIEWER" },
  });
  const cookie = sessionCookie(secret, reviewer.id);
  const newFacts = async (n: number, label: string) => {
    const facts: Fact[] = [];
    for (let i = 0; i < n; i++) {
      const created = await createFact({
        relationId: relation.id,
        content: benchFactContent(`Edit-and-publish benchmark fact ${label} ${i}`),
        note: "Edit-and-publish benchmark",
        actor: SYSTEM_ACTOR,
      });
      facts.push({ factId: created.factId, revisionId: created.revision.id });
    }
    return facts;
  };

  const servers = [];
  try {
    const runs: {
      build: EditorBuild;
      pid: number;
      client: EditorClient;
      edited: Fact[];
      typed: Fact[];
      ops: number;
      seconds: number;
      floorSeconds: number;
      commits: number;
      floorCommits: number;
      cpu: number;
      floorCpu: number;
    }[] = [];
    for (const [i, build] of builds.entries()) {
      const port = (options.port ?? 3494) + i;
      const env = {
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        DYAD_WEB_URL: options.webUrl,
        DYAD_REVALIDATE_SECRET: options.revalidateSecret,
        // One reviewer saves and approves each edit: a one-person deployment (four eyes off),
        // so every build measures the same writes.
        DYAD_ALLOW_SELF_APPROVAL: "true",
      };
      const server = await startApp(build.dir, options.databaseUrl, port, env, options.nodeArgs);
      servers.push(server);
      runs.push({
        build,
        pid: server.pid,
        client: editorClient({ baseUrl: server.url, editorDir: build.dir, cookie }),
        edited: await newFacts(connections * 3, build.label),
        typed: await newFacts(connections, build.label),
        ops: 0,
        seconds: 0,
        floorSeconds: 0,
        commits: 0,
        floorCommits: 0,
        cpu: 0,
        floorCpu: 0,
      });
    }
    const editAndPublish = (run: (typeof runs)[number]) => async (w: number, turn: number, op: number) => {
      const fact = run.edited[w * 3 + (turn % 3)] as Fact;
      const page = `/facts/${fact.factId}`;
      const saved = (await run.client.call(
        "facts/actions.ts#saveFactAction",
        [
          {
            relationId: relation.id,
            factId: fact.factId,
            expectedRevisionId: fact.revisionId,
            content: benchFactContent(`Edit-and-publish benchmark fact, edit ${run.ops + op} ${randomUUID()}`),
            note: `Edit ${op}`,
            idempotencyKey: randomUUID(),
          },
        ],
        page,
      )) as { revisionId: string };
      fact.revisionId = saved.revisionId;
      await run.client.call(
        "facts/actions.ts#workflowAction",
        [{ step: "approve", factId: fact.factId, expectedRevisionId: saved.revisionId }],
        page,
      );
    };
    // The floor: two autosaves per operation, as many requests as the operation makes.
    const autosave = (run: (typeof runs)[number]) => async (w: number, _turn: number, op: number) => {
      const fact = run.typed[w] as Fact;
      const typed = { ...benchFactContent(`Typed ${op}`), validTime: { start: null } };
      await run.client.call(
        "facts/actions.ts#autosaveFactAction",
        [{ factId: fact.factId, baseRevisionId: fact.revisionId, content: typed, note: "" }],
        `/facts/${fact.factId}`,
      );
    };
    // Warm-up: each build's routes loaded and compiled before anything is timed.
    const warmOps = options.warmupOperations ?? 300;
    for (const run of runs) {
      await slice(warmOps, connections, editAndPublish(run));
      await slice(warmOps * 2, connections, autosave(run));
      run.ops += warmOps;
    }
    let count = await committedTransactions(options.databaseUrl);
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? runs : [...runs].reverse();
      for (const run of order) {
        const n = Math.min(perSlice, operations + warmOps - run.ops);
        let cpu = cpuSeconds(run.pid);
        run.seconds += await slice(n, connections, editAndPublish(run));
        run.cpu += cpuSeconds(run.pid) - cpu;
        run.ops += n;
        const afterOps = await committedTransactions(options.databaseUrl);
        run.commits += afterOps - count;
        cpu = cpuSeconds(run.pid);
        run.floorSeconds += await slice(n * 2, connections, autosave(run));
        run.floorCpu += cpuSeconds(run.pid) - cpu;
        count = await committedTransactions(options.databaseUrl);
        run.floorCommits += count - afterOps;
      }
    }
    // Every write kept: one publication per operation, each fact published at its last save.
    for (const run of runs) {
      const ids = run.edited.map((f) => f.factId);
      const published = await db.publication.count({ where: { factId: { in: ids } } });
      if (published !== run.ops) throw new Error(`${run.build.label}: ${run.ops} publishes, ${published} publications`);
      const facts = await db.fact.findMany({
        where: { id: { in: ids } },
        select: { id: true, publishedRevisionId: true },
      });
      for (const f of facts) {
        if (f.publishedRevisionId !== run.edited.find((e) => e.factId === f.id)?.revisionId) {
          throw new Error(`${run.build.label}: fact ${f.id} is not published at its last save`);
        }
      }
    }
    return {
      operations,
      connections,
      rounds,
      builds: runs.map((run) => {
        const measured = run.ops - warmOps;
        return {
          label: run.build.label,
          opsPerSecond: measured / run.seconds,
          floorRequestsPerSecond: (measured * 2) / run.floorSeconds,
          commitsPerOperation: run.commits / measured,
          floorCommitsPerRequest: run.floorCommits / (measured * 2),
          cpuMsPerOperation: (1000 * run.cpu) / measured,
          floorCpuMsPerRequest: (1000 * run.floorCpu) / (measured * 2),
        };
      }),
    };
  } finally {
    for (const server of servers) await server.stop();
  }
}

/**
 * Table rows: throughput, the floor, commits, the editor's CPU time (which, unlike throughput,
 * hardly moves with what else the machine runs); the first build is the reference for "× first".
 */
export function httpWriteLines(f: HttpWriteFigures): string[] {
  const first = f.builds[0] as BuildFigures;
  return [
    "| editor build | edit-and-publish ops/s | autosave floor req/s | floor requests per operation | commits/op | floor commits/request | editor CPU ms/op | editor CPU ms/floor request | ops/s vs first build |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...f.builds.map(
      (b) =>
        `| ${b.label} | ${b.opsPerSecond.toFixed(1)} | ${b.floorRequestsPerSecond.toFixed(1)} | **${(b.floorRequestsPerSecond / b.opsPerSecond).toFixed(2)}** | ${b.commitsPerOperation.toFixed(2)} | ${b.floorCommitsPerRequest.toFixed(2)} | ${b.cpuMsPerOperation.toFixed(1)} | ${b.floorCpuMsPerRequest.toFixed(1)} | ${(b.opsPerSecond / first.opsPerSecond).toFixed(2)}× |`,
    ),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `pnpm --filter @dyad/bench exec tsx edit-publish-http.ts [label=apps/editor-dir ...]`: each
  // build named (e.g. this checkout's and one of the commit before a change), or this checkout's.
  const { createBenchDatabase } = await import("./lib/bench-database");
  const { generateSynthetic } = await import("@dyad/db/synthetic");
  const { disconnectDb } = await import("@dyad/db");
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      operations: { type: "string", default: "300" },
      rounds: { type: "string", default: "3" },
      warmup: { type: "string", default: "300" },
      // A folder: each editor writes a CPU profile there when it stops (node --cpu-prof).
      profile: { type: "string" },
    },
  });
  const url = await createBenchDatabase(
    process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    "dyad_bench_writes_http",
  );
  await generateSynthetic(url, { seed: 1, relations: 2, factsPerRelation: 10, revisionsPerFact: 2 });
  const slug = (await getDb().relation.findFirstOrThrow({ select: { slug: true }, orderBy: { slug: "asc" } })).slug;
  const named = positionals.map((arg) => {
    const [label, dir] = arg.split("=");
    return { label: label as string, dir: path.resolve(dir as string) };
  });
  const builds: EditorBuild[] = named.length > 0 ? named : [{ label: "this build", dir: EDITOR_DIR }];
  // The site of the first build's checkout, told of each publish.
  const revalidateSecret = randomUUID();
  const webDir = path.join((builds[0] as EditorBuild).dir, "..", "web");
  const web = await startApp(webDir, url, 3493, { DYAD_REVALIDATE_SECRET: revalidateSecret });
  try {
    const figures = await benchEditPublishHttp({
      databaseUrl: url,
      slug,
      webUrl: web.url,
      revalidateSecret,
      builds,
      operations: Number(values.operations),
      rounds: Number(values.rounds),
      warmupOperations: Number(values.warmup),
      nodeArgs: values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values.profile)}`] : [],
    });
    console.log(httpWriteLines(figures).join("\n"));
  } finally {
    await disconnectDb();
    await web.stop();
  }
  process.exit(0);
}
