import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario } from "../setup/api-factories";

const api = apiClient();

describe("HTTP behaviour of the public API", () => {
  let slug: string;
  let factId: string;
  beforeAll(async () => {
    const scenario = await relationScenario();
    slug = scenario.relation.slug;
    factId = (await publishedFact(scenario, "Consulates opened in two port cities.")).factId;
  });

  it("answers 304 Not Modified when the client already has the representation", async () => {
    // A settled past instant: its representation never changes, and its ETag is strong. (An
    // answer about "now" carries the instant it answers for, which moves on between two requests.)
    // A transaction of another test file (a publish, a release cut) can keep a recent instant
    // unsettled for a moment: wait until it is final.
    const path = `/api/v1/relations/${slug}/facts?asOf=${encodeURIComponent(new Date().toISOString())}`;
    await expect
      .poll(async () => ((await api.json(path)) as { meta: { final: boolean } }).meta.final, { timeout: 10_000 })
      .toBe(true);
    // Strong for the plain bytes; a compressed copy's is weak (other bytes, api-negotiation test).
    const plain = { "accept-encoding": "identity" };
    const first = await api.fetch(path, { headers: plain });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await api.fetch(path, { headers: { ...plain, "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const other = await api.fetch(path, { headers: { "if-none-match": '"something-else"' } });
    expect(other.status).toBe(200);
  });

  it("caches answers about now briefly and answers about a past instant for ever", async () => {
    const now = await api.fetch(`/api/v1/relations/${slug}/facts`);
    expect(now.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=300");
    expect(((await now.json()) as { meta: { final: boolean } }).meta.final).toBe(false);
    const past = await api.fetch(`/api/v1/relations/${slug}/facts?asOf=2020-01-01`);
    expect(past.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(((await past.json()) as { meta: { final: boolean } }).meta.final).toBe(true);
    const future = await api.fetch(`/api/v1/relations/${slug}/facts?asOf=2999-01-01`);
    expect(future.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=300");
  });

  it("lets any origin read (CORS), but answers preflight for reads only", async () => {
    const read = await api.fetch(`/api/v1/facts/${factId}`, { headers: { origin: "https://example.org" } });
    expect(read.headers.get("access-control-allow-origin")).toBe("*");
    expect(read.headers.get("access-control-expose-headers")).toMatch(/ETag/);
    const preflight = await api.fetch(`/api/v1/relations/${slug}/facts`, {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const writePreflight = await api.fetch("/api/v1/facts", {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "POST" },
    });
    expect(writePreflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers HEAD like GET without a body, and other methods with 405 and Allow", async () => {
    const head = await api.fetch(`/api/v1/relations/${slug}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBeTruthy();
    const problem = await expectProblem(await api.fetch(`/api/v1/relations/${slug}`, { method: "DELETE" }), 405);
    expect(problem.detail).toMatch(/GET/);
  });

  it("answers an unknown address under /api/v1 with a problem, not a web page", async () => {
    await expectProblem(await api.fetch("/api/v1/no-such-thing"), 404);
    await expectProblem(await api.fetch(`/api/v1/relations/${slug}/nothing/here`), 404);
    // Not even a preflight: an unknown path has no methods to allow.
    await expectProblem(await api.fetch("/api/v1/no-such-thing", { method: "OPTIONS" }), 404);
  });

  it("refuses bad parameters with a problem that says what to fix", async () => {
    const cases: [string, number, RegExp][] = [
      [`/api/v1/relations/${slug}/facts?asOf=yesterday`, 400, /asOf/],
      [`/api/v1/relations/${slug}/facts?asOf=2026-02-30`, 400, /asOf/],
      [`/api/v1/relations/${slug}/facts?asOf=2026-01-01T10:00`, 400, /asOf/],
      [`/api/v1/relations/${slug}/facts?asof=2026-01-01`, 400, /Unknown query parameter asof/],
      [`/api/v1/relations/${slug}/facts?limit=0`, 400, /limit/],
      [`/api/v1/relations/${slug}/facts?limit=5000`, 400, /limit/],
      [`/api/v1/relations/${slug}/facts?limit=ten`, 400, /limit/],
      [`/api/v1/relations/${slug}/facts?limit=1&limit=2`, 400, /once/],
      [`/api/v1/relations/${slug}/facts?cursor=not-a-cursor`, 400, /cursor/],
      [
        `/api/v1/relations/${slug}/facts?cursor=${Buffer.from('{"list":"facts"}').toString("base64url")}`,
        400,
        /cursor/,
      ],
      [`/api/v1/relations/${slug}/facts?kind=PARADE`, 400, /kind/],
      [`/api/v1/relations/${slug}/facts?validFrom=2020&validTo=2010`, 400, /validFrom comes after validTo/],
      [`/api/v1/relations/${slug}/facts?validFrom=May`, 400, /validFrom/],
      [`/api/v1/relations/${slug}/facts?q=${"x".repeat(300)}`, 400, /q/],
      [`/api/v1/relations/${slug}/facts?q=%00`, 400, /NUL/],
      ["/api/v1/relations/NOT_A_SLUG/facts", 400, /slug/],
      ["/api/v1/relations/no-such-relation/facts", 404, /Relation/],
      ["/api/v1/facts/not-a-uuid", 400, /UUID/],
      ["/api/v1/facts/00000000-0000-4000-8000-000000000000", 404, /not public/],
      [`/api/v1/facts/${factId}/diff?from=1`, 400, /to/],
      [`/api/v1/facts/${factId}/diff?from=1&to=banana`, 400, /revision/],
      ["/api/v1/relations?country=azerbaijan", 400, /country/],
      ["/api/v1/changes?cursor=eyJ9", 400, /cursor/],
      ["/api/v1/changes?since=soon", 400, /since/],
      ["/api/v1/releases/no-such-release", 404, /release/],
      ["/api/v1/releases/bad%20name", 400, /name/],
      ["/api/v1/releases/latest/facts.xlsx", 404, /facts.ndjson/],
    ];
    for (const [path, status, detail] of cases) {
      const problem = await expectProblem(await api.fetch(path), status);
      expect(problem.detail, path).toMatch(detail);
    }
  });

  it("never answers a 5xx to whatever query string a client sends", async () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom("2026-01-01", "0000-00-00", "9999-12-31T23:59:59.9999999Z", "-1", "1e309", "%", "'; --"),
    );
    const key = fc.constantFrom("asOf", "kind", "validFrom", "validTo", "q", "cursor", "limit", "other");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 4 }), async (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const response = await api.fetch(`/api/v1/relations/${slug}/facts?${query}`);
        await response.arrayBuffer();
        expect(response.status, query).toBeLessThan(500);
        if (response.status >= 400) expect(response.headers.get("content-type")).toMatch(/problem\+json/);
      }),
      { numRuns: 60 },
    );
  });
});
