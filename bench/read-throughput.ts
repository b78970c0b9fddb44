// Public reads over HTTP as throughput ratios (issue 21): each read against the framework's floor
// (a route in the same production server answering a precomputed body of the same size with the
// same headers, apps/web/app/api/bench-floor) and against its raw SQL (closed loop on a pg pool
// with as many connections), at 1 and 8 connections, cached and uncached, in one run. Run on its
// own with `pnpm --filter @dyad/bench exec tsx read-throughput.ts [--seconds N] [--profile]`, or
// from run.ts. --profile also writes a CPU profile of the server (node --cpu-prof) under uncached
// reads and prints where its time goes. Exits non-zero only when a run fails.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateSynthetic } from "@dyad/db/synthetic";
import pg from "pg";
import { asOfQuery, NOW_SQL } from "./as-of-reads";
import { createBenchDatabase } from "./lib/bench-database";
import { cpuSeconds, resetPeakRss, rssMb } from "./lib/memory";
import { startWeb } from "./lib/web-server";
import { wrk } from "./lib/wrk";
import { type SearchAnswer, searchReference } from "./search-reference";

const HISTORY_SQL = `
  SELECT p.at, p.revision_id, r.id, r.number, r.kind, r.section, r.data, r.statement, r.valid_from, r.valid_to
  FROM publication p LEFT JOIN fact_revision r ON r.id = p.revision_id
  WHERE p.fact_id = $1 ORDER BY p.at, p.id`;

export interface ThroughputRow {
  read: string;
  connections: number;
  rps: number;
  floorRps: number;
  sqlRps: number | null;
  bytes: number;
  /** The server's CPU time per request (user + system), ms, for the read and for its floor. */
  cpuMs: number | null;
  floorCpuMs: number | null;
}

export interface ThroughputFigures {
  seconds: number;
  rows: ThroughputRow[];
  /** The server's resident set after the warm-up and its peak over the measured reads, MB. */
  memory: { warmRssMb: number; peakRssMb: number } | null;
}

/** Past instants in the synthetic publication history, a millisecond apart: never the same key twice. */
function instants(n: number, from: number, spread: number, salt: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    new Date(from + ((i * 7_919_993 + salt * 104_729) % spread) + (i % 1000)).toISOString(),
  );
}

