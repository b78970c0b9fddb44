import { ZFactContent } from "@dyad/core/schemas/fact";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { contractProblems, countByKind, factsOf, readArticle, SEED_PATH } from "./test-support";

const seed = readArticle(SEED_PATH);
const analysis = analyzeArticle(seed);
const anomalies = (rule: string) => analysis.anomalies.filter((a) => a.rule === rule);
const keyOf = (f: { importKey: string }) => f.importKey;

describe("analyzeArticle on the seed (Azerbaijan–Canada)", () => {
  it("reads the title and the two countries", () => {
    expect(analysis.title).toBe("Azerbaijan–Canada relations");
    expect(analysis.countryCodes).toEqual(["AZ", "CA"]);
  });

  it("proposes facts that parse with ZFactContent once sources are added, under unique keys", () => {
    for (const fact of analysis.facts) {
      const content = {
        ...fact.content,
        sources: [{ sourceId: "7b0e1c8e-4a52-4f5e-9d0a-2f1a3b4c5d6e", locator: "Background" }],
      };
      expect(ZFactContent.safeParse(content).success, fact.importKey).toBe(true);
    }
    expect(contractProblems(analysis)).toEqual([]);
  });

  it("splits the Background paragraph into the act of independence, the recognition and relations", () => {
    const [act] = factsOf(analysis, "GENERAL").filter((f) => f.content.data.topic?.includes("independence"));
    expect(act?.content.validTime).toEqual({ start: "1991-10-18" });
    expect(act?.content.section).toBe("background");
    const [recognition, ...more] = factsOf(analysis, "RECOGNITION");
    expect(more).toEqual([]);
    expect(recognition?.content.data).toEqual({ recognizer: "CA", recognized: "AZ", subject: "independence" });
    expect(recognition?.content.validTime).toEqual({ start: "1991-12-25" });
    const [relations] = factsOf(analysis, "DIPLOMATIC_RELATIONS");
    expect(relations?.content.data).toEqual({ event: "ESTABLISHED" });
    expect(relations?.content.validTime).toEqual({ start: "1992-08-10" });
  });

  it("reads both parliamentary groups, their heads and the constituent meeting", () => {
    const groups = factsOf(analysis, "PARLIAMENTARY_GROUP");
    const working = groups.filter((g) => g.content.data.name.includes("Working Group on Interparliamentary Relations"));
    expect(working.map((g) => [g.content.data.event, g.content.validTime, g.content.data.parliamentOf])).toEqual([
      ["ESTABLISHED", { start: "2000-12-05" }, "AZ"],
      ["LEADERSHIP", { start: "2016-03-04", end: null }, "AZ"],
    ]);
    expect(working[0]?.content.data.people).toEqual([{ name: "Samur Novruzov", role: "first head", country: "AZ" }]);
    expect(working[1]?.content.data.people?.map((p) => p.name)).toEqual(["Fuad Muradov"]);

    const friendship = groups.find(
      (g) => g.content.data.event === "ESTABLISHED" && g.content.data.name.includes("Friendship"),
    );
    expect(friendship?.content.validTime).toEqual({ start: "2006-11" });
    expect(friendship?.content.data.parliamentOf).toBe("CA");
    expect(friendship?.content.data.people).toEqual([
      { name: "Barry Devolin", role: "chair; Canadian Parliamentary Conservatives Party member", country: "CA" },
    ]);

    const meeting = groups.find((g) => g.content.data.event === "MEETING");
    expect(meeting?.content.validTime).toEqual({ start: "2016-03-09" });
    expect(meeting?.content.data.people?.[0]?.name).toBe("Jamie Schmale");
    expect(meeting?.content.data.people?.[0]?.role).toMatch(/^chairman of the Friendship Group/);
    expect(meeting?.content.statement).toContain("Jamie Schmale was elected");
  });

  it("keeps one double-taxation convention and flags its second mention", () => {
    const [agreement, ...others] = factsOf(analysis, "AGREEMENT");
    expect(others).toEqual([]);
    expect(agreement?.content.data).toMatchObject({
      signedOn: "2004-09-07",
      agreementType: "convention",
      parties: ["AZ", "CA"],
    });
    expect(agreement?.content.data.title).toMatch(/^Convention for the Avoidance of Double Taxation/);
    const [duplicate, ...more] = anomalies("DUPLICATE_AGREEMENT");
    expect(more).toEqual([]);
    expect(duplicate?.excerpt).toBe(
      "Convention for the Elimination of Double Taxation and the Prevention of Tax Dissemination",
    );
    const mention = analysis.facts.find((f) => f.importKey === duplicate?.importKey);
    expect(mention?.content.kind).toBe("GENERAL");
    expect(mention?.content.section).toBe("agreements");
    expect(mention?.content.validTime).toEqual({ start: "2004-09" });
  });

  it("reads every trade figure with its reporter, partner, flow, period and amount", () => {
    const rows = factsOf(analysis, "TRADE_FIGURE").map((f) => {
      const { reporter, partner, flow, amount } = f.content.data;
      return [
        reporter,
        partner,
        flow,
        f.content.validTime,
        amount.value,
        amount.unit,
        amount.currency,
        amount.asReported,
      ];
    });
    expect(rows).toEqual([
      ["CA", "AZ", "IMPORTS", { start: "2008" }, null, "BILLION", "USD", "$1.168.295 billion"],
      ["CA", "AZ", "EXPORTS", { start: "2008" }, 19.713, "MILLION", "USD", "$19.713 million"],
      ["CA", "AZ", "IMPORTS", { start: "2010" }, 542, "MILLION", "USD", "$542 million"],
      ["CA", "AZ", "IMPORTS", { start: "2009" }, 1.2, "BILLION", "USD", "$1.2 billion"],
      ["CA", "AZ", "EXPORTS", { start: "2009" }, 31, "MILLION", "USD", "$31.0 million"],
      ["CA", "AZ", "EXPORTS", { start: "2010" }, 20, "MILLION", "USD", "$20 million"],
      ["AZ", "CA", "TURNOVER", { start: "2013-01", end: "2013-03" }, 2.47, "MILLION", "USD", "$2.47 million $"],
    ]);
    const turnover = factsOf(analysis, "TRADE_FIGURE").find((f) => f.content.data.flow === "TURNOVER");
    expect(turnover?.content.data.reportedBy).toBe("State Customs Committee of the Republic of Azerbaijan");
  });

  it("flags the malformed amount and the self-contradicting direction on the facts concerned", () => {
    const trade = factsOf(analysis, "TRADE_FIGURE");
    const [malformed, ...moreMalformed] = anomalies("MALFORMED_AMOUNT");
    expect(moreMalformed).toEqual([]);
    expect(malformed?.excerpt).toBe("$1.168.295 billion");
    expect(malformed?.importKey).toBe(keyOf(trade[0] as { importKey: string }));
    const contradictions = anomalies("CONTRADICTORY_DIRECTION");
    expect(contradictions.map((a) => a.excerpt)).toEqual([
      "Canadian imports to Azerbaijan",
      "Canadian imports to Azerbaijan",
    ]);
    expect(contradictions.map((a) => a.importKey)).toEqual([trade[2]?.importKey, trade[3]?.importKey]);
  });

  it("reads visits and meetings with people, roles, direction and occasion", () => {
    const visits = factsOf(analysis, "VISIT");
    expect(
      visits.map((v) => [
        v.content.data.type,
        v.content.validTime,
        v.content.data.fromCountry,
        v.content.data.toCountry,
      ]),
    ).toEqual([
      ["VISIT", { start: "2006-03-27", end: "2006-03-28" }, "AZ", "CA"],
      ["VISIT", { start: "2010-04-16" }, "CA", "AZ"],
      ["MEETING", { start: "2010-09" }, undefined, undefined],
      ["MEETING", { start: "2017" }, undefined, undefined],
    ]);
    expect(visits[0]?.content.data.people).toEqual([
      { name: "Araz Azimov", role: "Deputy Minister of Foreign Affairs of Azerbaijan", country: "AZ" },
    ]);
    expect(visits[1]?.content.data.people?.[0]).toMatchObject({ name: "Robert Heyg", country: "CA" });
    expect(visits[2]?.content.data.people?.map((p) => [p.name, p.country])).toEqual([
      ["Lawrence Cannon", "CA"],
      ["Elmar Mammadyarov", "AZ"],
    ]);
    expect(visits[2]?.content.data.occasion).toContain("UN General Assembly");
    expect(visits[3]?.content.section).toBe("education");
    expect(visits[3]?.content.data.people?.map((p) => p.name)).toEqual(["Mikayil Jabbarov", "Reza Moridi"]);
    expect(visits[3]?.content.data.people?.[1]?.role).toBe(
      "minister of research, innovation and science of Ontario in Canada",
    );
  });

  it("reads the students programme", () => {
    const [education, ...more] = factsOf(analysis, "EDUCATION");
    expect(more).toEqual([]);
    expect(education?.content.data).toMatchObject({
      studentCount: 170,
      programme: "State Program on Education of Azerbaijani Youth Abroad",
    });
    expect(education?.content.validTime).toEqual({ start: "2007", end: "2015" });
  });

  it("reads the cultural events, dated and undated", () => {
    const culture = factsOf(analysis, "CULTURE");
    const byTitle = (t: string) => culture.find((c) => c.content.data.title === t);
    expect(byTitle("Azerbaijan film Festival")?.content).toMatchObject({
      validTime: { start: "2014-09-12", end: "2014-09-14" },
      data: { eventType: "film festival", place: "Montreal, Canada" },
    });
    expect(byTitle("Oyan")?.content).toMatchObject({
      validTime: { start: "2015-10-24", end: "2015-10-25" },
      data: {
        eventType: "concert",
        place: "Toronto, Canada",
        people: [{ name: "Firangiz Alizadeh", role: "National Artist of Azerbaijan", country: "AZ" }],
      },
    });
    expect(byTitle("An Evening of Khojaly Genocide Commemoration")?.content).toMatchObject({
      validTime: { start: "2016-02-26" },
      data: {
        eventType: "commemoration",
        place: "University of Calgary",
        organisations: [
          "Alberta Azerbaijani Cultural Society (ALACS)",
          "University of Calgary's Azerbaijani Student Association (AzSA)",
        ],
      },
    });
    expect(byTitle("Gulnarənin donu")?.content.data).toMatchObject({
      eventType: "play",
      people: [{ name: "Isabelle Huber" }],
    });
    const undated = culture.filter((c) => c.content.validTime?.start === null);
    expect(undated.length).toBe(3);
    expect(undated.flatMap((c) => c.content.data.people ?? []).map((p) => p.name)).toEqual(
      expect.arrayContaining(["Muslim Magomayev", "Chingiz Sadigov", "Alim Gasimov"]),
    );
  });

  it("reads the missions, and flags the country outside the pair but not the accreditation via Turkey", () => {
    const missions = factsOf(analysis, "MISSION").map((m) => [m.content.data, m.content.validTime]);
    expect(missions).toEqual([
      [
        { owner: "CA", missionType: "EMBASSY", hostCountry: "TR", city: "Ankara", accreditedTo: "AZ" },
        { start: null, end: null },
      ],
      [
        { owner: "CA", missionType: "VISA_CENTRE", hostCountry: "AZ", city: "Baku" },
        { start: null, end: null },
      ],
      [
        { owner: "AZ", missionType: "EMBASSY", hostCountry: "CA", city: "Ottawa" },
        { start: "2004", end: null },
      ],
    ]);
    expect(anomalies("COUNTRY_NOT_IN_PAIR").map((a) => a.excerpt)).toEqual(["Armenia"]);
    const [misspelled, ...more] = anomalies("MISSPELLED_PLACE");
    expect(more).toEqual([]);
    expect(misspelled?.excerpt).toBe("Anakara");
    expect(misspelled?.message).toContain("Ankara");
  });

  it("reads the See also list as links of the relation, not facts", () => {
    expect(analysis.facts.filter((f) => f.content.section === "other")).toEqual([]);
    expect(analysis.relatedLinks).toEqual([
      { title: "Foreign relations of Azerbaijan", kind: "SEE_ALSO" },
      { title: "Foreign relations of Canada", kind: "SEE_ALSO" },
      { title: "Azerbaijan-NATO relations", kind: "SEE_ALSO" },
      { title: "Azerbaijani Canadians", kind: "SEE_ALSO" },
    ]);
  });

  it("yields this many facts of each kind", () => {
    expect(countByKind(analysis)).toEqual({
      GENERAL: 4,
      RECOGNITION: 1,
      DIPLOMATIC_RELATIONS: 1,
      PARLIAMENTARY_GROUP: 4,
      AGREEMENT: 1,
      TRADE_FIGURE: 7,
      VISIT: 4,
      EDUCATION: 1,
      CULTURE: 6,
      MISSION: 3,
    });
  });
});
