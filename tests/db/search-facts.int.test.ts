import { createFact, publishFact, searchPublic } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, unique } from "../setup/factories";

const source = () => ({ source: { url: `https://example.org/${unique()}`, title: "Example", kind: "NEWS" as const } });

/** A relation with one fact of each kind a reader looks for, none saying its kind in words. */
async function scenario() {
  const relation = await createRelation();
  const { actor } = await createUser("REVIEWER");
  const [a, b] = [relation.countryAId, relation.countryBId];
  const contents = {
    trade: {
      kind: "TRADE_FIGURE" as const,
      section: "economy" as const,
      statement: "Exports reached 20 million US dollars.",
      validTime: { start: "2010" },
      data: {
        reporter: a,
        partner: b,
        flow: "EXPORTS" as const,
        amount: { value: 20, currency: "USD", unit: "MILLION" as const, asReported: "$20 million" },
      },
    },
    mission: {
      kind: "MISSION" as const,
      section: "missions" as const,
      statement: "A mission opened in the capital.",
      validTime: { start: "2004-09", end: null },
      data: { owner: a, missionType: "EMBASSY" as const, hostCountry: b, city: "Ottawa" },
    },
    visit: {
      kind: "VISIT" as const,
      section: "visits" as const,
      statement: "The president came for talks.",
      validTime: { start: "1998-05-02" },
      data: { type: "VISIT" as const, people: [{ name: "Ilham Aliyev", role: "President" }], place: "Montreal" },
    },
    agreement: {
      kind: "AGREEMENT" as const,
      section: "agreements" as const,
      statement: "A convention was signed.",
      validTime: { start: "2016" },
      data: { title: "Convention on the avoidance of double taxation", parties: [a, b] },
    },
  };
  const ids: Record<string, string> = {};
  for (const [name, content] of Object.entries(contents)) {
    const created = await createFact({
      relationId: relation.id,
      content: { ...content, sources: [source()] },
      note: "n",
      actor,
    });
    await publishFact({ factId: created.factId, actor });
    ids[name] = created.factId;
  }
  return { relation, ids };
}

describe("search that finds facts by kind, fields and statement, with facets and pages", () => {
  it("finds facts by their kind, their structured fields and their years, and tolerates a typo", async () => {
    const { relation, ids } = await scenario();
    const found = async (q: string) =>
      (await searchPublic({ q, relation: relation.slug })).facts.map((f) => f.factId).sort();
    expect(await found("trade")).toEqual([ids.trade]);
    expect(await found("embassy")).toEqual([ids.mission]);
    expect(await found("visit")).toEqual([ids.visit]);
    expect(await found("Aliyev")).toEqual([ids.visit]);
    expect(await found("Ottawa")).toEqual([ids.mission]);
    expect(await found("double taxation")).toEqual([ids.agreement]);
    expect(await found("1998")).toEqual([ids.visit]);
    expect(await found("20 million")).toContain(ids.trade);
    const typo = await searchPublic({ q: "embasy", relation: relation.slug });
    expect(typo.facts.map((f) => f.factId)).toEqual([ids.mission]);
    expect(typo.onlyNearMatches).toBe(true);
  });

  it("filters by facets, counts each facet without its own choice, and pages the results", async () => {
    const { relation, ids } = await scenario();
    const all = await searchPublic({ q: "", relation: relation.slug });
    expect(all.total).toBe(4);
    expect(all.facets.kinds.map((k) => [k.kind, k.count]).sort()).toEqual([
      ["AGREEMENT", 1],
      ["MISSION", 1],
      ["TRADE_FIGURE", 1],
      ["VISIT", 1],
    ]);
    expect(all.facets.years).toEqual({ from: 1998, to: 2016 });

    // Years of valid time: the mission (since 2004) and the trade figure (2010) held in 2005-2012.
    const years = await searchPublic({ q: "", relation: relation.slug, from: "2005", to: "2012" });
    expect(years.facts.map((f) => f.factId).sort()).toEqual([ids.trade, ids.mission].sort());
    const kind = await searchPublic({ q: "", relation: relation.slug, kind: "VISIT,AGREEMENT" });
    expect(kind.facts.map((f) => f.kind).sort()).toEqual(["AGREEMENT", "VISIT"]);
    expect(kind.facets.kinds).toHaveLength(4); // the kind facet still offers every kind

    const pages = await Promise.all(
      [1, 2, 3, 4, 5].map((page) => searchPublic({ q: "", relation: relation.slug, limit: 1, page })),
    );
    expect(pages.map((p) => p.facts.length)).toEqual([1, 1, 1, 1, 0]);
    expect(new Set(pages.flatMap((p) => p.facts.map((f) => f.factId))).size).toBe(4);
  });

  it("lists a sentence read into several facts once, with its number of claims", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const word = `zq${unique().replace(/[^a-z]/g, "")}`;
    for (const year of ["2009", "2010"]) {
      const created = await createFact({
        relationId: relation.id,
        content: {
          kind: "GENERAL",
          section: "background",
          data: {},
          statement: `Talks on ${word} took place in 2009 and 2010.`,
          validTime: { start: year },
          sources: [source()],
        },
        note: "n",
        actor,
      });
      await publishFact({ factId: created.factId, actor });
    }
    const results = await searchPublic({ q: word });
    expect(results.facts.map((f) => f.claims)).toEqual([2]);
    expect(results.total).toBe(1);
    // The relation facet counts facts, not sentences.
    expect(results.facets.relations).toEqual([expect.objectContaining({ slug: relation.slug, count: 2 })]);
  });

  it("refuses a reversed year range and an unknown kind as bad input", async () => {
    await expect(searchPublic({ q: "x", from: "2012", to: "2005" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(searchPublic({ q: "x", kind: "EMBASSY" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
