import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { liesIn, lookupPlace, suggestPlace, wrongAccents } from "./gazetteer";
import { contractProblems } from "./test-support";

// The gazetteer rules on articles of many country pairs, with what they must leave alone.

function misplaced(title: string, body: string[]): string[] {
  const analysis = analyzeArticle([`= ${title} =`, "", ...body].join("\n"));
  expect(contractProblems(analysis)).toEqual([]);
  return analysis.anomalies.filter((a) => a.rule === "MISSPELLED_PLACE").map((a) => a.excerpt);
}

describe("GeoNames gazetteer", () => {
  it("knows towns far beyond the capitals, in their country", () => {
    expect(lookupPlace("Tartu")).toEqual({ name: "Tartu", country: "EE" });
    expect(lookupPlace("Kraków")?.country).toBe("PL");
    expect(lookupPlace("krakow")?.country).toBe("PL");
    expect(lookupPlace("Valparaiso", "CL")?.country).toBe("CL");
    expect(lookupPlace("Córdoba", "AR")?.country).toBe("AR");
    expect(lookupPlace("Córdoba", "ES")?.country).toBe("ES");
    expect(lookupPlace("Qwertzuiop")).toBeUndefined();
  });

  it("says whether a place lies in a country, provinces and states included", () => {
    expect(liesIn("Lyon", "FR")).toBe(true);
    expect(liesIn("Lyon", "ES")).toBe(false);
    expect(liesIn("Mombasa", "KE")).toBe(true);
    expect(liesIn("Mombasa", "TZ")).toBe(false);
    expect(liesIn("Ontario", "CA")).toBe(true);
    expect(liesIn("Queensland", "AU")).toBe(true);
    expect(liesIn("Toledo", "ES")).toBe(true);
    expect(liesIn("Toledo", "US")).toBe(true);
  });

  it("proposes corrections, accents and transliterations included, preferring the hinted country", () => {
    expect(suggestPlace("Bratslava")).toMatchObject({ place: { country: "SK" }, distance: 1 });
    expect(suggestPlace("Gdańks", "PL")).toMatchObject({ place: { name: "Gdańsk", country: "PL" }, distance: 1 });
    expect(suggestPlace("Valparaisso", "CL")).toMatchObject({ place: { country: "CL" }, distance: 1 });
    expect(suggestPlace("Sumqayit")).toBeUndefined(); // a transliteration of Sumqayıt, not a misspelling
    expect(suggestPlace("Tartu")).toBeUndefined();
    expect(suggestPlace("Ontario")).toBeUndefined();
  });

  it("notices accents a place does not have", () => {
    expect(wrongAccents("Kraköw")).toBe("kraków");
    expect(wrongAccents("Kraków")).toBeUndefined();
    expect(wrongAccents("Krakow")).toBeUndefined();
    expect(wrongAccents("São Paulo")).toBeUndefined();
  });
});

describe("MISSPELLED_PLACE in articles", () => {
  it("flags a city the text puts in a country it does not lie in", () => {
    expect(
      misplaced("Kenya–Tanzania relations", ["== Missions ==", "Tanzania has a consulate in Mombasa, Tanzania."]),
    ).toEqual(["Mombasa"]);
    expect(
      misplaced("Spain–Morocco relations", ["== Missions ==", "Morocco opened a consulate in Lyon, Spain in 2004."]),
    ).toEqual(["Lyon"]);
    expect(
      misplaced("Estonia–Latvia relations", [
        "== Visits ==",
        "The Latvian president visited Tartu, Latvia in May 2011.",
      ]),
    ).toEqual(["Tartu"]);
  });

  it("leaves places in their own country, and provinces, alone", () => {
    expect(
      misplaced("Kenya–Tanzania relations", ["== Missions ==", "Tanzania has a consulate in Mombasa, Kenya."]),
    ).toEqual([]);
    expect(
      misplaced("Canada–Chile relations", [
        "== Trade ==",
        "Chilean firms invest in Ontario, Canada and in Valparaíso.",
      ]),
    ).toEqual([]);
    expect(
      misplaced("Estonia–Latvia relations", [
        "== Visits ==",
        "The Latvian president visited Tartu, Estonia on 3 May 2011.",
      ]),
    ).toEqual([]);
    expect(
      misplaced("Poland–Ukraine relations", [
        "== Culture ==",
        "A festival of Ukrainian film was held in Kraków in September 2015.",
      ]),
    ).toEqual([]);
  });

  it("flags misspelt towns of any size in the named country, accents included", () => {
    expect(
      misplaced("Poland–Ukraine relations", ["== Missions ==", "Ukraine has a consulate in Gdańks, Poland."]),
    ).toEqual(["Gdańks"]);
    expect(
      misplaced("Chile–Peru relations", ["== Visits ==", "The Peruvian minister visited Valparaisso, Chile."]),
    ).toEqual(["Valparaisso"]);
    expect(
      misplaced("Poland–Ukraine relations", ["== Culture ==", "A Ukrainian week was held in Kraköw in 2016."]),
    ).toEqual(["Kraköw"]);
  });

  it("does not take names of people or things for misspelt places", () => {
    expect(
      misplaced("Ghana–Nigeria relations", [
        "== Visits ==",
        "President Akufo-Addo met President Buhari in Abuja on 14 March 2017.",
      ]),
    ).toEqual([]);
    expect(
      misplaced("Japan–Vietnam relations", ["== Trade ==", "Toyota and Honda build cars in Vietnam, near Hanoi."]),
    ).toEqual([]);
  });
});
