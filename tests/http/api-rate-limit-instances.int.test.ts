import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp } from "../setup/apps";

/**
 * API rate limits are counted without the database (issue 21): in one instance's memory, or in
 * Redis shared by every instance (DYAD_REDIS_URL; Redis runs on 127.0.0.1:6379 where the tests
 * run). Exact either way: of 320 requests in one window of 300, 20 are refused. Apps of our own,
 * with a window of an hour so it cannot roll over during a test. Each test's client is a fresh
 * address (the apps trust one proxy hop, so X-Forwarded-For names it), so runs sharing the Redis
 * never spend each other's budgets.
 */
const LIMIT = 300;
const REDIS = "redis://127.0.0.1:6379";

let apps: Awaited<ReturnType<typeof startApp>>[] = [];
let memory: string;
let shared: [string, string];
let redisDown: string;

beforeAll(async () => {
  const env = {
    DATABASE_URL: inject("databaseUrl"),
    DATABASE_POOL_SIZE: "2",
    DYAD_API_RATE_LIMIT: String(LIMIT),
    DYAD_API_RATE_WINDOW_SECONDS: "3600",
  };
  apps = await Promise.all([
    startApp("apps/web", env),
    startApp("apps/web", { ...env, DYAD_REDIS_URL: REDIS }),
    startApp("apps/web", { ...env, DYAD_REDIS_URL: REDIS }),
    // Nothing listens on port 9: every instance counts on its own rather than not at all.
    startApp("apps/web", { ...env, DYAD_API_RATE_LIMIT: "5", DYAD_REDIS_URL: "redis://127.0.0.1:9" }),
  ]);
  memory = apps[0]?.url ?? "";
  shared = [apps[1]?.url ?? "", apps[2]?.url ?? ""];
  redisDown = apps[3]?.url ?? "";
}, 180_000);

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
});

// A client of its own is an IPv6 /64 of its own: addresses within one /64 share a budget.
const newClient = () =>
  `2001:db8:${randomBytes(4)
    .toString("hex")
    .replace(/(....)(....)/, "$1:$2")}::1`;

/** `n` requests from `client`, 20 at a time, spread over `bases` in turn: the statuses counted. */
async function send(bases: string[], client: string, n: number) {
  const statuses: number[] = [];
  for (let sent = 0; sent < n; sent += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, n - sent) }, async (_, i) => {
        const response = await fetch(`${bases[(sent + i) % bases.length]}/api/v1/countries`, {
          headers: { "x-forwarded-for": client },
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    statuses.push(...batch);
  }
  return { ok: statuses.filter((s) => s === 200).length, limited: statuses.filter((s) => s === 429).length };
}

describe("rate limits without a database write", () => {
  it("in one instance's memory: 320 requests in a window of 300 get 300 answers and 20 refusals", async () => {
    expect(await send([memory], newClient(), 320)).toEqual({ ok: LIMIT, limited: 20 });
    expect((await send([memory], newClient(), 1)).ok).toBe(1);
  });

  it("shared through Redis: two instances count one budget for a client", async () => {
    const client = newClient();
    expect(await send(shared, client, 320)).toEqual({ ok: LIMIT, limited: 20 });
    // Both instances now refuse that client, with the remaining budget at 0, and serve another one.
    for (const base of shared) {
      const response = await fetch(`${base}/api/v1/countries`, { headers: { "x-forwarded-for": client } });
      expect(response.status).toBe(429);
      expect(response.headers.get("ratelimit-remaining")).toBe("0");
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    }
    expect(await send(shared, newClient(), 2)).toEqual({ ok: 2, limited: 0 });
  });

  it("with Redis unreachable, reads are still answered and still limited, per instance", async () => {
    expect(await send([redisDown], newClient(), 6)).toEqual({ ok: 5, limited: 1 });
  });
});