export async function benchReadThroughput(options: {
  databaseUrl: string;
  webUrl: string;
  seconds: number;
  slugs: string[];
  /** The server process, for its memory (VmRSS, VmHWM) and CPU time. */
  serverPid?: number;
  /** Reads to leave out, by words of their names. */
  without?: string[];
}): Promise<ThroughputFigures> {
  const { webUrl, seconds, slugs } = options;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 8 });
  try {
    const { rows: factRows } = await pool.query<{ id: string }>(
      "SELECT id FROM fact WHERE published_revision_id IS NOT NULL ORDER BY id LIMIT 100",
    );
    const factIds = factRows.map((r) => r.id);
    const { rows: span } = await pool.query<{ first: Date; last: Date }>(
      "SELECT min(at) AS first, max(at) AS last FROM publication",
    );
    const first = span[0]?.first.getTime() ?? 0;
    const last = span[0]?.last.getTime() ?? 0;
    // As of a past instant: inside the history. Uncached history: just after the last publication
    // (the same versions as now, through the as-of path, never cached).
    const pastAt = (salt: number) => instants(4000, first + (last - first) / 4, (last - first) / 2, salt);
    const recentAt = (salt: number) => instants(4000, last + 1000, 86_400_000, salt);

    await sameFacts(pool, webUrl, slugs[0] as string, factIds[0] as string, pastAt(0)[0] as string);
    if (!options.without?.some((w) => "search".includes(w))) {
      await sameSearch(pool, webUrl, [
        searchTerm(slugs[0] as string),
        String(foundYear(0)),
        ...FOUND_TERMS,
        "verzion 3",
      ]);
    }

    const size = async (p: string) => (await (await fetch(`${webUrl}${p}`)).arrayBuffer()).byteLength;
    const etags = await Promise.all(
      slugs.map(async (s) => (await fetch(`${webUrl}/api/v1/relations/${s}/facts`)).headers.get("etag") ?? ""),
    );
    const factsBytes = await size(`/api/v1/relations/${slugs[0]}/facts`);
    const factBytes = await size(`/api/v1/facts/${factIds[0]}`);
    // Not the pages left out: a search on the 10 M-revision database, loaded without search's indexes, takes minutes.
    const leftOut = (read: string) => options.without?.some((w) => read.includes(w)) ?? false;
    const pageBytes = leftOut("relation page HTML") ? 0 : await size(`/relations/${slugs[0]}`);
    const searchBytes = leftOut("search page HTML")
      ? 0
      : await size(`/search?q=${encodeURIComponent(searchTerm(slugs[0] as string))}`);
    const foundBytes = leftOut("search page HTML") ? 0 : await size(`/search?q=${foundYear(0)}`);

    const sqlLoops = {
      now: (i: number) => pool.query(NOW_SQL, [slugs[i % slugs.length]]),
      asOf: (i: number) => pool.query(asOfQuery(slugs[i % slugs.length] as string, pastAt(9)[i % 4000] as string)),
      history: (i: number) => pool.query(HISTORY_SQL, [factIds[i % factIds.length]]),
    };
    const allReads: {
      read: string;
      /** Paths for one slice; `salt` (0 to 5) keeps the uncached reads' slices apart. */
      paths: (salt: number) => string[];
      headers?: Record<string, string>[];
      floor: string;
      sql?: keyof typeof sqlLoops;
    }[] = [
      {
        read: "relation facts, now, cached",
        paths: () => slugs.map((s) => `/api/v1/relations/${s}/facts`),
        floor: `/api/bench-floor?bytes=${factsBytes}`,
        sql: "now",
      },
      {
        read: "relation facts, now, conditional (304)",
        paths: () => slugs.map((s) => `/api/v1/relations/${s}/facts`),
        headers: etags.map((e) => ({ "If-None-Match": e })),
        floor: "/api/bench-floor?bytes=0",
        sql: "now",
      },
      {
        // A query string no cache has seen: each limit from 100 up gives the same 100 facts.
        read: "relation facts, now, uncached",
        paths: (salt) =>
          Array.from(
            { length: 120 * slugs.length },
            (_, i) =>
              `/api/v1/relations/${slugs[i % slugs.length]}/facts?limit=${100 + salt * 120 + Math.floor(i / slugs.length)}`,
          ),
        floor: `/api/bench-floor?bytes=${factsBytes}`,
        sql: "now",
      },
      {
        read: "relation facts, as of a past instant",
        paths: (salt) => pastAt(salt).map((at, i) => `/api/v1/relations/${slugs[i % slugs.length]}/facts?asOf=${at}`),
        floor: `/api/bench-floor?bytes=${factsBytes}`,
        sql: "asOf",
      },
      {
        read: "fact history, cached",
        paths: () => factIds.map((id) => `/api/v1/facts/${id}`),
        floor: `/api/bench-floor?bytes=${factBytes}`,
        sql: "history",
      },
      {
        read: "fact history, uncached",
        paths: (salt) => recentAt(salt).map((at, i) => `/api/v1/facts/${factIds[i % factIds.length]}?asOf=${at}`),
        floor: `/api/bench-floor?bytes=${factBytes}`,
        sql: "history",
      },
      {
        read: "relation page HTML",
        paths: () => slugs.map((s) => `/relations/${s}`),
        floor: `/api/bench-floor?type=html&bytes=${pageBytes}`,
      },
      {
        read: "search page HTML, facts found",
        paths: () => slugs.map((_, i) => `/search?q=${foundYear(i)}`),
        floor: `/api/bench-floor?type=html&bytes=${foundBytes}`,
      },
      {
        read: "search page HTML, nothing found",
        paths: () => slugs.map((s) => `/search?q=${encodeURIComponent(searchTerm(s))}`),
        floor: `/api/bench-floor?type=html&bytes=${searchBytes}`,
      },
    ];

    const reads = allReads.filter((r) => !options.without?.some((w) => r.read.includes(w)));
    // Warm up: JIT, pools, caches of the cached variants (each first asked once on its own: a
    // page's first render can take longer than a loaded machine's second of wrk).
    for (const r of reads) {
      for (const p of r.paths(6).slice(0, 20)) await (await fetch(`${webUrl}${p}`)).arrayBuffer();
      await wrk({ baseUrl: webUrl, paths: r.paths(6).slice(0, 200), connections: 2, seconds: 1 });
    }
    const warmRssMb = options.serverPid ? rssMb(options.serverPid, "VmRSS") : 0;
    if (options.serverPid) resetPeakRss(options.serverPid);

    // Each read and its floor alternate in short slices (three each) and their requests are
    // summed, so a busy neighbour slows both alike; the raw SQL runs once per shape and width.
    const rows: ThroughputRow[] = [];
    const sqls = new Map<string, number>();
    const slice = Math.max(1, Math.round(seconds / 3));
    for (const connections of [1, 8]) {
      for (const r of reads) {
        let floorRps = 0;
        let measured = { rps: 0, bytes: 0 };
        const cpu = { read: 0, floor: 0 };
        const pid = options.serverPid;
        for (let round = 0; round < 3; round++) {
          let before = pid ? cpuSeconds(pid) : 0;
          const f = await wrk({ baseUrl: webUrl, paths: [r.floor], connections, seconds: slice });
          if (pid) cpu.floor += (cpuSeconds(pid) - before) / (f.rps * slice * 3);
          floorRps += f.rps / 3;
          before = pid ? cpuSeconds(pid) : 0;
          const m = await wrk({
            baseUrl: webUrl,
            paths: r.paths((connections === 1 ? 0 : 3) + round),
            headers: r.headers,
            connections,
            seconds: slice,
          });
          if (pid) cpu.read += (cpuSeconds(pid) - before) / (m.rps * slice * 3);
          measured = { rps: measured.rps + m.rps / 3, bytes: m.bytes };
        }
        let sqlRps: number | null = null;
        if (r.sql) {
          const sqlKey = `${r.sql}:${connections}`;
          if (!sqls.has(sqlKey)) sqls.set(sqlKey, await closedLoop(sqlLoops[r.sql], connections, seconds));
          sqlRps = sqls.get(sqlKey) ?? null;
        }
        const row = {
          read: r.read,
          connections,
          rps: measured.rps,
          floorRps,
          sqlRps,
          bytes: measured.bytes,
          cpuMs: pid ? cpu.read * 1000 : null,
          floorCpuMs: pid ? cpu.floor * 1000 : null,
        };
        rows.push(row);
        console.log(throughputLine(row));
      }
    }
    const memory = options.serverPid ? { warmRssMb, peakRssMb: rssMb(options.serverPid, "VmHWM") } : null;
    if (memory) console.log(memoryLine(memory));
    return { seconds, rows, memory };
  } finally {
    await pool.end();
  }
}

