// What a minute of quiet costs the editor (issue 21.4): the editor's CPU per autosave (the write
// floor of edit-publish-http.ts) once warm, and in the first requests after it sat idle, started
// as its start script says (`node --no-memory-reducer server.mjs`) and with the reducer, one
// after the other on one database. V8's memory reducer collects for memory once a process goes quiet, which
// throws compiled code away: the burst that follows pays for compiling it again.
// `cd bench && pnpm exec tsx idle-burst.ts [--idle 60] [--bursts 3]`. Exits non-zero only on failure.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createFact, disconnectDb, getDb, SYSTEM_ACTOR } from "@dyad/db";
import { serverArgs } from "@dyad/db/dev";
import { generateSynthetic } from "@dyad/db/synthetic";
import { slice } from "./edit-publish-http";
import { createBenchDatabase } from "./lib/bench-database";
import { benchFactContent } from "./lib/edit-publish";
import { editorClient, sessionCookie } from "./lib/editor-actions";
import { cpuSeconds } from "./lib/memory";
import { EDITOR_DIR, startApp } from "./lib/web-server";

const { values } = parseArgs({
  options: { idle: { type: "string", default: "60" }, bursts: { type: "string", default: "3" } },
});
const CONNECTIONS = 8;
const url = await createBenchDatabase("postgresql://postgres@127.0.0.1:5432/postgres", "dyad_bench_idle_burst");
await generateSynthetic(url, { seed: 1, relations: 1, factsPerRelation: 2, revisionsPerFact: 1 });
const db = getDb();
const relation = await db.relation.findFirstOrThrow({ select: { id: true } });
const user = await db.user.create({
  data: { email: `bench-${randomUUID()}@dyad.local`, name: "Benchmark editor", role: "EDITOR" },
});
const facts: { factId: string; revisionId: string }[] = [];
for (let i = 0; i < CONNECTIONS; i++) {
  const created = await createFact({
    relationId: relation.id,
    content: benchFactContent(`Idle burst fact ${i}`),
    note: "Idle burst benchmark",
    actor: SYSTEM_ACTOR,
  });
  facts.push({ factId: created.factId, revisionId: created.revision.id });
}

const variants = [
  { label: `as its start script says (node ${serverArgs(EDITOR_DIR).join(" ")})`, nodeArgs: [] },
  // Given after the start script's options, it turns the reducer back on.
  { label: "with V8's memory reducer (--memory-reducer)", nodeArgs: ["--memory-reducer"] },
];
const secret = randomUUID() + randomUUID();
const servers = await Promise.all(
  variants.map((v, i) =>
    startApp(
      EDITOR_DIR,
      url,
      3581 + i,
      { NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${3581 + i}` },
      v.nodeArgs,
    ),
  ),
);
try {
  const rows: string[] = [];
  for (const [i, variant] of variants.entries()) {
    const server = servers[i] as (typeof servers)[number];
    const client = editorClient({ baseUrl: server.url, editorDir: EDITOR_DIR, cookie: sessionCookie(secret, user.id) });
    // Editor CPU per autosave over `n` of them, each worker typing into its own fact.
    const autosaves = async (n: number) => {
      const cpu = cpuSeconds(server.pid);
      await slice(n, CONNECTIONS, async (w, _turn, op) => {
        const fact = facts[w] as (typeof facts)[number];
        await client.call(
          "facts/actions.ts#autosaveFactAction",
          [
            {
              factId: fact.factId,
              baseRevisionId: fact.revisionId,
              content: { ...benchFactContent(`Typed ${op}`), validTime: { start: null } },
              note: "",
            },
          ],
          `/facts/${fact.factId}`,
        );
      });
      return (1000 * (cpuSeconds(server.pid) - cpu)) / n;
    };
    await autosaves(2000); // warm: V8 has compiled the hot paths
    const warm = await autosaves(400);
    const after: number[][] = [];
    for (let b = 0; b < Number(values.bursts); b++) {
      await new Promise((r) => setTimeout(r, Number(values.idle) * 1000));
      after.push([await autosaves(200), await autosaves(200)]);
    }
    const mean = (k: number) => after.reduce((s, a) => s + (a[k] as number), 0) / after.length;
    rows.push(
      `| ${variant.label} | ${warm.toFixed(2)} | ${mean(0).toFixed(2)} (${(mean(0) / warm).toFixed(2)}×) | ${mean(1).toFixed(2)} (${(mean(1) / warm).toFixed(2)}×) |`,
    );
  }
  console.log(
    `Editor CPU per autosave, ms, ${CONNECTIONS} connections; after ${values.idle} s idle, mean of ${values.bursts} bursts:`,
  );
  console.log("| editor started | warm | first 200 after idle | next 200 |");
  console.log("| --- | --- | --- | --- |");
  console.log(rows.join("\n"));
} finally {
  for (const s of servers) await s.stop();
  await disconnectDb();
}
process.exit(0);
