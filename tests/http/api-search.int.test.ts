import { ZApiSearchResults } from "@dyad/api-contract";
import { createFact, publishFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { relationScenario, tradeFigure } from "../setup/api-factories";
import { generalFact, unique } from "../setup/factories";

const api = apiClient();

describe("GET /api/v1/search", () => {
  it("finds a trade figure by its kind, with facets, claims and pages, as documented", async () => {
    const { relation, editor, reviewer } = await relationScenario();
    const word = `zz${unique().replace(/[^a-z]/g, "")}`;
    for (const content of [
      tradeFigure(relation),
      generalFact(`A ${word} trade fair.`),
      generalFact(`A ${word} concert.`),
    ]) {
      const created = await createFact({ relationId: relation.id, content, note: "n", actor: editor });
      await publishFact({ factId: created.factId, actor: reviewer });
    }
    const trade = ZApiSearchResults.parse(await api.json(`/api/v1/search?q=trade&relation=${relation.slug}`));
    expect(trade.data.facts.map((f) => f.kind).sort()).toEqual(["GENERAL", "TRADE_FIGURE"]);
    expect(trade.data.facts.every((f) => f.claims === 1)).toBe(true);
    expect(trade.meta.facets.kinds.map((k) => k.kind).sort()).toEqual(["GENERAL", "TRADE_FIGURE"]);

    const kind = ZApiSearchResults.parse(
      await api.json(`/api/v1/search?q=trade&relation=${relation.slug}&kind=TRADE_FIGURE`),
    );
    expect(kind.data.facts.map((f) => f.kind)).toEqual(["TRADE_FIGURE"]);

    const first = ZApiSearchResults.parse(await api.json(`/api/v1/search?q=${word}&limit=1`));
    expect(first.meta.total).toBe(2);
    expect(first.links.next).toMatch(/page=2/);
    const second = ZApiSearchResults.parse(await api.json(first.links.next ?? ""));
    expect(second.links.next).toBeNull();
    expect(second.data.facts[0]?.factId).not.toBe(first.data.facts[0]?.factId);
  });

  it("refuses bad facets with a 400 problem naming them", async () => {
    for (const [query, field] of [
      ["q=x&kind=EMBASSY", "kind"],
      ["q=x&from=2012&to=2005", "to"],
      ["q=x&from=last", "from"],
      ["q=x&page=0", "page"],
      ["q=x&limit=500", "limit"],
      ["q=x&sort=new", "sort"],
      [`q=${"x".repeat(201)}`, "q"],
    ] as const) {
      const body = await expectProblem(await api.fetch(`/api/v1/search?${query}`), 400);
      expect(body.detail, query).toContain(field);
    }
  });

  it("is documented in OpenAPI with its facets and paging", async () => {
    const doc = (await api.json("/api/v1/openapi.json")) as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    expect(doc.paths["/api/v1/search"]?.get?.parameters?.map((p) => p.name)).toEqual([
      "q",
      "kind",
      "relation",
      "country",
      "from",
      "to",
      "page",
      "limit",
    ]);
  });
});
