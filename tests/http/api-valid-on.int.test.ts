import { ZApiFactDetail, ZApiFactPage, ZApiRelationDetail } from "@dyad/api-contract";
import { describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario } from "../setup/api-factories";

const api = apiClient();

describe("the API's two kinds of time: on (valid time) and asOf (transaction time)", () => {
  it("answers what was true on a date, alone and as Dyad published it at an instant", async () => {
    const scenario = await relationScenario();
    const slug = scenario.relation.slug;
    await publishedFact(scenario, "The embassy opened in 2004.", { validTime: { start: "2004-09", end: null } });
    await publishedFact(scenario, "A visit in 1998.", { validTime: { start: "1998-05-02" } });
    const statements = async (query: string) =>
      ZApiFactPage.parse(await api.json(`/api/v1/relations/${slug}/facts?${query}`))
        .data.map((f) => f.statement)
        .sort();
    const before = ZApiFactPage.parse(await api.json(`/api/v1/relations/${slug}/facts`)).meta.asOf;
    await publishedFact(scenario, "A treaty in force since 2003.", { validTime: { start: "2003", end: null } });

    expect(await statements("on=2010")).toEqual(["A treaty in force since 2003.", "The embassy opened in 2004."]);
    expect(await statements("on=1998-05")).toEqual(["A visit in 1998."]);
    // Both: what Dyad said at `before` about 2010 (the treaty was not published yet).
    expect(await statements(`on=2010&asOf=${before}`)).toEqual(["The embassy opened in 2004."]);
    const page = ZApiFactPage.parse(await api.json(`/api/v1/relations/${slug}/facts?on=2010&limit=1`));
    expect(page.links.next).toMatch(/[?&]on=2010(&|$)/);
  });

  it("refuses a bad or future date with a 400 problem naming the parameter, never an empty list or a 404", async () => {
    const { relation } = await relationScenario();
    const nextYear = new Date().getUTCFullYear() + 1;
    for (const query of [
      `on=${nextYear}`,
      `on=${nextYear}-01-01`,
      "on=2010-13",
      "on=yesterday",
      "on=2010&validFrom=2009",
    ]) {
      const body = await expectProblem(await api.fetch(`/api/v1/relations/${relation.slug}/facts?${query}`), 400);
      expect(`${body.detail} ${JSON.stringify(body)}`, query).toMatch(/on/);
    }
    const future = await expectProblem(await api.fetch(`/api/v1/relations/${relation.slug}/facts?on=${nextYear}`), 400);
    expect(JSON.stringify(future)).toMatch(/future/);
    await expectProblem(await api.fetch(`/api/v1/relations/${relation.slug}/facts?asOf=2010-02-30`), 400);
  });

  it("answers on= for one relation (counts of the facts that held then) and one fact (whether it held)", async () => {
    const scenario = await relationScenario();
    const slug = scenario.relation.slug;
    const embassy = await publishedFact(scenario, "The embassy opened in 2004.", {
      validTime: { start: "2004-09", end: null },
    });
    await publishedFact(scenario, "A visit in 1998.", { validTime: { start: "1998-05-02" } });
    const before = ZApiRelationDetail.parse(await api.json(`/api/v1/relations/${slug}`)).meta.asOf;
    await publishedFact(scenario, "A treaty in force since 2003.", { validTime: { start: "2003", end: null } });
    const relation = async (query: string) =>
      ZApiRelationDetail.parse(await api.json(`/api/v1/relations/${slug}?${query}`)).data;

    expect((await relation("")).factCount).toBe(3);
    const in2010 = await relation("on=2010");
    expect(in2010.factCount).toBe(2);
    expect(Object.values(in2010.kinds).reduce((a, b) => a + b, 0)).toBe(2);
    expect(in2010.links.facts).toMatch(/[?&]on=2010(&|$)/);
    expect((await relation("on=1998-05")).factCount).toBe(1);
    // Both kinds of time: what Dyad said at `before` about 2010 (the treaty was not published yet).
    expect((await relation(`on=2010&asOf=${before}`)).factCount).toBe(1);
    // A relation with nothing true on the date is still there, with nothing counted.
    expect((await relation("on=1950")).factCount).toBe(0);

    const fact = async (query: string) =>
      ZApiFactDetail.parse(await api.json(`/api/v1/facts/${embassy.factId}?${query}`)).data;
    expect((await fact("on=2010")).heldOn).toBe(true);
    expect((await fact("on=2004-09-30")).heldOn).toBe(true);
    expect((await fact("on=2003")).heldOn).toBe(false);
    expect((await fact(`on=2010&asOf=${before}`)).heldOn).toBe(true);
    expect((await fact("")).heldOn).toBeUndefined();

    const nextYear = new Date().getUTCFullYear() + 1;
    for (const path of [`/api/v1/relations/${slug}`, `/api/v1/facts/${embassy.factId}`]) {
      const future = await expectProblem(await api.fetch(`${path}?on=${nextYear}`), 400);
      expect(JSON.stringify(future)).toMatch(/future/);
      await expectProblem(await api.fetch(`${path}?on=2010-13`), 400);
    }
  });

  it("documents `on` in OpenAPI beside asOf", async () => {
    const doc = (await api.json("/api/v1/openapi.json")) as {
      paths: Record<string, { get?: { parameters?: { name: string; description?: string }[] } }>;
    };
    for (const path of ["/api/v1/relations/{slug}/facts", "/api/v1/relations/{slug}", "/api/v1/facts/{id}"]) {
      const on = doc.paths[path]?.get?.parameters?.find((p) => p.name === "on");
      expect(on?.description, path).toMatch(/Valid time/);
    }
  });
});
