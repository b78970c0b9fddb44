import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { contractProblems, factsOf, readArticle } from "./test-support";

// Articles of the same form for other pairs, written for these tests: other date formats
// (22 January 1963, 22.01.2019, 2022-03-14, "from 3 to 5 March", "the 1990s"), other currencies
// (€, EUR, euros, USD, thousand, bn), a pair whose name contains "and", lists of consulates.

describe("France–Germany", () => {
  const analysis = analyzeArticle(readArticle("./fixtures/france-germany.txt"));
  const rules = (rule: string) => analysis.anomalies.filter((a) => a.rule === rule);

  it("keeps the importer's contract", () => {
    expect(analysis.countryCodes).toEqual(["FR", "DE"]);
    expect(contractProblems(analysis)).toEqual([]);
  });

  it("reads the treaties with day-first and numeric dates, and does not take them for duplicates", () => {
    expect(factsOf(analysis, "AGREEMENT").map((a) => [a.content.data.title, a.content.data.signedOn])).toEqual([
      ["Élysée Treaty", "1963-01-22"],
      ["Treaty on Franco-German Cooperation and Integration", "2019-01-22"],
    ]);
    expect(rules("DUPLICATE_AGREEMENT")).toEqual([]);
    expect(factsOf(analysis, "DIPLOMATIC_RELATIONS")[0]?.content.validTime).toEqual({ start: "1951" });
  });

  it("reads euro figures, the reporting office and a contradictory direction", () => {
    const rows = factsOf(analysis, "TRADE_FIGURE").map((f) => {
      const { reporter, partner, flow, amount } = f.content.data;
      return [reporter, partner, flow, f.content.validTime?.start, amount.value, amount.unit, amount.currency];
    });
    expect(rows).toEqual([
      ["DE", "FR", "EXPORTS", "2019", 106.6, "BILLION", "EUR"],
      ["DE", "FR", "IMPORTS", "2019", 66.2, "BILLION", "EUR"],
      ["DE", "FR", "TURNOVER", "2019", 172.8, "BILLION", "EUR"],
      ["FR", "DE", "EXPORTS", "2020", 62.3, "BILLION", "EUR"],
    ]);
    expect(factsOf(analysis, "TRADE_FIGURE")[2]?.content.data.reportedBy).toBe("Federal Statistical Office of Germany");
    expect(rules("CONTRADICTORY_DIRECTION").map((a) => a.excerpt)).toEqual(["French exports from Germany"]);
  });

  it("reads the Bundestag's friendship group and its chair", () => {
    const [group] = factsOf(analysis, "PARLIAMENTARY_GROUP");
    expect(group?.content.data).toMatchObject({
      parliamentOf: "DE",
      event: "ESTABLISHED",
      people: [{ name: "Andreas Jung", role: "chair", country: "DE" }],
    });
    expect(group?.content.validTime).toEqual({ start: "1991" });
  });

  it("reads visits and meetings, with ranges written with a dash or with 'to'", () => {
    expect(
      factsOf(analysis, "VISIT").map((v) => [
        v.content.data.type,
        v.content.data.people?.map((p) => p.name),
        v.content.data.toCountry,
        v.content.validTime,
      ]),
    ).toEqual([
      ["VISIT", ["Emmanuel Macron"], "DE", { start: "2017-05-15" }],
      ["MEETING", ["Angela Merkel", "François Hollande"], undefined, { start: "2015-10-07", end: "2015-10-08" }],
      ["VISIT", ["Heiko Maas"], "FR", { start: "2019-03-03", end: "2019-03-05" }],
    ]);
    expect(factsOf(analysis, "VISIT")[1]?.content.data).toMatchObject({
      place: "Strasbourg",
      occasion: "European Parliament session",
    });
  });

  it("reads each consulate of a list, an accreditation, a misspelled city and a mission outside the pair", () => {
    const missions = factsOf(analysis, "MISSION").map(
      (m) =>
        `${m.content.data.owner}>${m.content.data.hostCountry}:${m.content.data.missionType}:${m.content.data.city}`,
    );
    expect(missions).toEqual([
      "DE>FR:EMBASSY:Paris",
      "DE>FR:CONSULATE:Bordeaux",
      "DE>FR:CONSULATE:Lyon",
      "DE>FR:CONSULATE:Marseille",
      "DE>FR:CONSULATE:Strasbourg",
      "FR>DE:EMBASSY:Berlin",
      "FR>DE:CONSULATE:Frankfurt",
      "DE>CH:CONSULATE:Basel",
    ]);
    expect(factsOf(analysis, "MISSION")[0]?.content.data.accreditedTo).toBe("MC");
    const [misspelled] = rules("MISSPELLED_PLACE");
    expect(misspelled?.excerpt).toBe("Frankfrut");
    expect(misspelled?.importKey).toBe(factsOf(analysis, "MISSION")[6]?.importKey);
    expect(rules("COUNTRY_NOT_IN_PAIR").map((a) => a.excerpt)).toEqual(["Basel"]);
  });

  it("reads students since a year and an exhibition over months", () => {
    expect(factsOf(analysis, "EDUCATION")[0]?.content).toMatchObject({
      data: { studentCount: 6400 },
      validTime: { start: "1999", end: null },
    });
    expect(factsOf(analysis, "CULTURE")[0]?.content).toMatchObject({
      data: { title: "Paris–Berlin", eventType: "exhibition" },
      validTime: { start: "1978-07-12", end: "1978-11-06" },
    });
  });
});

