import {
  ZApiCountryList,
  ZApiFactDetail,
  ZApiFactPage,
  ZApiRelationDetail,
  ZApiRelationPage,
  ZApiRevisionDiff,
  ZApiSourceDetail,
  ZApiSourcePage,
} from "@dyad/api-contract";
import { createFact, publishFact, reviseFact, unpublishFact } from "@dyad/db";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario, tradeFigure } from "../setup/api-factories";
import { generalFact } from "../setup/factories";

const api = apiClient();

/**
 * One relation as the public sees it: an undated fact, a dated one (revised and republished,
 * with a newer unpublished draft), a trade figure, a draft never published and a fact that was
 * withdrawn. Only the first three are public.
 */
async function publicRelation() {
  const scenario = await relationScenario();
  const { relation, editor, reviewer } = scenario;
  const undated = await publishedFact(scenario, "Both countries are members of the United Nations.", {
    validTime: { start: null },
  });
  const dated = await publishedFact(scenario, "Embassies opened in both capitals.");
  const second = await reviseFact({
    factId: dated.factId,
    expectedRevisionId: dated.revision.id,
    content: generalFact("Embassies opened in both capitals in May."),
    note: "Month added",
    actor: editor,
  });
  await publishFact({ factId: dated.factId, actor: reviewer });
  await reviseFact({
    factId: dated.factId,
    expectedRevisionId: second.revision.id,
    content: generalFact("An unreviewed third wording."),
    note: "Not published",
    actor: editor,
  });
  const trade = await createFact({
    relationId: relation.id,
    content: tradeFigure(relation),
    note: "Trade",
    actor: editor,
  });
  await publishFact({ factId: trade.factId, actor: reviewer });
  const draft = await createFact({
    relationId: relation.id,
    content: generalFact("A draft nobody published."),
    note: "Draft",
    actor: editor,
  });
  const withdrawn = await publishedFact(scenario, "A fact later withdrawn.");
  await unpublishFact({ factId: withdrawn.factId, actor: reviewer });
  return { ...scenario, undated, dated, trade, draft, withdrawn };
}

