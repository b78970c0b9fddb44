import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createFact, disconnectDb, getDb, getFact, publishFact, reviseFact } from "@dyad/db";
import { migrate } from "@dyad/db/dev";
import { seed } from "@dyad/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticIp } from "../setup/api-client";
import { relationScenario } from "../setup/api-factories";
import { startApp } from "../setup/apps";
import { generalFact, unique } from "../setup/factories";
import { type ReplicatedCluster, startReplicatedCluster } from "../setup/replica-cluster";

/**
 * Scale-out on streaming replication: a private primary + replica (PostgreSQL 15), two
 * instances of the public site behind one address (a round-robin proxy), revalidations shared
 * through Redis (127.0.0.1:6379).
 */
type App = Awaited<ReturnType<typeof startApp>>;

describe("two web instances on a primary and a streaming replica", () => {
  let cluster: ReplicatedCluster;
  let webs: App[] = [];
  let proxy: http.Server;
  let proxyUrl: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    cluster = await startReplicatedCluster();
    await disconnectDb();
    // This process acts as the editor app: primary + replica configured, like every instance.
    process.env.DATABASE_URL = cluster.primaryUrl;
    process.env.DATABASE_REPLICA_URLS = cluster.replicaUrl;
    await migrate(cluster.primaryUrl);
    await seed({ adminEmail: "admin@dyad.test", adminPassword: `test-${unique()}` });
    const secret = randomBytes(24).toString("base64url");
    const env = {
      DATABASE_URL: cluster.primaryUrl,
      DATABASE_REPLICA_URLS: cluster.replicaUrl,
      DATABASE_POOL_SIZE: "3",
      DYAD_REVALIDATE_SECRET: secret,
      DYAD_REDIS_URL: "redis://127.0.0.1:6379",
      DYAD_CACHE_NAMESPACE: `dyad:test:${unique()}`,
      DYAD_DEBUG_READS: "1",
    };
    webs = await Promise.all([startApp("apps/web", env), startApp("apps/web", env)]);
    let turn = 0;
    proxy = http.createServer((req, res) => {
      const target = new URL(req.url ?? "/", (webs[turn++ % webs.length] as App).url);
      const upstream = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    // Publishing from this process notifies the one public address, as the editor app does.
    process.env.DYAD_WEB_URL = proxyUrl;
    process.env.DYAD_REVALIDATE_SECRET = secret;
  }, 180_000);

  afterAll(async () => {
    proxy?.close();
    await Promise.all(webs.map((w) => w.stop()));
    await disconnectDb();
    await cluster?.stop();
    process.env = saved;
  });

  const ip = syntheticIp();
  const get = (base: string, path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers: { "x-forwarded-for": ip, ...headers }, redirect: "manual" });

  async function publishedScenario(statement: string) {
    const scenario = await relationScenario();
    const created = await createFact({
      relationId: scenario.relation.id,
      content: generalFact(statement),
      note: "replication test",
      actor: scenario.editor,
    });
    await publishFact({ factId: created.factId, actor: scenario.reviewer });
    return { ...scenario, factId: created.factId };
  }

  /** Connections of the web apps' replica pools, as the replica itself sees them. */
  const replicaReads = async () =>
    Number(
      (
        await cluster.query<{ n: string }>(
          "replica",
          "SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'dyad-replica-read'",
        )
      )[0]?.n,
    );

  it("serves public reads from the replica (in recovery), on both instances", async () => {
    const { relation } = await publishedScenario("Read from a replica.");
    // A settled past instant is never in Next's data cache: each request reads the database.
    await new Promise((r) => setTimeout(r, 20));
    const asOf = encodeURIComponent(new Date(Date.now() - 5).toISOString());
    for (const web of webs) {
      const response = await get(web.url, `/api/v1/relations/${relation.slug}/facts?asOf=${asOf}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-dyad-read")).toBe("replica");
      const body = (await response.json()) as { data: { statement: string }[] };
      expect(body.data.map((f) => f.statement)).toContain("Read from a replica.");
    }
    const page = await get(proxyUrl, `/relations/${relation.slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Read from a replica.");
    expect(await replicaReads()).toBeGreaterThan(0);
    const [recovery] = await cluster.query<{ r: boolean }>("replica", "SELECT pg_is_in_recovery() AS r");
    expect(recovery?.r).toBe(true);
  });

  it("sends writes to the primary, and a writer reads its own write at once on the other instance", async () => {
    const { relation, factId } = await publishedScenario("Before the edit.");
    const { createApiToken } = await import("@dyad/db");
    const { createUser } = await import("../setup/factories");
    const editor = await createUser("EDITOR");
    const { secret } = await createApiToken({ actor: editor.actor, name: `t ${unique()}`, scopes: ["facts:write"] });
    const auth = { authorization: `Bearer ${secret}` };
    // Through the one address: the write lands on one instance, the read on the other.
    const before = await get(proxyUrl, `/api/v1/facts/${factId}/draft`, auth);
    expect(before.status).toBe(200);
    const etag = before.headers.get("etag") ?? "";
    const write = await fetch(`${proxyUrl}/api/v1/facts/${factId}`, {
      method: "PATCH",
      headers: { ...auth, "content-type": "application/json", "if-match": etag, "x-forwarded-for": ip },
      body: JSON.stringify({ content: { statement: "After the edit." }, note: "edited over the API" }),
    });
    expect(write.status, await write.clone().text()).toBe(200);
    const draft = await get(proxyUrl, `/api/v1/facts/${factId}/draft`, auth);
    expect(draft.status).toBe(200);
    expect(JSON.stringify(await draft.json())).toContain("After the edit.");
    // The write is on the primary; the replica gets it by replication, not by a write of ours.
    const rows = await cluster.query<{ n: string }>(
      "primary",
      `SELECT count(*) AS n FROM fact_revision WHERE fact_id = '${factId}'`,
    );
    expect(Number(rows[0]?.n)).toBe(2);
    expect(relation.slug).toBeTruthy();
  });

  it("lets an editor see their own save immediately (editor reads use the primary)", async () => {
    const { factId, editor } = await publishedScenario("First words.");
    const current = await getFact({ factId });
    // Lag on demand: the replica replays nothing until resumed.
    await cluster.pauseReplay(true);
    try {
      await reviseFact({
        factId,
        expectedRevisionId: current.draft?.revisionId ?? "",
        content: generalFact("Second words."),
        note: "revised",
        actor: editor,
      });
      expect((await getFact({ factId })).draft?.statement).toBe("Second words.");
    } finally {
      await cluster.pauseReplay(false);
    }
  });

  it("shows a publish on both instances at once, and never an older version from a lagging replica", async () => {
    const { relation, factId, editor, reviewer } = await publishedScenario("Version one.");
    // Both instances cache the page and the API answer about now.
    for (const web of webs) {
      expect(await (await get(web.url, `/relations/${relation.slug}`)).text()).toContain("Version one.");
      expect(await (await get(web.url, `/api/v1/relations/${relation.slug}/facts`)).text()).toContain("Version one.");
    }
    await cluster.pauseReplay(true);
    try {
      const current = await getFact({ factId });
      await reviseFact({
        factId,
        expectedRevisionId: current.draft?.revisionId ?? "",
        content: generalFact("Version two."),
        note: "second version",
        actor: editor,
      });
      // Publishing notifies the one address (one instance); Redis carries it to the other.
      await publishFact({ factId, actor: reviewer });
      for (const web of webs) {
        const page = await (await get(web.url, `/relations/${relation.slug}`)).text();
        expect(page).toContain("Version two.");
        expect(page).not.toContain("Version one.");
        const api = await get(web.url, `/api/v1/relations/${relation.slug}/facts`);
        // The replica is behind the publish: the read floor sends these reads to the primary.
        expect(api.headers.get("x-dyad-read")).toBe("primary");
        expect(await api.text()).toContain("Version two.");
      }
    } finally {
      await cluster.pauseReplay(false);
    }
    // Caught up: back on the replica, still the new version.
    const start = Date.now();
    let by: string | null = null;
    while (Date.now() - start < 5_000) {
      await new Promise((r) => setTimeout(r, 50));
      const asOf = encodeURIComponent(new Date(Date.now() - 1_000).toISOString());
      const response = await get(webs[0]?.url ?? "", `/api/v1/relations/${relation.slug}/facts?asOf=${asOf}`);
      by = response.headers.get("x-dyad-read");
      expect(await response.text()).toContain("Version two.");
      if (by === "replica") break;
    }
    expect(by).toBe("replica");
  });

  it("falls back to the primary with no error when the replica stops", async () => {
    const { relation } = await publishedScenario("Still readable.");
    await cluster.stopReplica();
    try {
      for (let i = 0; i < 4; i++) {
        for (const web of webs) {
          const asOf = encodeURIComponent(new Date(Date.now() - 5).toISOString());
          const response = await get(web.url, `/api/v1/relations/${relation.slug}/facts?asOf=${asOf}`);
          expect(response.status).toBe(200);
          expect(response.headers.get("x-dyad-read")).toBe("primary");
          expect(await response.text()).toContain("Still readable.");
        }
      }
      const page = await get(proxyUrl, `/search?q=${encodeURIComponent("Still readable")}`);
      expect(page.status).toBe(200);
    } finally {
      await cluster.startReplica();
    }
    expect(await getDb().relation.count()).toBeGreaterThan(0);
  });
});
