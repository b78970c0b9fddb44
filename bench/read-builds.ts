// Two builds of the public site side by side (issue 21): this checkout's and another checkout's
// (e.g. a worktree of main before a change), both running at once against one benchmark
// database, each asked the same uncached relation reads at 8 connections in interleaved slices
// with the floor of the same server between them. Interleaving makes a busy neighbour slow both
// builds alike, which two runs of read-throughput.ts one after the other do not. Reports each
// build's reads a second, their ratio to its floor, and the server's CPU time per read.
//   pnpm --filter @dyad/bench exec tsx read-builds.ts --other /work/wt/main-before [--rounds 6]
// The database is read-throughput.ts's (`--keep` leaves it; --database names it).
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { cpuSeconds, resetPeakRss, rssMb } from "./lib/memory";
import { startApp, WEB_DIR } from "./lib/web-server";
import { wrk } from "./lib/wrk";

const { values } = parseArgs({
  options: {
    other: { type: "string" },
    database: { type: "string", default: "dyad_bench_reads" },
    rounds: { type: "string", default: "6" },
    seconds: { type: "string", default: "3" },
    server: {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
    port: { type: "string", default: "3395" },
  },
});
if (!values.other) throw new Error("--other: the checkout whose apps/web build to compare with");
const url = new URL(values.server);
url.pathname = `/${values.database}`;
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
const { rows } = await client.query<{ slug: string }>(
  `SELECT r.slug FROM relation r WHERE EXISTS (SELECT 1 FROM fact f WHERE f.relation_id = r.id) ORDER BY r.slug LIMIT 20`,
);
await client.end();
const slugs = rows.map((r) => r.slug);
const seconds = Number(values.seconds);
const port = Number(values.port);
const builds = [
  { name: "other", dir: path.join(path.resolve(values.other), "apps", "web") },
  { name: "this", dir: WEB_DIR },
];
const servers = await Promise.all(
  builds.map((b, i) => startApp(b.dir, url.toString(), port + i, { DYAD_BENCH_FLOOR: "1" })),
);
// A query string no cache has seen (a new limit from 100 to 1000: the same 100 facts), per
// server: 18,020 of them, 2,000 a slice (more than a slice can ask at these rates). One wrk
// thread, which starts at a random path and goes on in order, so no path is asked twice.
const SLICE = 2000;
const nextPath = servers.map(() => 0);
const uncached = (server: number) =>
  Array.from({ length: SLICE }, () => {
    const i = nextPath[server] ?? 0;
    nextPath[server] = i + 1;
    if (i >= 18_020) throw new Error("out of uncached paths: fewer --rounds");
    return `/api/v1/relations/${slugs[i % slugs.length]}/facts?limit=${100 + Math.floor(i / slugs.length)}`;
  });
try {
  const bytes = (await (await fetch(`${servers[0]?.url}/api/v1/relations/${slugs[0]}/facts`)).arrayBuffer()).byteLength;
  const floor = [`/api/bench-floor?bytes=${bytes}`];
  for (const [i, s] of servers.entries()) {
    for (const p of uncached(i).slice(0, 20)) await (await fetch(`${s.url}${p}`)).arrayBuffer();
    await wrk({ baseUrl: s.url, paths: uncached(i), connections: 8, seconds: 2, threads: 1 });
    await wrk({ baseUrl: s.url, paths: floor, connections: 8, seconds: 1 });
    resetPeakRss(s.pid);
  }
  const sums = servers.map(() => ({ reads: 0, floor: 0, cpu: 0, floorCpu: 0, ratios: [] as number[] }));
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [i, s] of servers.entries()) {
      const sum = sums[i] as (typeof sums)[number];
      let before = cpuSeconds(s.pid);
      const f = await wrk({ baseUrl: s.url, paths: floor, connections: 8, seconds, threads: 1 });
      sum.floorCpu += cpuSeconds(s.pid) - before;
      before = cpuSeconds(s.pid);
      const r = await wrk({ baseUrl: s.url, paths: uncached(i), connections: 8, seconds, threads: 1 });
      sum.cpu += cpuSeconds(s.pid) - before;
      sum.reads += r.rps * seconds;
      sum.floor += f.rps * seconds;
      sum.ratios.push(r.rps / f.rps);
    }
  }
  const window = Number(values.rounds) * seconds;
  console.log(
    "| build | uncached reads/s | floor req/s | read / floor (median of slices) | server CPU per read / per floor answer | peak RSS |",
  );
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const [i, s] of servers.entries()) {
    const sum = sums[i] as (typeof sums)[number];
    const median = [...sum.ratios].sort((a, b) => a - b)[Math.floor(sum.ratios.length / 2)] ?? 0;
    console.log(
      `| ${builds[i]?.name} (${builds[i]?.dir}) | ${(sum.reads / window).toFixed(0)} | ${(sum.floor / window).toFixed(0)} | ${(sum.reads / sum.floor).toFixed(2)}× (${median.toFixed(2)}×) | ${((1000 * sum.cpu) / sum.reads).toFixed(2)} ms / ${((1000 * sum.floorCpu) / sum.floor).toFixed(2)} ms | ${rssMb(s.pid, "VmHWM").toFixed(0)} MB |`,
    );
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
process.exit(0);