describe("Bosnia and Herzegovina–Serbia (a country name with 'and')", () => {
  const analysis = analyzeArticle(readArticle("./fixtures/bosnia-and-herzegovina-serbia.txt"));
  const rules = (rule: string) => analysis.anomalies.filter((a) => a.rule === rule);

  it("keeps the importer's contract", () => {
    expect(analysis.countryCodes).toEqual(["BA", "RS"]);
    expect(contractProblems(analysis)).toEqual([]);
  });

  it("reads recognition, relations and the parliamentary group", () => {
    expect(factsOf(analysis, "RECOGNITION")[0]?.content).toMatchObject({
      data: { recognizer: "RS", recognized: "BA" },
      validTime: { start: "1996" },
    });
    expect(factsOf(analysis, "DIPLOMATIC_RELATIONS")[0]?.content.validTime).toEqual({ start: "2000-12-15" });
    const groups = factsOf(analysis, "PARLIAMENTARY_GROUP");
    expect(groups.map((g) => [g.content.data.event, g.content.data.parliamentOf, g.content.validTime])).toEqual([
      ["ESTABLISHED", "RS", { start: "2013-03" }],
      ["LEADERSHIP", "RS", { start: "2016", end: null }],
    ]);
    expect(groups[1]?.content.data.people).toEqual([{ name: "Dragan Marković", role: "chair", country: "RS" }]);
  });

  it("reads trade in €, USD and thousands; flags a third country and a malformed figure outside trade", () => {
    const rows = factsOf(analysis, "TRADE_FIGURE").map((f) => {
      const { reporter, partner, flow, amount } = f.content.data;
      return [reporter, partner, flow, f.content.validTime?.start, amount.value, amount.unit, amount.currency];
    });
    expect(rows).toEqual([
      ["RS", "BA", "EXPORTS", "2021", 1.4, "BILLION", "EUR"],
      ["RS", "BA", "IMPORTS", "2021", 720, "MILLION", "EUR"],
      ["RS", "BA", "TURNOVER", "2022", 2.5, "BILLION", "USD"],
      ["RS", "HR", "IMPORTS", "2021", 300, "THOUSAND", "EUR"],
    ]);
    expect(rules("COUNTRY_NOT_IN_PAIR").map((a) => a.excerpt)).toEqual(["Croatia"]);
    expect(rules("MALFORMED_AMOUNT").map((a) => a.excerpt)).toEqual(["$1.2.3 million"]);
  });

  it("reads people with diacritics, ISO dates and consulates listed with 'and in'", () => {
    const [visit, meeting] = factsOf(analysis, "VISIT");
    expect(visit?.content.data).toMatchObject({
      fromCountry: "RS",
      toCountry: "BA",
      place: "Sarajevo",
      people: [{ name: "Aleksandar Vučić", country: "RS" }],
    });
    expect(meeting?.content.validTime).toEqual({ start: "2022-03-14" });
    expect(meeting?.content.data.people).toEqual([
      { name: "Šefik Džaferović", role: "Chairman of the Presidency of Bosnia and Herzegovina", country: "BA" },
      { name: "Ana Brnabić", role: "Prime Minister of Serbia", country: "RS" },
    ]);
    expect(factsOf(analysis, "MISSION").map((m) => m.content.data.city)).toEqual([
      "Belgrade",
      "Sarajevo",
      "Banja Luka",
      "Mostar",
    ]);
  });

  it("reads 'between … and …' periods and decades", () => {
    expect(factsOf(analysis, "EDUCATION")[0]?.content).toMatchObject({
      data: { studentCount: 2000 },
      validTime: { start: "2010", end: "2015" },
    });
    const concerts = factsOf(analysis, "CULTURE").find((c) => c.content.data.eventType === "concert");
    expect(concerts?.content).toMatchObject({
      validTime: { start: "1990", end: "1999" },
      data: { place: "Banja Luka, Bosnia and Herzegovina", people: [{ name: "Goran Bregović" }] },
    });
  });
});