/** A country's name, varied by relation (synthetic statements do not contain it: nothing is found). */
const searchTerm = (slug: string) => slug.split("-")[0] ?? slug;
/**
 * A year of valid time, varied by relation: synthetic facts start from 1990 to 2022, so each
 * finds about 300 of the 10,000 facts of a 100,000-revision database (a page of 20 and facets).
 */
const foundYear = (i: number) => 1990 + ((i * 7) % 33);
/** Words synthetic statements contain ("Synthetic fact … says version 3."): for the answers check. */
const FOUND_TERMS = Array.from({ length: 10 }, (_, i) => `version ${i + 1}`);

/** `connections` workers calling `work` back to back for `seconds`: calls per second. */
async function closedLoop(work: (i: number) => Promise<unknown>, connections: number, seconds: number) {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, w) => {
      for (let i = w; performance.now() < until; i += connections) {
        await work(i);
        done++;
      }
    }),
  );
  return done / seconds;
}

/** Every HTTP variant must read the same facts as the raw SQL, or the ratios mean nothing. */
async function sameFacts(pool: pg.Pool, webUrl: string, slug: string, factId: string, pastAt: string) {
  const ids = (list: string[]) => [...new Set(list)].sort().join();
  const api = async (p: string) => {
    const response = await fetch(`${webUrl}${p}`);
    if (!response.ok) throw new Error(`${p} answered ${response.status}`);
    return (await response.json()) as { data: { factId: string; revisions?: { revisionId: string }[] }[] };
  };
  const sqlNow = ids((await pool.query(NOW_SQL, [slug])).rows.map((r) => r.fact_id));
  const sqlPast = ids((await pool.query(asOfQuery(slug, pastAt))).rows.map((r) => r.fact_id));
  const nowCached = ids((await api(`/api/v1/relations/${slug}/facts`)).data.map((f) => f.factId));
  const nowUncached = ids((await api(`/api/v1/relations/${slug}/facts?limit=1000`)).data.map((f) => f.factId));
  const past = ids((await api(`/api/v1/relations/${slug}/facts?asOf=${pastAt}`)).data.map((f) => f.factId));
  if (sqlNow === "" || nowCached !== sqlNow || nowUncached !== sqlNow || past !== sqlPast) {
    throw new Error(`The HTTP reads do not return the same facts as the raw SQL for ${slug}`);
  }
  const sqlHistory = ids(
    (await pool.query(HISTORY_SQL, [factId])).rows.flatMap((r) => (r.revision_id ? [r.revision_id] : [])),
  );
  const fact = (await api(`/api/v1/facts/${factId}`)) as unknown as { data: { revisions: { revisionId: string }[] } };
  if (ids(fact.data.revisions.map((r) => r.revisionId)) !== sqlHistory) {
    throw new Error(`The fact's history over HTTP is not the raw SQL's for ${factId}`);
  }
}

