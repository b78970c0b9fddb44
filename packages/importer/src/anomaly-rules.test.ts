import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { contractProblems } from "./test-support";

// Each anomaly rule on small articles, with the cases it must leave alone. The rules are general:
// nothing here is the seed's wording.

function flagged(body: string[], rule: string): string[] {
  const analysis = analyzeArticle(["= Azerbaijan–Canada relations =", ...body].join("\n"));
  expect(contractProblems(analysis)).toEqual([]);
  return analysis.anomalies.filter((a) => a.rule === rule).map((a) => a.excerpt);
}

describe("COUNTRY_NOT_IN_PAIR", () => {
  it("flags a third country made a party or host", () => {
    expect(flagged(["== Missions ==", "Canada maintains an embassy in Armenia."], "COUNTRY_NOT_IN_PAIR")).toEqual([
      "Armenia",
    ]);
    expect(flagged(["== Missions ==", "Turkey's embassy in Baku opened in 2005."], "COUNTRY_NOT_IN_PAIR")).toEqual([
      "Turkey",
    ]);
    expect(
      flagged(["Diplomatic relations between Canada and Armenia were established in 1992."], "COUNTRY_NOT_IN_PAIR"),
    ).toEqual(["Armenia"]);
    expect(flagged(["Georgia recognized the independence of Azerbaijan in 1991."], "COUNTRY_NOT_IN_PAIR")).toEqual([
      "Georgia",
    ]);
    expect(flagged(["Canadian exports to Georgia reached $5 million in 2010."], "COUNTRY_NOT_IN_PAIR")).toEqual([
      "Georgia",
    ]);
  });

  it("leaves accreditations, representations and passing mentions alone", () => {
    expect(
      flagged(["The Canadian embassy in Ankara, Turkey is also accredited to Azerbaijan."], "COUNTRY_NOT_IN_PAIR"),
    ).toEqual([]);
    expect(
      flagged(["The Turkish embassy in Ottawa represents Azerbaijan's interests."], "COUNTRY_NOT_IN_PAIR"),
    ).toEqual([]);
    expect(
      flagged(["Like Turkey, Canada established diplomatic relations with Azerbaijan in 1992."], "COUNTRY_NOT_IN_PAIR"),
    ).toEqual([]);
    expect(flagged(["Araz Azimov visited Canada after a stop in Turkey in 2006."], "COUNTRY_NOT_IN_PAIR")).toEqual([]);
  });
});

describe("MISSPELLED_PLACE", () => {
  it("flags a near miss of a known place where a place is expected", () => {
    expect(flagged(["Azerbaijan has a consulate in Toronnto."], "MISSPELLED_PLACE")).toEqual(["Toronnto"]);
    expect(flagged(["A concert was held in Calgarry, Canada in 2015."], "MISSPELLED_PLACE")).toEqual(["Calgarry"]);
  });

  it("leaves known places, regions and people alone", () => {
    expect(flagged(["A concert was held in Ontario and in Toronto in 2015."], "MISSPELLED_PLACE")).toEqual([]);
    expect(flagged(["Minister Elmar Mammadyarov met Lawrence Cannon in 2010."], "MISSPELLED_PLACE")).toEqual([]);
  });
});

describe("DUPLICATE_AGREEMENT", () => {
  const article = (second: string) => [
    "== Economy ==",
    "On 12 May 2010, Canada and Azerbaijan signed the Agreement on the Promotion and Protection of Investments.",
    "== Treaties ==",
    second,
  ];

  it("flags the same parties, compatible dates and a similar title", () => {
    expect(
      flagged(
        article("In May 2010 the Agreement for the Promotion and Reciprocal Protection of Investments was signed."),
        "DUPLICATE_AGREEMENT",
      ),
    ).toEqual(["Agreement for the Promotion and Reciprocal Protection of Investments"]);
  });

  it("leaves another year or another subject alone", () => {
    expect(
      flagged(
        article("In May 2012 the Agreement on the Promotion and Protection of Investments was signed."),
        "DUPLICATE_AGREEMENT",
      ),
    ).toEqual([]);
    expect(flagged(article("In May 2010 the Agreement on Air Services was signed."), "DUPLICATE_AGREEMENT")).toEqual(
      [],
    );
  });
});

describe("MALFORMED_AMOUNT and CONTRADICTORY_DIRECTION", () => {
  it("flags numbers that cannot be read", () => {
    expect(flagged(["In 2012, Canada's exports to Azerbaijan were $3.4.5 million."], "MALFORMED_AMOUNT")).toEqual([
      "$3.4.5 million",
    ]);
    expect(flagged(["In 2012, Canada's exports to Azerbaijan were $3,45,6 million."], "MALFORMED_AMOUNT")).toEqual([
      "$3,45,6 million",
    ]);
  });

  it("flags an owned flow going the wrong way, not an unowned one", () => {
    expect(flagged(["Azerbaijani exports from Canada were $3 million in 2012."], "CONTRADICTORY_DIRECTION")).toEqual([
      "Azerbaijani exports from Canada",
    ]);
    expect(flagged(["Imports to Azerbaijan from Canada were $3 million in 2012."], "CONTRADICTORY_DIRECTION")).toEqual(
      [],
    );
    expect(flagged(["Canada's imports from Azerbaijan were $3 million in 2012."], "CONTRADICTORY_DIRECTION")).toEqual(
      [],
    );
  });
});

describe("UNSTRUCTURED", () => {
  it("lists each GENERAL fact that could not be typed", () => {
    expect(flagged(["The two peoples share a long history.", "", "Relations are warm."], "UNSTRUCTURED")).toEqual([
      "The two peoples share a long history.",
      "Relations are warm.",
    ]);
  });
});
