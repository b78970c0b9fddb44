import { describe, expect, it } from "vitest";
import { apiClient } from "../setup/api-client";

const api = apiClient();

interface Document {
  openapi: string;
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; schema?: { pattern?: string } }[]; security?: unknown[] }>
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

describe("the API's description", () => {
  it("is OpenAPI 3.1 covering every endpoint, with the parameters the handlers accept", async () => {
    const response = await api.fetch("/api/v1/openapi.json");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const doc = (await response.json()) as Document;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/v1/changes",
        "/api/v1/changes.atom",
        "/api/v1/changes/grouped",
        "/api/v1/countries",
        "/api/v1/facts",
        "/api/v1/facts/{id}",
        "/api/v1/facts/{id}/diff",
        "/api/v1/facts/{id}/draft",
        "/api/v1/facts/{id}/submit",
        "/api/v1/relations",
        "/api/v1/relations/{slug}",
        "/api/v1/relations/{slug}/changes",
        "/api/v1/relations/{slug}/facts",
        "/api/v1/releases",
        "/api/v1/releases/{name}",
        "/api/v1/releases/{name}/changes",
        "/api/v1/releases/{name}/{file}",
        "/api/v1/search",
        "/api/v1/sources",
        "/api/v1/sources/{id}",
        "/api/v1/webhooks",
        "/api/v1/webhooks/{id}",
        "/api/v1/webhooks/{id}/deliveries",
        "/api/v1/webhooks/{id}/replay",
      ].sort(),
    );
    const facts = doc.paths["/api/v1/relations/{slug}/facts"]?.get;
    expect(facts?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual([
      "path:slug",
      "query:asOf",
      "query:on",
      "query:kind",
      "query:validFrom",
      "query:validTo",
      "query:q",
      "query:cursor",
      "query:limit",
    ]);
    expect(doc.paths["/api/v1/facts/{id}"]?.patch?.security).toEqual([{ apiToken: [] }]);
    // Reads say outright that they need no token, so a generated client sends none.
    expect(doc.paths["/api/v1/relations"]?.get?.security).toEqual([]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Fact", "FactRecord", "Release", "ReleaseManifest", "ChangeEvent", "Problem"]),
    );
    expect(doc.components.securitySchemes.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("documents parameters that the endpoint really accepts, and none it refuses", async () => {
    const doc = (await (await api.fetch("/api/v1/openapi.json")).json()) as Document;
    const query = doc.paths["/api/v1/relations"]?.get?.parameters?.filter((p) => p.in === "query") ?? [];
    for (const { name } of query) {
      const value = name === "country" ? "AZ" : name === "limit" ? "5" : name === "asOf" ? "2026-01-01" : undefined;
      if (!value) continue;
      expect((await api.fetch(`/api/v1/relations?${name}=${value}`)).status, name).toBe(200);
    }
    // A pattern a generated client checks values against must accept the values the server does.
    const diff = doc.paths["/api/v1/facts/{id}/diff"]?.get?.parameters as {
      name: string;
      schema: { pattern: string };
    }[];
    for (const name of ["from", "to"]) {
      const pattern = new RegExp(diff.find((p) => p.name === name)?.schema?.pattern ?? "^$");
      expect(
        ["1", "12", "55701260-6a32-4e44-ae19-5b1aefa85a9a"].every((v) => pattern.test(v)),
        name,
      ).toBe(true);
      expect(pattern.test("banana"), name).toBe(false);
    }
  });

  it("has a readable reference page", async () => {
    const response = await api.fetch("/docs/api");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Dyad public data API");
    expect(html).toContain("GET /api/v1/relations/{slug}/facts");
    expect(html).toContain("facts.ndjson");
    expect(html).toContain('id="schema-Fact"');
  });
});