/** The indexed search must answer what the full scan it replaced answered (search-reference.ts). */
async function sameSearch(pool: pg.Pool, webUrl: string, terms: string[]) {
  for (const q of terms) {
    const response = await fetch(`${webUrl}/api/v1/search?q=${encodeURIComponent(q)}&limit=50`);
    if (!response.ok) throw new Error(`search for ${q} answered ${response.status}`);
    const body = (await response.json()) as {
      data: { facts: SearchAnswer["facts"] };
      meta: { total: number; facets: { kinds: SearchAnswer["kinds"] } };
    };
    const answer: SearchAnswer = {
      facts: body.data.facts.map((f) => ({ factId: f.factId, exact: f.exact })),
      total: body.meta.total,
      kinds: body.meta.facets.kinds,
    };
    if (JSON.stringify(answer) !== JSON.stringify(await searchReference(pool, q, 50))) {
      throw new Error(`The search for "${q}" does not answer what the full scan answers`);
    }
  }
}

const x = (a: number, b: number | null) => (b ? `${(a / b).toFixed(2)}×` : "–");

const cpu = (ms: number | null) => (ms === null ? "–" : `${ms.toFixed(2)} ms`);

export function throughputLine(r: ThroughputRow): string {
  return `| ${r.read} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.floorRps.toFixed(0)} | **${x(r.rps, r.floorRps)}** | ${r.sqlRps?.toFixed(0) ?? "–"} | ${x(r.rps, r.sqlRps)} | ${cpu(r.cpuMs)} / ${cpu(r.floorCpuMs)} | ${(r.bytes / 1024).toFixed(1)} KB |`;
}

export const memoryLine = (m: { warmRssMb: number; peakRssMb: number }) =>
  `Server memory: ${m.warmRssMb.toFixed(0)} MB resident after the warm-up, ${m.peakRssMb.toFixed(0)} MB at its peak under the reads.`;

export function throughputLines(f: ThroughputFigures): string[] {
  return [
    "| read | connections | req/s | floor req/s | read / floor | raw SQL q/s | read / SQL | server CPU per request: read / floor | bytes/response |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...f.rows.map(throughputLine),
    ...(f.memory ? ["", memoryLine(f.memory)] : []),
  ];
}

/**
 * Self time of a CPU profile by where the code lives (our packages, Next.js, React, pg, Prisma,
 * zod, node internals, GC), the heaviest functions under each: where a request's time goes.
 */
