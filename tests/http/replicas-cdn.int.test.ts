import { beforeAll, describe, expect, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { publishedFact, relationScenario } from "../setup/api-factories";

/** Headers for a CDN in front of the public API: freshness, tags to purge by, and revalidation. */
describe("CDN headers of the public API", () => {
  const api = apiClient();
  let slug: string;
  let factId: string;
  let scenario: Awaited<ReturnType<typeof relationScenario>>;
  beforeAll(async () => {
    scenario = await relationScenario();
    slug = scenario.relation.slug;
    factId = (await publishedFact(scenario, "Tagged for the CDN.")).factId;
  });

  it("answers now with s-maxage, stale-while-revalidate and the relation's surrogate keys", async () => {
    const response = await api.fetch(`/api/v1/relations/${slug}/facts`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/s-maxage=\d+/);
    expect(response.headers.get("cache-control")).toMatch(/stale-while-revalidate=\d+/);
    expect(response.headers.get("surrogate-key")?.split(" ")).toEqual(
      expect.arrayContaining(["api", `relation:${slug}`]),
    );
    expect(response.headers.get("cache-tag")?.split(",")).toEqual(expect.arrayContaining(["api", `relation:${slug}`]));
    const fact = await api.fetch(`/api/v1/facts/${factId}`);
    expect(fact.headers.get("surrogate-key")?.split(" ")).toContain(`fact:${factId}`);
  });

  it("gives an answer about now a weak ETag that holds while nothing is published", async () => {
    const first = await api.fetch(`/api/v1/relations/${slug}/facts`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"[^"]+"$/);
    await new Promise((r) => setTimeout(r, 30));
    // The instant answered for moves on; the content does not: 304.
    const again = await api.fetch(`/api/v1/relations/${slug}/facts`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    await publishedFact(scenario, "Something new.");
    const changed = await api.fetch(`/api/v1/relations/${slug}/facts`, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("keeps releases and settled instants immutable, and errors out of shared caches", async () => {
    // Plain bytes: a compressed copy's ETag is weak (other bytes).
    const past = await api.fetch(`/api/v1/relations/${slug}/facts?asOf=2020-01-01`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(past.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(past.headers.get("etag")).toMatch(/^"[^"]+"$/);
    const missing = await api.fetch("/api/v1/relations/no-such-relation");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("surrogate-key")).toBeNull();
  });
});
