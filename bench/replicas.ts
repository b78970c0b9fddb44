// Public API read throughput with one vs two web instances and one vs two database servers
// (a primary alone, or a primary + a streaming replica), on this machine, as ratios. Run on its
// own with `pnpm --filter @dyad/bench exec tsx replicas.ts [--seconds N]`, or from run.ts.
// Exits non-zero only when a run fails, never because a number is slow.
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@dyad/db";
import { migrate, REPO_ROOT, serverArgs } from "@dyad/db/dev";
import { isListening, stopChild } from "@dyad/db/embedded";
import { generateSynthetic, seedCountries } from "@dyad/db/synthetic";
import { startReplicatedCluster } from "../tests/setup/replica-cluster";
import { freePort } from "../tests/setup/test-database";

export interface ReplicaFigures {
  seconds: number;
  /** requests/s of each configuration: instances × database servers. */
  rps: { i1db1: number; i2db1: number; i1db2: number; i2db2: number };
}

/**
 * Each request is a read of one relation's facts at a random past instant (milliseconds apart:
 * never the same cache key twice, so every request reads the database, like a CDN miss), spread
 * over 20 relations of 100 facts. One web instance gets wrk -t2 -c16; two get -t1 -c8 each.
 * Every request also counts against the API rate limit, a write on the primary.
 */
export async function benchReplicas(options: { seconds: number }): Promise<ReplicaFigures> {
  execFileSync("sh", ["-c", "command -v wrk"], { stdio: "ignore" });
  const cluster = await startReplicatedCluster("dyad_bench_replicas");
  const saved = process.env.DATABASE_URL;
  // The caller's client may be open on another database: this one must be the cluster's.
  await disconnectDb();
  try {
    process.env.DATABASE_URL = cluster.primaryUrl;
    await migrate(cluster.primaryUrl);
    await getDb().$transaction((tx) => seedCountries(tx));
    await generateSynthetic(cluster.primaryUrl, { seed: 7, relations: 20, factsPerRelation: 100, revisionsPerFact: 5 });
    const slugs = (
      await getDb().relation.findMany({ where: { facts: { some: {} } }, select: { slug: true }, take: 20 })
    ).map((r) => r.slug);
    // Fresh statistics (the loader bypasses autovacuum's thresholds); the replica gets them too.
    await getDb().$executeRawUnsafe("ANALYZE");
    await disconnectDb();
    // Let the replica replay the load before measuring.
    for (;;) {
      const [p] = await cluster.query<{ lsn: string }>("primary", "SELECT pg_current_wal_lsn()::text AS lsn");
      const [r] = await cluster.query<{ ok: boolean }>(
        "replica",
        `SELECT pg_last_wal_replay_lsn() >= '${p?.lsn}'::pg_lsn AS ok`,
      );
      if (r?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const script = path.join(os.tmpdir(), `dyad-bench-replicas-${process.pid}.lua`);
    writeFileSync(
      script,
      `local slugs = { ${slugs.map((s) => `"${s}"`).join(", ")} }
math.randomseed(os.time())
request = function()
  local slug = slugs[math.random(#slugs)]
  local t = 1609459200 + math.random(0, 63072000)
  local ms = math.random(0, 999)
  local asOf = os.date("!%Y-%m-%dT%H:%M:%S", t) .. string.format(".%03dZ", ms)
  return wrk.format("GET", "/api/v1/relations/" .. slug .. "/facts?asOf=" .. asOf)
end
`,
    );
    const measure = async (instances: number, replicas: boolean) => {
      const apps = await Promise.all(
        Array.from({ length: instances }, () =>
          startWeb({
            DATABASE_URL: cluster.primaryUrl,
            DATABASE_REPLICA_URLS: replicas ? cluster.replicaUrl : "",
            DYAD_API_RATE_LIMIT: "1000000000",
            DATABASE_POOL_SIZE: "5",
          }),
        ),
      );
      try {
        const threads = instances === 1 ? ["-t2", "-c16"] : ["-t1", "-c8"];
        const wrk = (url: string, seconds: number) =>
          new Promise<number>((resolve, reject) => {
            let out = "";
            const child = spawn("wrk", [...threads, `-d${seconds}s`, "--timeout", "10s", "-s", script, url]);
            child.stdout.on("data", (c) => (out += c));
            child.on("close", (code) => {
              const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
              if (code !== 0 || !Number.isFinite(rps) || /Non-2xx|timeout [1-9]/.test(out))
                reject(new Error(`wrk failed:\n${out}`));
              else resolve(rps);
            });
          });
        await Promise.all(apps.map((a) => wrk(a.url, 2))); // warm up: JIT, pools, horizon
        const rps = await Promise.all(apps.map((a) => wrk(a.url, options.seconds)));
        return rps.reduce((a, b) => a + b, 0);
      } finally {
        await Promise.all(apps.map((a) => a.stop()));
      }
    };
    const rps = {
      i1db1: await measure(1, false),
      i2db1: await measure(2, false),
      i1db2: await measure(1, true),
      i2db2: await measure(2, true),
    };
    return { seconds: options.seconds, rps };
  } finally {
    await disconnectDb();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await cluster.stop();
  }
}

async function startWeb(env: Record<string, string>) {
  const webDir = path.join(REPO_ROOT, "apps", "web");
  const port = await freePort();
  const child = spawn(process.execPath, serverArgs(webDir), {
    cwd: webDir,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  const started = Date.now();
  while (!(await isListening(port))) {
    if (child.exitCode !== null || Date.now() - started > 60_000) throw new Error("the web app did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export function replicaLines(f: ReplicaFigures): string[] {
  const r = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  return [
    `| web instances × database servers | req/s | vs 1 × 1 |`,
    `| --- | --- | --- |`,
    `| 1 × primary | ${f.rps.i1db1.toFixed(0)} | 1.00× |`,
    `| 2 × primary | ${f.rps.i2db1.toFixed(0)} | ${r(f.rps.i2db1, f.rps.i1db1)} |`,
    `| 1 × primary + replica | ${f.rps.i1db2.toFixed(0)} | ${r(f.rps.i1db2, f.rps.i1db1)} |`,
    `| 2 × primary + replica | ${f.rps.i2db2.toFixed(0)} | ${r(f.rps.i2db2, f.rps.i1db1)} |`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "8" } } });
  const figures = await benchReplicas({ seconds: Number(values.seconds) });
  console.log(replicaLines(figures).join("\n"));
  console.log(`(${os.cpus().length} cores; ${figures.seconds} s per configuration)`);
}
