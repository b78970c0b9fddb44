import { describe, expect, it } from "vitest";
import { type ApiClient, apiClient, exhaustibleIp, expectProblem } from "../setup/api-client";
import { tokenFor } from "../setup/api-factories";

/**
 * Spend a client's whole budget as its RateLimit headers report it, then one more request. The
 * window may roll over meanwhile (the budget is per minute), so keep going until the first 429,
 * within two budgets.
 */
async function exhaust(client: ApiClient, path: string) {
  const first = await client.fetch(path);
  await first.arrayBuffer();
  const limit = Number(first.headers.get("ratelimit-limit"));
  expect(limit).toBeGreaterThan(0);
  expect(Number(first.headers.get("ratelimit-remaining"))).toBe(limit - 1);
  for (let sent = 1; sent <= 2 * limit + 1; sent += 10) {
    const batch = await Promise.all(Array.from({ length: 10 }, () => client.fetch(path)));
    const limited = batch.find((r) => r.status === 429);
    await Promise.all(batch.filter((r) => r !== limited).map((r) => r.arrayBuffer()));
    if (limited) return limited;
  }
  throw new Error(`no 429 after ${2 * limit + 1} requests`);
}

describe("rate limits", () => {
  it("answers 429 with Retry-After once a client address spends its budget, and only that address", async () => {
    const client = apiClient({ ip: exhaustibleIp() });
    const limited = await exhaust(client, "/api/v1/countries");
    const problem = await expectProblem(limited, 429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(problem.detail).toMatch(/Too many requests/);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");

    const neighbour = await apiClient().fetch("/api/v1/countries");
    expect(neighbour.status).toBe(200);
  });

  it("limits an API token on its own budget, wherever its requests come from", async () => {
    const { secret, token } = await tokenFor("EDITOR", ["facts:write"]);
    const path = `/api/v1/facts/${token.id}/draft`; // not a fact: a cheap 404 that still counts
    const limited = await exhaust(apiClient({ token: secret, ip: exhaustibleIp() }), path);
    await expectProblem(limited, 429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const elsewhere = await apiClient({ token: secret, ip: exhaustibleIp() }).fetch(path);
    expect(elsewhere.status).toBe(429);
    const anonymous = await apiClient().fetch("/api/v1/countries");
    expect(anonymous.status).toBe(200);
  });
});