describe("public reads", () => {
  let world: Awaited<ReturnType<typeof publicRelation>>;
  beforeAll(async () => {
    world = await publicRelation();
  });
  const factsPath = () => `/api/v1/relations/${world.relation.slug}/facts`;

  it("lists a relation's public facts, undated first then by valid time, never drafts or withdrawn ones", async () => {
    const page = ZApiFactPage.parse(await api.json(factsPath()));
    expect(page.data.map((f) => f.factId)).toEqual([world.undated.factId, world.dated.factId, world.trade.factId]);
    const dated = page.data[1];
    expect(dated?.statement).toBe("Embassies opened in both capitals in May.");
    expect(dated?.revision).toBe(2);
    expect(page.meta).toMatchObject({ current: true, nextCursor: null });
    expect(page.data.every((f) => f.relation === world.relation.slug)).toBe(true);
  });

  it("filters by kind, by valid-time overlap and by words of the statement", async () => {
    const ids = async (query: string) =>
      ZApiFactPage.parse(await api.json(`${factsPath()}?${query}`)).data.map((f) => f.factId);
    expect(await ids("kind=TRADE_FIGURE")).toEqual([world.trade.factId]);
    expect(await ids("kind=GENERAL,TRADE_FIGURE")).toHaveLength(3);
    expect(await ids("validFrom=2010&validTo=2020")).toEqual([world.trade.factId]);
    expect(await ids("validTo=2001-05")).toEqual([world.dated.factId]);
    expect(await ids("validFrom=2002")).toEqual([world.trade.factId]);
    expect(await ids("q=embassies")).toEqual([world.dated.factId]);
    expect(await ids('q="united nations" -embassies')).toEqual([world.undated.factId]);
    expect(await ids("q=unreviewed")).toEqual([]);
  });

  it("pages with a cursor and links that lead through every fact once", async () => {
    const seen: string[] = [];
    let next: string | null = `${factsPath()}?limit=1`;
    while (next) {
      const page = ZApiFactPage.parse(await api.json(next));
      expect(page.data.length).toBeLessThanOrEqual(1);
      seen.push(...page.data.map((f) => f.factId));
      next = page.links.next;
    }
    expect(seen).toEqual([world.undated.factId, world.dated.factId, world.trade.factId]);
  });

  it("lists relations with public facts, by country, and describes one by kinds", async () => {
    const country = world.relation.countryAId;
    const list = ZApiRelationPage.parse(await api.json(`/api/v1/relations?country=${country}`));
    const mine = list.data.find((r) => r.slug === world.relation.slug);
    expect(mine).toMatchObject({ factCount: 3, links: { facts: `/api/v1/relations/${world.relation.slug}/facts` } });
    expect(list.data.every((r) => r.countries.some((c) => c.code === country))).toBe(true);

    const detail = ZApiRelationDetail.parse(await api.json(`/api/v1/relations/${world.relation.slug}`));
    expect(detail.data.kinds).toEqual({ GENERAL: 2, TRADE_FIGURE: 1 });
    expect(detail.data.countries.map((c) => c.code).sort()).toEqual(
      [world.relation.countryAId, world.relation.countryBId].sort(),
    );
  });

  it("shows a fact with only its public revisions and history, and compares two of them", async () => {
    const detail = ZApiFactDetail.parse(await api.json(`/api/v1/facts/${world.dated.factId}`));
    expect(detail.data.status).toBe("public");
    expect(detail.data.current?.revision).toBe(2);
    expect(detail.data.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(detail.data.history.map((h) => [h.type, h.revision])).toEqual([
      ["published", 1],
      ["published", 2],
    ]);

    const diff = ZApiRevisionDiff.parse(await api.json(`/api/v1/facts/${world.dated.factId}/diff?from=1&to=2`));
    expect(diff.data.changes).toContainEqual({
      path: "statement",
      type: "changed",
      from: "Embassies opened in both capitals.",
      to: "Embassies opened in both capitals in May.",
    });
    expect(diff.data.statement.filter((p) => p.type === "added").map((p) => p.text.trim())).toEqual(["in May"]);
    const byId = ZApiRevisionDiff.parse(
      await api.json(`/api/v1/facts/${world.dated.factId}/diff?from=${diff.data.from.revisionId}&to=2`),
    );
    expect(byId.data.changes).toEqual(diff.data.changes);

    // The third revision is a draft: not public, so neither readable nor comparable.
    await expectProblem(await api.fetch(`/api/v1/facts/${world.dated.factId}/diff?from=2&to=3`), 404);
    await expectProblem(await api.fetch(`/api/v1/facts/${world.draft.factId}`), 404);
    const withdrawn = ZApiFactDetail.parse(await api.json(`/api/v1/facts/${world.withdrawn.factId}`));
    expect(withdrawn.data).toMatchObject({ status: "withdrawn", current: null });
    expect(withdrawn.data.history.map((h) => h.type)).toEqual(["published", "withdrawn"]);
  });

  it("lists the sources public facts cite, and the facts citing one", async () => {
    const page = ZApiSourcePage.parse(await api.json(`/api/v1/sources?relation=${world.relation.slug}`));
    const titles = page.data.map((s) => s.title).sort();
    // The undated fact's, the dated fact's public revision's and the trade figure's: not the
    // first revision's (no longer public), the drafts' or the withdrawn fact's.
    expect(titles).toEqual(["Example source", "Example source", "Trade statistics"]);

    const tradeSource = page.data.find((s) => s.title === "Trade statistics");
    const detail = ZApiSourceDetail.parse(await api.json(`/api/v1/sources/${tradeSource?.id}`));
    expect(detail.data.facts.map((f) => f.factId)).toEqual([world.trade.factId]);
  });

  it("lists every country as reference data", async () => {
    const response = await api.fetch("/api/v1/countries");
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    const list = ZApiCountryList.parse(await response.json());
    expect(list.data.length).toBeGreaterThanOrEqual(249);
    expect(list.data.find((c) => c.code === "AZ")).toMatchObject({ alpha3: "AZE", name: "Azerbaijan" });
  });
});