export function profileSummary(file: string, top = 25, skipMs = 0): string[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byArea = new Map<string, number>();
  let total = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    elapsed += dt;
    if (!node || elapsed < skipMs * 1000) return;
    total += dt;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + dt);
    const key = `${functionName || "(anonymous)"} ${url.replace(/.*node_modules\//, "").replace(/.*\/wt-perf\//, "")}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const pct = (t: number) => `${((100 * t) / total).toFixed(1)}%`;
  return [
    "Self time by area:",
    ...[...byArea].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${pct(v)}  ${k}`),
    `Top ${top} functions by self time:`,
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${pct(v)}  ${k}`),
  ];
}

function areaOf(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "native";
  if (url.startsWith("node:")) return "node internals";
  for (const [area, pattern] of [
    ["next", /node_modules\/next\//],
    ["react", /react-dom|react-server|\/react\//],
    ["prisma", /@prisma|generated\/prisma/],
    ["pg", /node_modules\/pg/],
    ["zod", /node_modules\/zod/],
    ["dyad (packages/db, apps)", /packages\/db|apps\/web|\.next\/server/],
  ] as const) {
    if (pattern.test(url)) return area;
  }
  return "other";
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "5" },
      profile: { type: "boolean", default: false },
      // Scaling (issue 21): the same reads on a larger history. Relations of 100 facts × 10
      // revisions; past 100, as in run.ts, the first 100 (seed 1) and the rest (seed 2), so the 20
      // relations read are the same ones at every size. --keep reuses a database already loaded.
      relations: { type: "string", default: "20" },
      database: { type: "string", default: "dyad_bench_reads" },
      keep: { type: "boolean", default: false },
      // Reads to leave out, by words of their names (e.g. "search": a database loaded without
      // the search indexes, as the 10 M-revision one).
      without: { type: "string", default: "" },
      port: { type: "string", default: "3391" },
      server: {
        type: "string",
        default: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
      },
    },
  });
  const relations = Number(values.relations);
  const existing = new URL(values.server);
  existing.pathname = `/${values.database}`;
  const without = values.without ? values.without.split(",") : [];
  // Search's indexes only when search is read (the 10 M-revision database loads without them).
  const url = values.keep
    ? existing.toString()
    : await createBenchDatabase(values.server, values.database, { keepSearchIndexes: !without.includes("search") });
  if (!values.keep) {
    const scale = { factsPerRelation: 100, revisionsPerFact: 10 };
    const loaded = [
      ...(await generateSynthetic(url, { seed: 1, relations: Math.min(relations, 100), ...scale })),
      ...(relations > 100 ? await generateSynthetic(url, { seed: 2, relations: relations - 100, ...scale }) : []),
    ];
    for (const l of loaded) console.log(`loaded ${l.table}: ${l.rows} rows in ${l.seconds.toFixed(1)} s`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (!values.keep) await client.query("ANALYZE");
  const { rows: sizes } = await client.query<{ n: string }>("SELECT count(*) AS n FROM fact_revision");
  console.log(`${Number(sizes[0]?.n).toLocaleString("en")} revisions in ${values.database}`);
  // The first relations of seed 1 (generate-synthetic.ts names them md5('syn1:r:' || n)).
  const { rows } = await client.query<{ slug: string }>(
    `SELECT r.slug FROM relation r
     WHERE r.id IN (SELECT md5('syn1:r:' || n)::uuid FROM generate_series(1, 100) n)
       AND EXISTS (SELECT 1 FROM fact f WHERE f.relation_id = r.id) ORDER BY r.slug LIMIT 20`,
  );
  await client.end();
  const slugs = rows.map((r) => r.slug);
  const profileDir = path.join(os.tmpdir(), `dyad-bench-profile-${process.pid}`);
  const spawned = performance.now();
  let loadFrom = 0;
  const web = await startWeb(
    url,
    Number(values.port),
    { DYAD_BENCH_FLOOR: "1" },
    values.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  );
  try {
    if (values.profile) {
      // Only uncached reads, so the profile shows what a read costs rather than the cache; the
      // server's start and a warm-up (first requests load the route's modules) left out.
      const uncached = (from: number) =>
        slugs.flatMap((s) => Array.from({ length: 200 }, (_, i) => `/api/v1/relations/${s}/facts?limit=${from + i}`));
      // A few requests first, one at a time: the first ones load the route's modules, which can
      // take longer than wrk's 2 s on a loaded machine (it then counts no request and fails).
      for (const p of uncached(800).slice(0, 20)) await (await fetch(`${web.url}${p}`)).arrayBuffer();
      await wrk({ baseUrl: web.url, paths: uncached(600), connections: 8, seconds: 2 });
      loadFrom = performance.now() - spawned;
      const measured = await wrk({
        baseUrl: web.url,
        paths: uncached(100),
        connections: 8,
        seconds: Number(values.seconds) * 2,
      });
      console.log(`${measured.rps.toFixed(0)} uncached reads a second while profiled`);
    } else {
      const figures = await benchReadThroughput({
        databaseUrl: url,
        webUrl: web.url,
        seconds: Number(values.seconds),
        slugs,
        serverPid: web.pid,
        without,
      });
      console.log(throughputLines(figures).join("\n"));
    }
  } finally {
    await web.stop();
  }
  if (values.profile) {
    const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("no CPU profile written");
    console.log(`Profile: ${path.join(profileDir, file)}`);
    console.log(profileSummary(path.join(profileDir, file), 25, loadFrom).join("\n"));
  }
  process.exit(0);
}
